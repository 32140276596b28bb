package org.pyjit.runtime.io;

import java.nio.charset.Charset;
import java.util.Locale;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;

/**
 * A text encoding as Python names it ({@code "utf-8"}, {@code "latin-1"}, {@code "ascii"},
 * {@code "utf-8-sig"}, or anything the JVM has a charset for), with Python's error handlers
 * ({@code strict}, {@code ignore}, {@code replace}, {@code surrogateescape},
 * {@code backslashreplace}) and CPython's {@code UnicodeError} messages.
 */
public abstract class TextCodec {
    /** Decodes a byte stream chunk by chunk, keeping an incomplete trailing sequence for the next chunk. */
    public interface Decoder {
        String decode(byte[] b, int off, int len, boolean last);
    }

    /** Encodes a text stream piece by piece (stateful only for encodings with a byte-order mark). */
    public interface Encoder {
        void encode(String s, ByteSink out);
    }

    /** The codec's canonical Python name ({@code "utf-8"}), as in its error messages. */
    public abstract String name();

    public abstract Decoder decoder(String errors);

    public abstract Encoder encoder(String errors);

    /** Encodes all of {@code s}. */
    public final byte[] encode(String s, String errors) {
        ByteSink.Growable out = new ByteSink.Growable();
        encoder(errors).encode(s, out);
        return out.toArray();
    }

    /** Decodes all of {@code b}. */
    public final String decode(byte[] b, String errors) {
        return decoder(errors).decode(b, 0, b.length, true);
    }

    public static final TextCodec UTF_8 = new Utf8Codec(false);

    /** The codec for a Python encoding name; {@code LookupError: unknown encoding: x} when there is none. */
    public static TextCodec lookup(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (n) {
            case "utf_8", "utf8", "u8", "utf", "cp65001": return UTF_8;
            case "utf_8_sig", "utf8_sig": return new Utf8Codec(true);
            case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_ir_100":
                return new SingleByteCodec("latin-1", 256);
            case "ascii", "us_ascii", "646", "us": return new SingleByteCodec("ascii", 128);
            case "utf_16", "utf16": return BomCodec.utf16();
            case "utf_32", "utf32": return BomCodec.utf32();
            default: break;
        }
        String javaName = n.matches("cp125[0-8]") ? "windows-" + n.substring(2) : n.replace('_', '-');
        try {
            return new CharsetCodec(n.replace('_', '-'), Charset.forName(javaName));
        } catch (IllegalArgumentException e) {
            throw new PyException(new PyBaseException(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding));
        }
    }
}
