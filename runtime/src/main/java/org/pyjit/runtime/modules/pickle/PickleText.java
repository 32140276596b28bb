package org.pyjit.runtime.modules.pickle;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.pyjit.runtime.types.bytes.Codecs;

/** The text encodings pickles use: UTF-8 that lets lone surrogates through, and protocol 0's escaped text. */
final class PickleText {
    private PickleText() {}

    /** One shared object, so that repeated uses are memoized as CPython's interned {@code 'latin1'} is. */
    static final String LATIN1 = "latin1";

    /** UTF-8 with the {@code surrogatepass} error handler (lone surrogates as their 3-byte form). */
    static byte[] utf8(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 0x80) i++;
        if (i == n) return s.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream b = new ByteArrayOutputStream(n + 16);
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c < 0x80) {
                b.write(c);
            } else if (c < 0x800) {
                b.write(0xc0 | c >> 6);
                b.write(0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(s.charAt(k + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++k));
                b.write(0xf0 | cp >> 18);
                b.write(0x80 | cp >> 12 & 0x3f);
                b.write(0x80 | cp >> 6 & 0x3f);
                b.write(0x80 | cp & 0x3f);
            } else {
                b.write(0xe0 | c >> 12);
                b.write(0x80 | c >> 6 & 0x3f);
                b.write(0x80 | c & 0x3f);
            }
        }
        return b.toByteArray();
    }

    /** UTF-8 bytes to text, {@code surrogatepass}; ASCII directly. */
    static String fromUtf8(byte[] data, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (data[i] < 0) {
                String s = decodeUtf8(data, from, n);
                if (s != null) return s;
                return Codecs.decode(java.util.Arrays.copyOfRange(data, from, from + n), n, "utf-8", "strict"); // raises the error
            }
        }
        return new String(data, from, n, StandardCharsets.ISO_8859_1);
    }

    /** UTF-8 that also accepts encoded surrogates; null on any other malformed sequence. */
    private static String decodeUtf8(byte[] d, int from, int n) {
        StringBuilder sb = new StringBuilder(n);
        int end = from + n;
        for (int i = from; i < end;) {
            int b = d[i] & 0xff;
            if (b < 0x80) {
                sb.append((char) b);
                i++;
                continue;
            }
            int need, cp, min;
            if (b >= 0xc2 && b <= 0xdf) {
                need = 1;
                cp = b & 0x1f;
                min = 0x80;
            } else if (b >= 0xe0 && b <= 0xef) {
                need = 2;
                cp = b & 0x0f;
                min = 0x800;
            } else if (b >= 0xf0 && b <= 0xf4) {
                need = 3;
                cp = b & 0x07;
                min = 0x10000;
            } else {
                return null;
            }
            if (i + need >= end) return null;
            for (int k = 1; k <= need; k++) {
                int c = d[i + k] & 0xff;
                if ((c & 0xc0) != 0x80) return null;
                cp = cp << 6 | (c & 0x3f);
            }
            if (cp < min || cp > 0x10ffff) return null;
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }

    /**
     * Protocol 0's UNICODE argument: Latin-1 bytes, with code points above 0xff, the backslash,
     * NUL, newline, carriage return and Ctrl-Z written as {@code \}{@code uXXXX} / {@code \}{@code UXXXXXXXX}.
     */
    static byte[] rawUnicodeEscape(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x10000) {
                hex(b, 'U', cp, 8);
            } else if (cp >= 256 || cp == '\\' || cp == 0 || cp == '\n' || cp == '\r' || cp == 0x1a) {
                hex(b, 'u', cp, 4);
            } else {
                b.write(cp);
            }
        }
        return b.toByteArray();
    }

    private static void hex(ByteArrayOutputStream b, char kind, int cp, int digits) {
        b.write('\\');
        b.write(kind);
        for (int k = digits - 1; k >= 0; k--) b.write("0123456789abcdef".charAt(cp >> (4 * k) & 0xf));
    }
}
