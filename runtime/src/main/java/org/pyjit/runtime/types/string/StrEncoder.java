package org.pyjit.runtime.types.string;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.objects.PyBytes;

/**
 * {@code str.encode(encoding, errors)} for the codecs the runtime itself needs: UTF-8, ASCII,
 * Latin-1, UTF-16 and UTF-32 (with and without byte order), with the error handlers strict,
 * ignore, replace, xmlcharrefreplace, backslashreplace, namereplace, surrogateescape and
 * surrogatepass. Other codecs are the {@code _codecs} module's business.
 */
public final class StrEncoder {
    private StrEncoder() {}

    /** A codec: its canonical name (as error messages show it) and its limits. */
    private enum Codec {
        UTF_8("utf-8", 0x10ffff), ASCII("ascii", 0x7f), LATIN_1("latin-1", 0xff), UTF_16("utf-16", 0x10ffff),
        UTF_16_LE("utf-16-le", 0x10ffff), UTF_16_BE("utf-16-be", 0x10ffff), UTF_32("utf-32", 0x10ffff),
        UTF_32_LE("utf-32-le", 0x10ffff), UTF_32_BE("utf-32-be", 0x10ffff);

        final String display;
        final int max;

        Codec(String display, int max) {
            this.display = display;
            this.max = max;
        }

        boolean encodable(int c) {
            return c <= max && !(c >= 0xd800 && c <= 0xdfff);
        }

        String reason() {
            return this == ASCII ? "ordinal not in range(128)" : this == LATIN_1 ? "ordinal not in range(256)" : "surrogates not allowed";
        }
    }

    /** Python's encoding-name normalization: lower case, runs of punctuation (but '.') become one '_'. */
    static String normalize(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean punct = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (punct && !b.isEmpty()) b.append('_');
                b.append(c);
                punct = false;
            } else {
                punct = true;
            }
        }
        return b.toString();
    }

    private static Codec codec(String encoding) {
        return switch (normalize(encoding)) {
            case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001" -> Codec.UTF_8;
            case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
                 "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6" -> Codec.ASCII;
            case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_ir_100", "csisolatin1",
                 "iso_8859_1_1987" -> Codec.LATIN_1;
            case "utf_16", "utf16", "u16" -> Codec.UTF_16;
            case "utf_16_le", "utf_16le", "unicodelittleunmarked" -> Codec.UTF_16_LE;
            case "utf_16_be", "utf_16be", "unicodebigunmarked" -> Codec.UTF_16_BE;
            case "utf_32", "utf32", "u32" -> Codec.UTF_32;
            case "utf_32_le", "utf_32le" -> Codec.UTF_32_LE;
            case "utf_32_be", "utf_32be" -> Codec.UTF_32_BE;
            default -> throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        };
    }

    /** Whether {@code encoding} names a codec this class implements. */
    public static boolean supports(String encoding) {
        try {
            codec(encoding);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public static PyBytes encode(String s, String encoding, String errors) {
        if (!supports(encoding)) { // the JVM's charsets, then the library's codecs (through _codecs)
            return new PyBytes(org.pyjit.runtime.types.bytes.Codecs.encode(s, encoding, errors));
        }
        Codec codec = codec(encoding);
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        if (codec == Codec.UTF_16) writeUnit(out, codec, 0xfeff);
        if (codec == Codec.UTF_32) writeUnit(out, codec, 0xfeff);
        int index = 0; // code point index, for error positions
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (codec.encodable(c)) {
                writeUnit(out, codec, c);
                i += Character.charCount(c);
                index++;
                continue;
            }
            // a run of characters the codec cannot encode (the UTF-16/32 codecs report them one by one)
            int runStart = index;
            int j = i;
            int runEnd = index;
            boolean oneByOne = codec.ordinal() >= Codec.UTF_16.ordinal();
            while (j < s.length() && !codec.encodable(s.codePointAt(j)) && !(oneByOne && runEnd > runStart)) {
                j += Character.charCount(s.codePointAt(j));
                runEnd++;
            }
            handle(out, codec, encoding, errors, s, i, j, runStart, runEnd);
            i = j;
            index = runEnd;
        }
        return new PyBytes(out.toByteArray());
    }

    private static void handle(ByteArrayOutputStream out, Codec codec, String encoding, String errors, String s, int from, int to,
            int start, int end) {
        switch (errors) {
            case "strict" -> throw error(codec, s, start, end);
            case "ignore" -> { }
            case "replace" -> {
                for (int k = start; k < end; k++) writeUnit(out, codec, '?');
            }
            case "xmlcharrefreplace", "backslashreplace", "namereplace" -> s.substring(from, to).codePoints().forEach(c -> {
                String r = errors.equals("xmlcharrefreplace") ? "&#" + c + ";" : escape(c, errors.equals("namereplace"));
                r.chars().forEach(ch -> writeUnit(out, codec, ch));
            });
            case "surrogateescape" -> {
                int k = start;
                for (int i = from; i < to; i++, k++) {
                    char c = s.charAt(i);
                    if (c < 0xdc80 || c > 0xdcff || codec.ordinal() >= Codec.UTF_16.ordinal()) throw error(codec, s, start, end);
                    out.write(c - 0xdc00);
                }
            }
            case "surrogatepass" -> {
                int k = start;
                for (int i = from; i < to; i++, k++) {
                    char c = s.charAt(i);
                    if (!Character.isSurrogate(c) || codec == Codec.ASCII || codec == Codec.LATIN_1) throw error(codec, s, start, end);
                    if (codec == Codec.UTF_8) {
                        out.write(0xe0 | (c >> 12));
                        out.write(0x80 | ((c >> 6) & 0x3f));
                        out.write(0x80 | (c & 0x3f));
                    } else {
                        writeRaw(out, codec, c);
                    }
                }
            }
            default -> {
                String m = "unknown error handler name '" + errors + "'";
                // CPython reaches the byte-order variants of UTF-16/32 through its codec registry, which wraps the error
                if (codec != Codec.UTF_16 && codec != Codec.UTF_32 && codec.ordinal() > Codec.LATIN_1.ordinal()) {
                    m = "encoding with '" + encoding + "' codec failed (LookupError: " + m + ")";
                }
                throw Errors.of(ExceptionTypes.LOOKUP_ERROR, m);
            }
        }
    }

    private static String escape(int c, boolean byName) {
        if (byName) {
            String name = unicodeName(c);
            if (name != null) return "\\N{" + name + "}";
        }
        if (c < 0x100) return String.format("\\x%02x", c);
        if (c < 0x10000) return String.format("\\u%04x", c);
        return String.format("\\U%08x", c);
    }

    /** The character's name as Python's unicodedata gives it, or null (controls, surrogates, unassigned …). */
    static String unicodeName(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> {
                return null;
            }
            default -> { }
        }
        String name = Character.getName(c);
        if (name == null || name.isEmpty()) return null;
        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        if (name.endsWith(" " + hex)) { // the JDK's derived names: block name and code point
            if (name.startsWith("CJK UNIFIED IDEOGRAPHS")) return "CJK UNIFIED IDEOGRAPH-" + hex;
            if (name.startsWith("CJK COMPATIBILITY IDEOGRAPHS")) return "CJK COMPATIBILITY IDEOGRAPH-" + hex;
            return null;
        }
        return name;
    }

    private static RuntimeException error(Codec codec, String s, int start, int end) {
        return Errors.withArgs(ExceptionTypes.UNICODE_ENCODE_ERROR, codec.display, s, (long) start, (long) end, codec.reason());
    }

    /** Writes one code point (already known encodable, or an ASCII replacement). */
    private static void writeUnit(ByteArrayOutputStream out, Codec codec, int c) {
        switch (codec) {
            case ASCII, LATIN_1 -> out.write(c);
            case UTF_8 -> {
                if (c < 0x80) {
                    out.write(c);
                } else if (c < 0x800) {
                    out.write(0xc0 | (c >> 6));
                    out.write(0x80 | (c & 0x3f));
                } else if (c < 0x10000) {
                    out.write(0xe0 | (c >> 12));
                    out.write(0x80 | ((c >> 6) & 0x3f));
                    out.write(0x80 | (c & 0x3f));
                } else {
                    out.write(0xf0 | (c >> 18));
                    out.write(0x80 | ((c >> 12) & 0x3f));
                    out.write(0x80 | ((c >> 6) & 0x3f));
                    out.write(0x80 | (c & 0x3f));
                }
            }
            default -> {
                if (c >= 0x10000 && codec.ordinal() <= Codec.UTF_16_BE.ordinal()) {
                    writeRaw(out, codec, Character.highSurrogate(c));
                    writeRaw(out, codec, Character.lowSurrogate(c));
                } else {
                    writeRaw(out, codec, c);
                }
            }
        }
    }

    /** One UTF-16 or UTF-32 unit in the codec's byte order (the BOM variants are little-endian, as on x86). */
    private static void writeRaw(ByteArrayOutputStream out, Codec codec, int unit) {
        boolean big = codec == Codec.UTF_16_BE || codec == Codec.UTF_32_BE;
        int bytes = codec.ordinal() >= Codec.UTF_32.ordinal() ? 4 : 2;
        for (int k = 0; k < bytes; k++) {
            int shift = big ? 8 * (bytes - 1 - k) : 8 * k;
            out.write((unit >>> shift) & 0xff);
        }
    }
}
