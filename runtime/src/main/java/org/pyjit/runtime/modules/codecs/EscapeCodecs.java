package org.pyjit.runtime.modules.codecs;

import java.io.ByteArrayOutputStream;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBytes;

/** The escape codecs: {@code unicode_escape}, {@code raw_unicode_escape} and bytes {@code escape}. */
public final class EscapeCodecs {
    private EscapeCodecs() {}

    static String unicodeEscapeDecode(byte[] in, String errors) {
        StringBuilder out = new StringBuilder();
        int n = in.length;
        for (int i = 0; i < n; ) {
            int c = in[i] & 0xff;
            if (c != '\\') {
                out.append((char) c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) throw decodeError("unicodeescape", in, start, n, "\\ at end of string", errors, out);
            c = in[i++] & 0xff;
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append((char) c);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && in[i] >= '0' && in[i] <= '7'; k++) v = v * 8 + (in[i++] - '0');
                    out.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    int v = 0, k = 0;
                    for (; k < digits && i < n && Character.digit(in[i], 16) >= 0; k++) v = v * 16 + Character.digit(in[i++], 16);
                    if (k < digits) {
                        String what = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        if (!handled(errors, out)) throw decodeError("unicodeescape", in, start, i, what, errors, out);
                    } else if (v > 0x10ffff) {
                        if (!handled(errors, out)) throw decodeError("unicodeescape", in, start, i, "illegal Unicode character", errors, out);
                    } else {
                        out.appendCodePoint(v);
                    }
                }
                case 'N' -> {
                    int close = -1;
                    if (i < n && in[i] == '{') for (int k = i + 1; k < n; k++) if (in[k] == '}') {
                        close = k;
                        break;
                    }
                    int cp = -1;
                    if (close > 0) {
                        String name = new String(in, i + 1, close - i - 1, java.nio.charset.StandardCharsets.US_ASCII);
                        try {
                            cp = Character.codePointOf(name);
                        } catch (IllegalArgumentException e) {
                            cp = -1;
                        }
                    }
                    if (cp < 0) {
                        if (!handled(errors, out)) throw decodeError("unicodeescape", in, start, close > 0 ? close + 1 : i, "malformed \\N character escape", errors, out);
                        if (close > 0) i = close + 1;
                    } else {
                        out.appendCodePoint(cp);
                        i = close + 1;
                    }
                }
                default -> out.append('\\').append((char) c);
            }
        }
        return out.toString();
    }

    /** Applies ignore/replace for a bad escape; false for strict (the caller raises). */
    private static boolean handled(String errors, StringBuilder out) {
        if (errors == null || errors.equals("strict")) return false;
        if (errors.equals("replace")) out.append('\ufffd');
        return errors.equals("replace") || errors.equals("ignore");
    }

    private static PyException decodeError(String codec, byte[] in, int start, int end, String reason, String errors, StringBuilder out) {
        return new PyException(PyBaseException.create(ExceptionTypes.UNICODE_DECODE_ERROR, codec, new PyBytes(in), (long) start,
                (long) end, reason));
    }

    static byte[] unicodeEscapeEncode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.codePoints().forEach(cp -> {
            String piece;
            if (cp == '\\') piece = "\\\\";
            else if (cp == '\t') piece = "\\t";
            else if (cp == '\n') piece = "\\n";
            else if (cp == '\r') piece = "\\r";
            else if (cp >= 32 && cp < 127) piece = String.valueOf((char) cp);
            else piece = ErrorHandlers.escape(cp);
            out.writeBytes(piece.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        });
        return out.toByteArray();
    }

    static String rawUnicodeEscapeDecode(byte[] in, String errors) {
        StringBuilder out = new StringBuilder();
        int n = in.length;
        for (int i = 0; i < n; ) {
            int c = in[i] & 0xff;
            if (c != '\\') {
                out.append((char) c);
                i++;
                continue;
            }
            int run = 0;
            while (i + run < n && in[i + run] == '\\') run++;
            int after = i + run;
            if (run % 2 == 1 && after < n && (in[after] == 'u' || in[after] == 'U')) {
                out.append("\\".repeat(run - 1));
                int digits = in[after] == 'u' ? 4 : 8;
                int v = 0, k = 0, j = after + 1;
                for (; k < digits && j < n && Character.digit(in[j], 16) >= 0; k++) v = v * 16 + Character.digit(in[j++], 16);
                if (k < digits) {
                    if (!handled(errors, out)) {
                        throw decodeError("rawunicodeescape", in, i + run - 1, j,
                                digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape", errors, out);
                    }
                } else {
                    out.appendCodePoint(v);
                }
                i = j;
            } else {
                out.append("\\".repeat(run));
                i = after;
            }
        }
        return out.toString();
    }

    static byte[] rawUnicodeEscapeEncode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.codePoints().forEach(cp -> {
            if (cp < 0x100) out.write(cp);
            else out.writeBytes((cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp))
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        });
        return out.toByteArray();
    }

    /** {@code codecs.escape_decode}: Python 2 string escapes (also what pickle's STRING opcode holds). */
    public static byte[] escapeDecode(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = in.length;
        for (int i = 0; i < n; ) {
            int c = in[i] & 0xff;
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) throw Errors.valueError("Trailing \\ in string");
            c = in[i++] & 0xff;
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(c);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && in[i] >= '0' && in[i] <= '7'; k++) v = v * 8 + (in[i++] - '0');
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    if (i + 1 < n && Character.digit(in[i], 16) >= 0 && Character.digit(in[i + 1], 16) >= 0) {
                        out.write(Character.digit(in[i], 16) * 16 + Character.digit(in[i + 1], 16));
                        i += 2;
                    } else {
                        throw Errors.valueError("invalid \\x escape at position " + (i - 2));
                    }
                }
                default -> {
                    out.write('\\');
                    out.write(c);
                }
            }
        }
        return out.toByteArray();
    }

    static byte[] escapeEncode(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : in) {
            int c = b & 0xff;
            if (c == '\\' || c == '\'') {
                out.write('\\');
                out.write(c);
            } else if (c == '\t') {
                out.writeBytes("\\t".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } else if (c == '\n') {
                out.writeBytes("\\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } else if (c == '\r') {
                out.writeBytes("\\r".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } else if (c < ' ' || c >= 0x7f) {
                out.writeBytes(String.format("\\x%02x", c).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
