package org.pyjit.runtime.modules;

import java.io.ByteArrayOutputStream;
import java.util.function.Function;

/**
 * binascii's uuencode and quoted-printable codecs (RFC 1521 as CPython's binascii applies it:
 * 76-character lines, soft breaks "=\n", trailing whitespace and lone dots quoted, CRLF kept when
 * the data's first line ends in CRLF). Errors go through {@code fail} (binascii.Error).
 */
final class BinasciiTextCodecs {
    private BinasciiTextCodecs() {}

    private static final int MAX_LINE = 76;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** One uuencoded line: length character, 4 characters per 3 bytes (zero-padded), newline. */
    static byte[] b2aUu(byte[] in, boolean backtick, Function<String, RuntimeException> fail) {
        if (in.length > 45) throw fail.apply("At most 45 bytes at once");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(backtick && in.length == 0 ? '`' : ' ' + in.length);
        for (int i = 0; i < in.length; i += 3) {
            int group = (in[i] & 0xff) << 16 | (i + 1 < in.length ? (in[i + 1] & 0xff) << 8 : 0) | (i + 2 < in.length ? in[i + 2] & 0xff : 0);
            for (int shift = 18; shift >= 0; shift -= 6) {
                int six = (group >> shift) & 0x3f;
                out.write(backtick && six == 0 ? '`' : ' ' + six);
            }
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Decodes one uuencoded line; a missing tail counts as zero bits, trailing characters must be padding. */
    static byte[] a2bUu(byte[] in, Function<String, RuntimeException> fail) {
        // an empty line reads as a NUL length character, as CPython's (it reads the terminator)
        int length = ((in.length == 0 ? 0 : in[0] & 0xff) - ' ') & 0x3f;
        byte[] out = new byte[length];
        int at = 1, produced = 0, bits = 0, acc = 0;
        while (produced < length) {
            int c = at < in.length ? in[at] & 0xff : '\n';
            at++;
            int six;
            if (c == '\n' || c == '\r') {
                six = 0;
            } else {
                if (c < ' ' || c > ' ' + 64) throw fail.apply("Illegal char");
                six = (c - ' ') & 0x3f;
            }
            acc = (acc << 6) | six;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[produced++] = (byte) (acc >> bits);
                acc &= (1 << bits) - 1;
            }
        }
        for (; at < in.length; at++) {
            int c = in[at] & 0xff;
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') throw fail.apply("Trailing garbage");
        }
        return out;
    }

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** Quoted-printable decoding: "=XX" escapes, soft line breaks, '_' as space in headers. */
    static byte[] a2bQp(byte[] in, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0, n = in.length;
        while (i < n) {
            int c = in[i] & 0xff;
            if (c == '=') {
                i++;
                if (i >= n) break;
                int d = in[i] & 0xff;
                if (d == '\n' || d == '\r') {
                    while (d != '\n' && i < n - 1) d = in[++i] & 0xff; // skip to the line's end
                    if (i < n) i++;
                } else if (d == '=') {
                    out.write('='); // "==" from old broken encoders
                    i++;
                } else if (i + 1 < n && isHex(d) && isHex(in[i + 1] & 0xff)) {
                    out.write(Character.digit(d, 16) << 4 | Character.digit(in[i + 1] & 0xff, 16));
                    i += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                i++;
            } else {
                out.write(c);
                i++;
            }
        }
        return out.toByteArray();
    }

    /** Whether byte {@code i} of the input must be written as "=XX". */
    private static boolean mustQuote(byte[] in, int i, int lineLength, boolean quoteTabs, boolean isText, boolean header) {
        int c = in[i] & 0xff;
        int next = i + 1 < in.length ? in[i + 1] & 0xff : 0;
        return c > 126 || c == '='
                || header && c == '_'
                || c == '.' && lineLength == 0 && (next == '\n' || next == '\r' || next == 0)
                || !isText && (c == '\r' || c == '\n')
                || (c == '\t' || c == ' ') && i + 1 == in.length
                || c < 33 && c != '\r' && c != '\n' && (quoteTabs || c != '\t' && c != ' ');
    }

    /** Quoted-printable encoding. */
    static byte[] b2aQp(byte[] in, boolean quoteTabs, boolean isText, boolean header) {
        int firstNewline = -1;
        for (int k = 0; k < in.length && firstNewline < 0; k++) if (in[k] == '\n') firstNewline = k;
        boolean crlf = firstNewline > 0 && in[firstNewline - 1] == '\r';
        byte[] lineEnd = crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'};
        Output out = new Output();
        int i = 0, lineLength = 0;
        while (i < in.length) {
            int c = in[i] & 0xff;
            if (mustQuote(in, i, lineLength, quoteTabs, isText, header)) {
                if (lineLength + 3 >= MAX_LINE) {
                    out.softBreak(lineEnd);
                    lineLength = 0;
                }
                out.quoted(c);
                i++;
                lineLength += 3;
            } else if (isText && (c == '\n' || c == '\r' && i + 1 < in.length && in[i + 1] == '\n')) {
                lineLength = 0;
                out.protectTrailingSpace();
                out.writeBytes(lineEnd);
                i += c == '\r' ? 2 : 1;
            } else {
                if (i + 1 != in.length && in[i + 1] != '\n' && lineLength + 1 >= MAX_LINE) {
                    out.softBreak(lineEnd);
                    lineLength = 0;
                }
                lineLength++;
                out.write(header && c == ' ' ? '_' : c);
                i++;
            }
        }
        return out.toByteArray();
    }

    /** The encoder's output, which can rewrite its last byte (whitespace before a line end gets quoted). */
    private static final class Output extends ByteArrayOutputStream {
        void quoted(int c) {
            write('=');
            write(HEX[c >> 4]);
            write(HEX[c & 15]);
        }

        void softBreak(byte[] lineEnd) {
            write('=');
            writeBytes(lineEnd);
        }

        void protectTrailingSpace() {
            if (count == 0) return;
            int last = buf[count - 1] & 0xff;
            if (last == ' ' || last == '\t') {
                count--;
                quoted(last);
            }
        }
    }
}
