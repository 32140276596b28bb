package org.pyjit.runtime.types.string;

import java.util.Arrays;
import java.util.Locale;
import org.pyjit.runtime.ops.StringRepr;

/**
 * The Unicode character properties str's methods need, as CPython defines them, on top of the
 * JDK's character database. Where the JDK has no equivalent (numeric types, Python's white-space
 * set) the few code points involved are listed here; they are Unicode facts, checked against
 * CPython's {@code unicodedata} by the tests.
 */
public final class UnicodeData {
    private UnicodeData() {}

    /** Python's str.isspace set: bidirectional class WS, B or S, or category Zs. */
    public static boolean isSpace(int c) {
        if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** Line boundaries of str.splitlines. */
    public static boolean isLineBreak(int c) {
        return (c >= '\n' && c <= '\r') || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    public static boolean isDecimal(int c) {
        if (c < 128) return c >= '0' && c <= '9';
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Code points with Numeric_Type=Digit (superscripts, circled digits …): digits that are not decimals. */
    private static final int[] DIGIT_RANGES = {
        0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089,
        0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd, 0x24ff, 0x24ff,
        0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68, 0x11052, 0x1105a,
        0x1f100, 0x1f10a,
    };

    /** Letters (category Lo, mostly CJK ideographs) that have a numeric value in the Unihan database. */
    private static final int[] NUMERIC_LETTERS = {
        0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96, 0x4ebf,
        0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341, 0x5343, 0x5344,
        0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c,
        0x5f0d, 0x5f0e, 0x5f10, 0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e, 0x8086, 0x842c, 0x8cae, 0x8cb3,
        0x8d30, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd,
        0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19,
        0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890,
    };

    public static boolean isDigit(int c) {
        if (isDecimal(c)) return true;
        if (c < 0xb2) return false;
        for (int i = 0; i < DIGIT_RANGES.length; i += 2) {
            if (c < DIGIT_RANGES[i]) return false;
            if (c <= DIGIT_RANGES[i + 1]) return true;
        }
        return false;
    }

    public static boolean isNumeric(int c) {
        if (c < 128) return c >= '0' && c <= '9';
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) return true;
        return t == Character.OTHER_LETTER && Arrays.binarySearch(NUMERIC_LETTERS, c) >= 0;
    }

    public static boolean isAlpha(int c) {
        if (c < 128) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        return Character.isLetter(c);
    }

    public static boolean isAlnum(int c) {
        return isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c);
    }

    public static boolean isPrintable(int c) {
        if (c < 128) return c >= 0x20 && c < 0x7f;
        return StringRepr.isPrintable(c);
    }

    public static boolean isLower(int c) {
        if (c < 128) return c >= 'a' && c <= 'z';
        return Character.isLowerCase(c) && !SpecialCasing.lowercaseSince15(c);
    }

    public static boolean isUpper(int c) {
        if (c < 128) return c >= 'A' && c <= 'Z';
        return Character.isUpperCase(c);
    }

    public static boolean isTitle(int c) {
        return c >= 128 && Character.isTitleCase(c);
    }

    /** Unicode's Cased property: lowercase, uppercase or titlecase. */
    public static boolean isCased(int c) {
        return isLower(c) || isUpper(c) || isTitle(c);
    }

    /** Unicode's Case_Ignorable property, for the final-sigma rule. */
    public static boolean isCaseIgnorable(int c) {
        // Word_Break MidLetter, MidNumLet and Single_Quote, then the categories Mn Me Cf Lm Sk
        switch (c) {
            case '\'', '.', ':', 0xb7, 0x387, 0x55f, 0x5f4, 0x2018, 0x2019, 0x2024, 0x2027, 0xfe13, 0xfe52, 0xfe55, 0xff07,
                 0xff0e, 0xff1a, 0x1171e -> { // U+1171E was a nonspacing mark (Mn) until Unicode 15
                return true;
            }
            default -> { }
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL;
    }

    public static boolean isXidStart(int c) {
        if (c < 128) return isAlpha(c) || c == '_';
        return Character.isUnicodeIdentifierStart(c) && !Character.isIdentifierIgnorable(c) && !SpecialCasing.notXidStart(c);
    }

    public static boolean isXidContinue(int c) {
        if (c < 128) return isAlpha(c) || c == '_' || (c >= '0' && c <= '9');
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)
                && !SpecialCasing.notXidContinue(c);
    }

    /** The full uppercase mapping of one code point (may be several: ß → SS). */
    public static String upper(int c) {
        if (c < 128) return String.valueOf((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
        if (SpecialCasing.hasNoUpperIn14(c)) return Character.toString(c);
        return Character.toString(c).toUpperCase(Locale.ROOT);
    }

    /** The full lowercase mapping of one code point, without the final-sigma rule. */
    public static String lower(int c) {
        if (c < 128) return String.valueOf((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        if (c == 0x3a3) return "\u03c3";
        return Character.toString(c).toLowerCase(Locale.ROOT);
    }

    /** The full titlecase mapping of one code point. */
    public static String title(int c) {
        if (c < 128) return upper(c);
        String special = SpecialCasing.title(c);
        if (special != null) return special;
        return Character.toString(Character.toTitleCase(c));
    }

    /** The full case folding of one code point. */
    public static String fold(int c) {
        if (c < 128) return lower(c);
        String special = SpecialCasing.fold(c);
        if (special != null) return special;
        return upper(c).toLowerCase(Locale.ROOT);
    }
}
