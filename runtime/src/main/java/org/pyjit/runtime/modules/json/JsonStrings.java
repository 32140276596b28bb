package org.pyjit.runtime.modules.json;

import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.imports.ImportSystem;
import org.pyjit.runtime.ops.Ops;

/**
 * JSON string literals: decoding one ({@code scanstring}, with CPython's C accelerator's error
 * messages and positions) and encoding a str ({@code encode_basestring},
 * {@code encode_basestring_ascii}). Positions are Java char indices here; callers convert
 * Python's code-point indices for text that has characters outside the BMP.
 */
final class JsonStrings {
    private JsonStrings() {}

    /** {@code json.decoder.JSONDecodeError(msg, doc, pos)} with {@code pos} in code points. */
    static PyException error(String msg, String doc, int charPos) {
        Object cls = Ops.getAttr(ImportSystem.importModule("json.decoder"), "JSONDecodeError");
        return new PyException((PyBaseException) Ops.call(cls, msg, doc, (long) codePointIndex(doc, charPos)));
    }

    /** The code-point index of Java char index {@code i}. */
    static int codePointIndex(String s, int i) {
        return s.codePointCount(0, Math.min(i, s.length())) + Math.max(0, i - s.length());
    }

    /** The Java char index of code-point index {@code cp} (past the end: as far beyond the length). */
    static int charIndex(String s, long cp) {
        int n = s.codePointCount(0, s.length());
        if (n == s.length()) return (int) cp;
        if (cp >= n) return (int) (s.length() + (cp - n));
        return s.offsetByCodePoints(0, (int) cp);
    }

    /**
     * Decodes the string literal whose opening quote is just before char index {@code end}; returns
     * the text and sets {@code endOut[0]} to the index after the closing quote.
     */
    static String scan(String s, int end, boolean strict, int[] endOut) {
        int begin = end - 1, n = s.length();
        StringBuilder out = null;
        int i = end;
        while (true) {
            int chunk = i;
            char c = 0;
            while (i < n) {
                c = s.charAt(i);
                if (c == '"' || c == '\\' || (c < 0x20 && strict)) break;
                i++;
            }
            if (i >= n) throw error("Unterminated string starting at", s, begin);
            if (c == '"' && out == null) {
                endOut[0] = i + 1;
                return s.substring(chunk, i);
            }
            if (out == null) out = new StringBuilder();
            out.append(s, chunk, i);
            if (c == '"') {
                endOut[0] = i + 1;
                return out.toString();
            }
            if (c != '\\') throw error("Invalid control character at", s, i);
            i++;
            if (i >= n) throw error("Unterminated string starting at", s, begin);
            char esc = s.charAt(i);
            if (esc != 'u') {
                char r = switch (esc) {
                    case '"' -> '"';
                    case '\\' -> '\\';
                    case '/' -> '/';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> throw error("Invalid \\escape", s, i - 1);
                };
                out.append(r);
                i++;
                continue;
            }
            int uni = hex4(s, i + 1, i);
            i += 5;
            if (uni >= 0xd800 && uni <= 0xdbff && i + 1 < n && s.charAt(i) == '\\' && s.charAt(i + 1) == 'u') {
                int low = hex4(s, i + 2, i + 1);
                if (low >= 0xdc00 && low <= 0xdfff) {
                    out.appendCodePoint(0x10000 + (((uni - 0xd800) << 10) | (low - 0xdc00)));
                    i += 6;
                    continue;
                }
            }
            out.append((char) uni);
        }
    }

    /** Four hex digits at {@code at}; the error names {@code errPos} (the 'u'). */
    private static int hex4(String s, int at, int errPos) {
        if (at + 4 > s.length()) throw error("Invalid \\uXXXX escape", s, errPos);
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0) throw error("Invalid \\uXXXX escape", s, errPos);
            v = v * 16 + d;
        }
        return v;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code "..."} with JSON escapes; {@code ascii}: everything past 0x7e as {@code \\uXXXX} (surrogate pairs). */
    static String encode(String s, boolean ascii) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || (ascii && c > 0x7e)) {
                        b.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
