package org.pyjit.compiler.parser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the backslash escapes of str and bytes literals as CPython's unicode_escape and
 * bytes-escape decoders do, including their error messages. Errors are returned as exceptions
 * of type {@link EscapeError} so the caller can place them where CPython does.
 */
final class EscapeDecoder {
    /** A decoding error with CPython's full message. */
    static final class EscapeError extends Exception {
        EscapeError(String message) {
            super(message, null, false, false);
        }
    }

    private EscapeDecoder() {
    }

    /** Decodes a str literal's body (the text between the quotes). */
    static String decodeString(String body) throws EscapeError {
        int bs = body.indexOf('\\');
        if (bs < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        out.append(body, 0, bs);
        int i = bs;
        while (i < body.length()) {
            char ch = body.charAt(i);
            if (ch != '\\') {
                out.append(ch);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= body.length()) {
                throw unicodeError(body, start, start, "\\ at end of string");
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < body.length() && isOctal(body.charAt(i)); k++) {
                        value = value * 8 + (body.charAt(i++) - '0');
                    }
                    out.appendCodePoint(value);
                }
                case 'x' -> i = hexEscape(body, start, i, 2, "truncated \\xXX escape", out);
                case 'u' -> i = hexEscape(body, start, i, 4, "truncated \\uXXXX escape", out);
                case 'U' -> i = hexEscape(body, start, i, 8, "truncated \\UXXXXXXXX escape", out);
                case 'N' -> i = namedEscape(body, start, i, out);
                default -> out.append('\\').append(e); // unknown escapes stay as written
            }
        }
        return out.toString();
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static int hexEscape(String body, int start, int i, int digits, String what, StringBuilder out)
            throws EscapeError {
        int value = 0;
        for (int k = 0; k < digits; k++) {
            int d = i < body.length() ? Character.digit(body.charAt(i), 16) : -1;
            if (d < 0) {
                throw unicodeError(body, start, i - 1, what);
            }
            value = value * 16 + d;
            i++;
        }
        if (value > Character.MAX_CODE_POINT) {
            throw unicodeError(body, start, i - 1, "illegal Unicode character");
        }
        out.appendCodePoint(value);
        return i;
    }

    private static int namedEscape(String body, int start, int i, StringBuilder out) throws EscapeError {
        int close = i < body.length() && body.charAt(i) == '{' ? body.indexOf('}', i) : -1;
        if (close < 0 || close == i + 1) {
            throw unicodeError(body, start, Math.min(body.length(), i) - 1, "malformed \\N character escape");
        }
        String name = body.substring(i + 1, close);
        try {
            out.appendCodePoint(Character.codePointOf(name));
        } catch (IllegalArgumentException e) {
            throw unicodeError(body, start, close, "unknown Unicode character name");
        }
        return close + 1;
    }

    /** CPython reports positions as UTF-8 byte offsets into the literal's body. */
    private static EscapeError unicodeError(String body, int start, int end, String reason) {
        int byteStart = utf8Length(body, start);
        int byteEnd = utf8Length(body, end);
        return new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + byteStart + "-" + byteEnd + ": " + reason);
    }

    private static int utf8Length(String s, int end) {
        return s.substring(0, Math.max(0, end)).getBytes(StandardCharsets.UTF_8).length;
    }

    /** Decodes a bytes literal's body; the caller has checked that it is ASCII. */
    static byte[] decodeBytes(String body, boolean raw) throws EscapeError {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        if (raw) {
            for (int i = 0; i < body.length(); i++) {
                out.write(body.charAt(i));
            }
            return out.toByteArray();
        }
        int i = 0;
        while (i < body.length()) {
            char ch = body.charAt(i);
            if (ch != '\\') {
                out.write(ch);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= body.length()) {
                throw new EscapeError("(value error) Trailing \\ in string");
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < body.length() && isOctal(body.charAt(i)); k++) {
                        value = value * 8 + (body.charAt(i++) - '0');
                    }
                    out.write(value & 0xff);
                }
                case 'x' -> {
                    int hi = i < body.length() ? Character.digit(body.charAt(i), 16) : -1;
                    int lo = i + 1 < body.length() ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        throw new EscapeError("(value error) invalid \\x escape at position " + start);
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}
