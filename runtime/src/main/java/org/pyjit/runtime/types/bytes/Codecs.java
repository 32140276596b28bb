package org.pyjit.runtime.types.bytes;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBytes;

/**
 * The text codecs {@code bytes.decode} and {@code str.encode} need: utf-8 (and utf-8-sig),
 * ascii, latin-1, utf-16 and utf-32 (with or without BOM, either byte order), written out so
 * that error positions, messages and the error handlers (strict, ignore, replace,
 * backslashreplace, surrogateescape, surrogatepass, xmlcharrefreplace, namereplace for
 * encoding) behave as CPython's; other names go to the JVM's charsets when it has them.
 */
public final class Codecs {
    private Codecs() {}

    /**
     * The canonical codec name for {@code encoding} as Python's codec registry resolves it
     * ({@code "UTF8"} → {@code "utf-8"}), or null when pyjit has no such codec.
     */
    public static String canonical(String encoding) {
        String n = normalize(encoding);
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4" -> "utf-8";
            case "utf_8_sig" -> "utf-8-sig";
            case "ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "cp367", "csascii", "ibm367",
                 "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us" -> "ascii";
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "ibm819",
                 "iso_ir_100", "csisolatin1", "iso_8859_1_1987" -> "latin-1";
            case "utf_16", "utf16", "u16" -> "utf-16";
            case "utf_16_le", "utf_16le", "unicodelittleunmarked" -> "utf-16-le";
            case "utf_16_be", "utf_16be", "unicodebigunmarked" -> "utf-16-be";
            case "utf_32", "utf32", "u32" -> "utf-32";
            case "utf_32_le", "utf_32le" -> "utf-32-le";
            case "utf_32_be", "utf_32be" -> "utf-32-be";
            default -> javaCharset(n) != null ? n : null;
        };
    }

    /** Python's {@code encodings.normalize_encoding} plus lower-casing. */
    private static String normalize(String encoding) {
        StringBuilder b = new StringBuilder();
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (punct && b.length() > 0) b.append('_');
                b.append(Character.toLowerCase(c));
                punct = false;
            } else {
                punct = true;
            }
        }
        return b.toString();
    }

    private static Charset javaCharset(String normalized) {
        try {
            return Charset.forName(normalized.replace('_', '-'));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Encodings pyjit does not implement itself go to Python's codec registry ({@code _codecs}) through this, once installed. */
    public interface Registry {
        byte[] encode(String s, String encoding, String errors);

        String decode(byte[] data, int length, String encoding, String errors);
    }

    public static volatile Registry registry;

    private static String resolve(String encoding) {
        String c = canonical(encoding);
        if (c == null) throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        return c;
    }

    // ================================================================== decoding

    /** Decodes {@code data[0:length]}; {@code source} is the object named in a UnicodeDecodeError. */
    public static String decode(byte[] data, int length, String encoding, String errors) {
        Registry r = registry;
        if (r != null && canonical(encoding) == null) return r.decode(data, length, encoding, errors);
        String enc = resolve(encoding);
        Decoder d = new Decoder(data, length, errors);
        switch (enc) {
            case "utf-8" -> d.utf8("utf-8", 0);
            case "utf-8-sig" -> d.utf8("utf-8", length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb
                    && (data[2] & 0xff) == 0xbf ? 3 : 0);
            case "ascii" -> d.singleByte("ascii", 128, "ordinal not in range(128)");
            case "latin-1" -> d.singleByte("latin-1", 256, null);
            case "utf-16" -> {
                if (length >= 2 && (data[0] & 0xff) == 0xfe && (data[1] & 0xff) == 0xff) d.utf16(false, 2);
                else d.utf16(true, length >= 2 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe ? 2 : 0);
            }
            case "utf-16-le" -> d.utf16(true, 0);
            case "utf-16-be" -> d.utf16(false, 0);
            case "utf-32" -> {
                if (length >= 4 && (data[0] & 0xff) == 0 && (data[1] & 0xff) == 0 && (data[2] & 0xff) == 0xfe && (data[3] & 0xff) == 0xff) {
                    d.utf32(false, 4);
                } else {
                    d.utf32(true, length >= 4 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xfe && data[2] == 0 && data[3] == 0 ? 4 : 0);
                }
            }
            case "utf-32-le" -> d.utf32(true, 0);
            case "utf-32-be" -> d.utf32(false, 0);
            default -> d.charset(enc, javaCharset(enc));
        }
        return d.out.toString();
    }

    /** One decoding run: input, output, and the error handler applied to each bad range. */
    private static final class Decoder {
        final byte[] in;
        final int n;
        final String errors;
        final StringBuilder out = new StringBuilder();

        Decoder(byte[] in, int n, String errors) {
            this.in = in;
            this.n = n;
            this.errors = errors;
        }

        int u8(int i) {
            return in[i] & 0xff;
        }

        /** Applies the error handler to bytes {@code [start, end)}; returns where decoding resumes. */
        int error(String enc, int start, int end, String reason) {
            switch (errors) {
                case "strict" -> throw decodeError(enc, in, n, start, end, reason);
                case "ignore" -> { }
                case "replace" -> out.append('\ufffd');
                case "backslashreplace" -> {
                    for (int i = start; i < end; i++) out.append(String.format("\\x%02x", u8(i)));
                }
                case "surrogateescape" -> {
                    for (int i = start; i < end; i++) {
                        if (u8(i) < 128) throw decodeError(enc, in, n, start, end, reason);
                    }
                    for (int i = start; i < end; i++) out.append((char) (0xdc00 + u8(i)));
                }
                default -> {
                    if (errors.equals("surrogatepass") || errors.equals("xmlcharrefreplace") || errors.equals("namereplace")) {
                        throw decodeError(enc, in, n, start, end, reason); // encode-only handlers
                    }
                    throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
                }
            }
            return end;
        }

        void utf8(String enc, int i) {
            while (i < n) {
                int b0 = u8(i);
                if (b0 < 0x80) {
                    out.append((char) b0);
                    i++;
                    continue;
                }
                if (b0 < 0xc2 || b0 > 0xf4) {
                    i = error(enc, i, i + 1, "invalid start byte");
                    continue;
                }
                int need = b0 < 0xe0 ? 1 : b0 < 0xf0 ? 2 : 3;
                int lo = b0 == 0xe0 ? 0xa0 : b0 == 0xf0 ? 0x90 : 0x80;
                // surrogatepass lets ED A0..BF xx (an encoded surrogate) through as that code point
                int hi = b0 == 0xed && !errors.equals("surrogatepass") ? 0x9f : b0 == 0xf4 ? 0x8f : 0xbf;
                int cp = b0 & (0x3f >> need);
                int bad = 0;
                for (int j = 1; j <= need; j++) {
                    if (i + j >= n) {
                        bad = j;
                        i = error(enc, i, n, "unexpected end of data");
                        break;
                    }
                    int c = u8(i + j);
                    if (c < (j == 1 ? lo : 0x80) || c > (j == 1 ? hi : 0xbf)) {
                        bad = j;
                        i = error(enc, i, i + j, "invalid continuation byte");
                        break;
                    }
                    cp = (cp << 6) | (c & 0x3f);
                }
                if (bad == 0) {
                    out.appendCodePoint(cp);
                    i += need + 1;
                }
            }
        }

        void singleByte(String enc, int limit, String reason) {
            for (int i = 0; i < n; ) {
                int b = u8(i);
                if (b < limit) {
                    out.append((char) b);
                    i++;
                } else {
                    i = error(enc, i, i + 1, reason);
                }
            }
        }

        int unit16(int i, boolean le) {
            return le ? u8(i) | u8(i + 1) << 8 : u8(i) << 8 | u8(i + 1);
        }

        void utf16(boolean le, int i) {
            String enc = le ? "utf-16-le" : "utf-16-be";
            while (i < n) {
                if (i + 1 >= n) {
                    i = error(enc, i, n, "truncated data");
                    continue;
                }
                int ch = unit16(i, le);
                if (ch < 0xd800 || ch > 0xdfff) {
                    out.append((char) ch);
                    i += 2;
                } else if (ch >= 0xdc00) {
                    i = error(enc, i, i + 2, "illegal encoding");
                } else if (i + 3 >= n) {
                    i = error(enc, i, n, "unexpected end of data");
                } else {
                    int ch2 = unit16(i + 2, le);
                    if (ch2 >= 0xdc00 && ch2 <= 0xdfff) {
                        out.append((char) ch).append((char) ch2);
                        i += 4;
                    } else {
                        i = error(enc, i, i + 2, "illegal UTF-16 surrogate");
                    }
                }
            }
        }

        void utf32(boolean le, int i) {
            String enc = le ? "utf-32-le" : "utf-32-be";
            while (i < n) {
                if (i + 3 >= n) {
                    i = error(enc, i, n, "truncated data");
                    continue;
                }
                long cp = le ? (u8(i) | u8(i + 1) << 8 | u8(i + 2) << 16 | (long) u8(i + 3) << 24)
                        : ((long) u8(i) << 24 | u8(i + 1) << 16 | u8(i + 2) << 8 | u8(i + 3));
                if (cp > 0x10ffff) {
                    i = error(enc, i, i + 4, "code point not in range(0x110000)");
                } else if (cp >= 0xd800 && cp < 0xe000) {
                    i = error(enc, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    out.appendCodePoint((int) cp);
                    i += 4;
                }
            }
        }

        void charset(String enc, Charset cs) {
            CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            if (n == 0) return; // a decoder that never decoded refuses flush()
            ByteBuffer src = ByteBuffer.wrap(in, 0, n);
            CharBuffer dst = CharBuffer.allocate(Math.max(16, n * 2));
            while (true) {
                CoderResult r = src.hasRemaining() ? dec.decode(src, dst, true) : CoderResult.UNDERFLOW;
                out.append(dst.flip());
                dst.clear();
                if (r.isUnderflow()) {
                    dec.flush(dst);
                    out.append(dst.flip());
                    return;
                }
                if (r.isOverflow()) continue;
                int start = src.position();
                int end = start + r.length();
                src.position(error(enc, start, end, "character maps to <undefined>"));
            }
        }
    }

    /** A UnicodeDecodeError with CPython's args {@code (encoding, object, start, end, reason)}. */
    static PyException decodeError(String enc, byte[] data, int n, int start, int end, String reason) {
        return Errors.withArgs(ExceptionTypes.UNICODE_DECODE_ERROR, enc, new PyBytes(java.util.Arrays.copyOf(data, n)),
                (long) start, (long) end, reason);
    }

    // ================================================================== encoding

    /** Encodes {@code s} (code-point semantics; lone surrogates are code points of their own). */
    public static byte[] encode(String s, String encoding, String errors) {
        Registry r = registry;
        if (r != null && canonical(encoding) == null) return r.encode(s, encoding, errors);
        String enc = resolve(encoding);
        int[] cps = s.codePoints().toArray();
        Encoder e = new Encoder(s, cps, errors, enc);
        switch (enc) {
            case "utf-8", "utf-8-sig" -> {
                if (enc.equals("utf-8-sig")) e.bytes(0xef, 0xbb, 0xbf);
                e.run(cp -> cp < 0xd800 || cp > 0xdfff, "surrogates not allowed", e::utf8);
            }
            case "ascii" -> e.run(cp -> cp < 128, "ordinal not in range(128)", cp -> e.bytes(cp));
            case "latin-1" -> e.run(cp -> cp < 256, "ordinal not in range(256)", cp -> e.bytes(cp));
            case "utf-16", "utf-16-le", "utf-16-be" -> {
                boolean le = !enc.equals("utf-16-be");
                if (enc.equals("utf-16")) e.bytes(0xff, 0xfe);
                e.run(cp -> cp < 0xd800 || cp > 0xdfff, "surrogates not allowed", cp -> e.utf16(cp, le));
            }
            case "utf-32", "utf-32-le", "utf-32-be" -> {
                boolean le = !enc.equals("utf-32-be");
                if (enc.equals("utf-32")) e.bytes(0xff, 0xfe, 0, 0);
                e.run(cp -> cp < 0xd800 || cp > 0xdfff, "surrogates not allowed", cp -> e.utf32(cp, le));
            }
            default -> e.charset(javaCharset(enc));
        }
        return e.out.toByteArray();
    }

    /** One encoding run. */
    private static final class Encoder {
        final String source;
        final int[] cps;
        final String errors;
        final String enc;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.function.IntConsumer emit;

        Encoder(String source, int[] cps, String errors, String enc) {
            this.source = source;
            this.cps = cps;
            this.errors = errors;
            this.enc = enc;
        }

        void bytes(int... bs) {
            for (int b : bs) out.write(b);
        }

        void utf8(int cp) {
            if (cp < 0x80) bytes(cp);
            else if (cp < 0x800) bytes(0xc0 | cp >> 6, 0x80 | cp & 0x3f);
            else if (cp < 0x10000) bytes(0xe0 | cp >> 12, 0x80 | cp >> 6 & 0x3f, 0x80 | cp & 0x3f);
            else bytes(0xf0 | cp >> 18, 0x80 | cp >> 12 & 0x3f, 0x80 | cp >> 6 & 0x3f, 0x80 | cp & 0x3f);
        }

        void utf16(int cp, boolean le) {
            if (cp >= 0x10000) {
                utf16(0xd800 | (cp - 0x10000) >> 10, le);
                utf16(0xdc00 | (cp - 0x10000) & 0x3ff, le);
            } else if (le) {
                bytes(cp & 0xff, cp >> 8);
            } else {
                bytes(cp >> 8, cp & 0xff);
            }
        }

        void utf32(int cp, boolean le) {
            if (le) bytes(cp & 0xff, cp >> 8 & 0xff, cp >> 16 & 0xff, cp >>> 24);
            else bytes(cp >>> 24, cp >> 16 & 0xff, cp >> 8 & 0xff, cp & 0xff);
        }

        /** Encodes every code point {@code ok} accepts with {@code emit}; runs of others go to the error handler. */
        void run(java.util.function.IntPredicate ok, String reason, java.util.function.IntConsumer emit) {
            this.emit = emit;
            for (int i = 0; i < cps.length; ) {
                if (ok.test(cps[i])) {
                    emit.accept(cps[i++]);
                    continue;
                }
                int end = i + 1;
                while (end < cps.length && !ok.test(cps[end])) end++;
                i = error(i, end, reason);
            }
        }

        int error(int start, int end, String reason) {
            switch (errors) {
                case "strict" -> throw encodeError(start, end, reason);
                case "ignore" -> { }
                case "replace" -> {
                    for (int i = start; i < end; i++) emit.accept('?');
                }
                case "backslashreplace" -> {
                    for (int i = start; i < end; i++) ascii(escape(cps[i]));
                }
                case "xmlcharrefreplace" -> {
                    for (int i = start; i < end; i++) ascii("&#" + cps[i] + ";");
                }
                case "namereplace" -> {
                    for (int i = start; i < end; i++) {
                        String name = Character.getName(cps[i]);
                        ascii(name == null ? escape(cps[i]) : "\\N{" + name + "}");
                    }
                }
                case "surrogateescape" -> {
                    for (int i = start; i < end; i++) {
                        if (cps[i] < 0xdc80 || cps[i] > 0xdcff) throw encodeError(start, end, reason);
                    }
                    for (int i = start; i < end; i++) out.write(cps[i] - 0xdc00);
                }
                case "surrogatepass" -> {
                    boolean utf = enc.startsWith("utf");
                    for (int i = start; i < end; i++) {
                        if (!utf || cps[i] < 0xd800 || cps[i] > 0xdfff) throw encodeError(start, end, reason);
                    }
                    for (int i = start; i < end; i++) {
                        int cp = cps[i];
                        if (enc.startsWith("utf-8")) utf8(cp);
                        else if (enc.startsWith("utf-16")) utf16(cp, !enc.equals("utf-16-be"));
                        else utf32(cp, !enc.equals("utf-32-be"));
                    }
                }
                default -> throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
            }
            return end;
        }

        private static String escape(int cp) {
            return cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
        }

        /** Writes ASCII replacement text through the codec (it is encodable by every codec here). */
        private void ascii(String s) {
            for (int i = 0; i < s.length(); i++) emit.accept(s.charAt(i));
        }

        PyException encodeError(int start, int end, String reason) {
            return Errors.withArgs(ExceptionTypes.UNICODE_ENCODE_ERROR, enc, source, (long) start, (long) end, reason);
        }

        void charset(Charset cs) {
            CharsetEncoder ce = cs.newEncoder();
            this.emit = cp -> {
                try {
                    ByteBuffer b = ce.encode(CharBuffer.wrap(Character.toChars(cp)));
                    while (b.hasRemaining()) out.write(b.get());
                } catch (CharacterCodingException x) {
                    throw new IllegalStateException(x); // ASCII replacement text always encodes
                }
            };
            for (int i = 0; i < cps.length; ) {
                if (ce.canEncode(new String(Character.toChars(cps[i])))) {
                    emit.accept(cps[i++]);
                    continue;
                }
                int end = i + 1;
                while (end < cps.length && !ce.canEncode(new String(Character.toChars(cps[end])))) end++;
                i = error(i, end, "character maps to <undefined>");
            }
        }
    }

    /** Lower-case canonical name check used by callers that special-case the default codec. */
    static boolean isUtf8(String encoding) {
        return "utf-8".equals(canonical(encoding.toLowerCase(Locale.ROOT)));
    }
}
