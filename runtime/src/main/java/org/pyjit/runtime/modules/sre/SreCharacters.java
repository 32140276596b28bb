package org.pyjit.runtime.modules.sre;

import static org.pyjit.runtime.modules.sre.SreConstants.*;

import org.pyjit.runtime.types.string.UnicodeData;

/**
 * Character tests of the regular-expression engine: the categories ({@code \d}, {@code \s},
 * {@code \w}, line breaks) in their ASCII and Unicode forms, case mappings, and membership in a
 * compiled character set ({@code [...]}: literals, ranges, bitmaps, categories, negation).
 */
final class SreCharacters {
    private SreCharacters() {}

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    static boolean isAsciiWord(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    static boolean isUniWord(int c) {
        return c == '_' || UnicodeData.isAlnum(c);
    }

    static boolean isUniLinebreak(int c) {
        return UnicodeData.isLineBreak(c);
    }

    static int lowerAscii(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    static int upperAscii(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    static int lowerUnicode(int c) {
        return Character.toLowerCase(c);
    }

    /**
     * CPython's uppercase of one character: its simple mapping, or for a character whose uppercase is
     * several characters ('ß' → "SS", U+FB05 → "ST") the first of them, so such characters count as cased.
     */
    static int upperUnicode(int c) {
        int simple = Character.toUpperCase(c);
        if (simple != c || c < 0x80) return simple;
        return Character.toString(c).toUpperCase(java.util.Locale.ROOT).codePointAt(0);
    }

    static boolean category(int cat, int c) {
        return switch (cat) {
            case CATEGORY_DIGIT -> isAsciiDigit(c);
            case CATEGORY_NOT_DIGIT -> !isAsciiDigit(c);
            case CATEGORY_SPACE -> isAsciiSpace(c);
            case CATEGORY_NOT_SPACE -> !isAsciiSpace(c);
            case CATEGORY_WORD, CATEGORY_LOC_WORD -> isAsciiWord(c);
            case CATEGORY_NOT_WORD, CATEGORY_LOC_NOT_WORD -> !isAsciiWord(c);
            case CATEGORY_LINEBREAK -> c == '\n';
            case CATEGORY_NOT_LINEBREAK -> c != '\n';
            case CATEGORY_UNI_DIGIT -> UnicodeData.isDecimal(c);
            case CATEGORY_UNI_NOT_DIGIT -> !UnicodeData.isDecimal(c);
            case CATEGORY_UNI_SPACE -> UnicodeData.isSpace(c);
            case CATEGORY_UNI_NOT_SPACE -> !UnicodeData.isSpace(c);
            case CATEGORY_UNI_WORD -> isUniWord(c);
            case CATEGORY_UNI_NOT_WORD -> !isUniWord(c);
            case CATEGORY_UNI_LINEBREAK -> isUniLinebreak(c);
            case CATEGORY_UNI_NOT_LINEBREAK -> !isUniLinebreak(c);
            default -> throw new IllegalStateException("bad category " + cat);
        };
    }

    /** Whether {@code c} is in the set compiled at {@code code[pc..]} (ending with FAILURE). */
    static boolean inCharset(int[] code, int pc, int c) {
        boolean ok = true;
        while (true) {
            switch (code[pc++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (c == code[pc]) return ok;
                    pc++;
                    break;
                case CATEGORY:
                    if (category(code[pc], c)) return ok;
                    pc++;
                    break;
                case CHARSET:
                    if (c < 256 && (code[pc + (c >> 5)] & (1 << (c & 31))) != 0) return ok;
                    pc += 8;
                    break;
                case RANGE:
                    if (code[pc] <= c && c <= code[pc + 1]) return ok;
                    pc += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    if (code[pc] <= c && c <= code[pc + 1]) return ok;
                    int u = upperUnicode(c);
                    if (code[pc] <= u && u <= code[pc + 1]) return ok;
                    pc += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    int count = code[pc++];
                    if (c < 0x10000) {
                        int word = code[pc + ((c >> 8) >> 2)];
                        int block = (word >>> (((c >> 8) & 3) * 8)) & 0xff; // block numbers are bytes, little-endian
                        int bits = code[pc + 64 + block * 8 + ((c & 255) >> 5)];
                        if ((bits & (1 << (c & 31))) != 0) return ok;
                    }
                    pc += 64 + count * 8;
                    break;
                }
                default:
                    throw new IllegalStateException("bad charset opcode " + code[pc - 1]);
            }
        }
    }
}
