package org.pyjit.runtime.modules.codecs;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.bytes.Codecs;

/**
 * The {@code _codecs} module: the codec registry and error-handler registry, and the codec
 * functions {@code encodings.*} modules call ({@code utf_8_encode}, {@code charmap_decode}, …),
 * on pyjit's own codecs ({@link Codecs}). Error handlers registered by programs are known to
 * {@code lookup_error} but not applied by these codecs (only the builtin handler names are).
 */
public final class CodecsModule {
    private CodecsModule() {}

    /** Lets {@code str.encode}/{@code bytes.decode} reach the codecs of the library ({@code cp1252}, {@code rot13} …). */
    private static final Codecs.Registry REGISTRY = new Codecs.Registry() {
        @Override
        public byte[] encode(String s, String encoding, String errors) {
            Object r = Ops.call(((PyTuple) CodecRegistry.lookup(encoding)).items[0], s, errors);
            Object b = r instanceof PyTuple t && t.items.length == 2 ? t.items[0] : null;
            if (!(b instanceof PyBytes bytes)) {
                throw Errors.typeError("'" + encoding + "' encoder returned '" + Ops.typeName(b) + "' instead of 'bytes'; "
                        + "use codecs.encode() to encode to arbitrary types");
            }
            return bytes.toArray();
        }

        @Override
        public String decode(byte[] data, int length, String encoding, String errors) {
            Object r = Ops.call(((PyTuple) CodecRegistry.lookup(encoding)).items[1],
                    new PyBytes(java.util.Arrays.copyOf(data, length)), errors);
            Object s = r instanceof PyTuple t && t.items.length == 2 ? t.items[0] : null;
            if (!(s instanceof String str)) {
                throw Errors.typeError("'" + encoding + "' decoder returned '" + Ops.typeName(s) + "' instead of 'str'; "
                        + "use codecs.decode() to decode to arbitrary types");
            }
            return str;
        }
    };

    public static PyModule create() {
        CodecRegistry.reset();
        ErrorHandlers.reset();
        Codecs.registry = REGISTRY;
        PyModule m = new PyModule("_codecs");
        PyDict d = m.dict;
        fn(d, "register", 1, 1, a -> {
            CodecRegistry.register(a[0]);
            return PyNone.NONE;
        });
        fn(d, "unregister", 1, 1, a -> {
            CodecRegistry.unregister(a[0]);
            return PyNone.NONE;
        });
        fn(d, "lookup", 1, 1, a -> CodecRegistry.lookup(a[0]));
        fn(d, "_forget_codec", 1, 1, a -> {
            CodecRegistry.forget(CodecRegistry.str(a[0], "argument must be str"));
            return PyNone.NONE;
        });
        fn(d, "register_error", 2, 2, a -> {
            ErrorHandlers.register(CodecRegistry.str(a[0], "register_error() argument 1 must be str"), a[1]);
            return PyNone.NONE;
        });
        fn(d, "lookup_error", 1, 1, a -> ErrorHandlers.lookup(CodecRegistry.str(a[0], "lookup_error() argument must be str")));
        ArgParser ed = new ArgParser("encode", new String[] {"obj", "encoding", "errors"}, 0, 3, 1);
        d.putStr("encode", new PyBuiltinFunction("encode", "_codecs", (a, kw) -> {
            Object[] p = ed.parse(a, kw, 0);
            return runCodec(p[0], p[1] == null ? "utf-8" : CodecRegistry.str(p[1], "encode() argument 'encoding' must be str"),
                    p[2] == null ? "strict" : CodecRegistry.str(p[2], "encode() argument 'errors' must be str"), 0, "encoding");
        }));
        ArgParser dd = new ArgParser("decode", new String[] {"obj", "encoding", "errors"}, 0, 3, 1);
        d.putStr("decode", new PyBuiltinFunction("decode", "_codecs", (a, kw) -> {
            Object[] p = dd.parse(a, kw, 0);
            return runCodec(p[0], p[1] == null ? "utf-8" : CodecRegistry.str(p[1], "decode() argument 'encoding' must be str"),
                    p[2] == null ? "strict" : CodecRegistry.str(p[2], "decode() argument 'errors' must be str"), 1, "decoding");
        }));
        for (String[] c : new String[][] {{"utf_8", "utf-8"}, {"ascii", "ascii"}, {"latin_1", "latin-1"}, {"utf_16_le", "utf-16-le"},
            {"utf_16_be", "utf-16-be"}, {"utf_32_le", "utf-32-le"}, {"utf_32_be", "utf-32-be"}}) {
            String name = c[0], enc = c[1];
            fn(d, name + "_encode", 1, 2, a -> encodeResult(a[0], enc, errors(a, 1), name + "_encode"));
            fn(d, name + "_decode", 1, 3, a -> decodeResult(bytes(a[0]), enc, errors(a, 1), final_(a, 2)));
        }
        for (String[] c : new String[][] {{"utf_16", "utf-16"}, {"utf_32", "utf-32"}}) {
            String name = c[0], enc = c[1];
            fn(d, name + "_encode", 1, 3, a -> {
                long order = a.length > 2 ? Ops.index(a[2]) : 0;
                String e = order < 0 ? enc + "-le" : order > 0 ? enc + "-be" : enc;
                return encodeResult(a[0], e, errors(a, 1), name + "_encode");
            });
            fn(d, name + "_decode", 1, 3, a -> decodeResult(bytes(a[0]), enc, errors(a, 1), final_(a, 2)));
            fn(d, name + "_ex_decode", 1, 4, a -> {
                byte[] b = bytes(a[0]);
                long order = a.length > 2 ? Ops.index(a[2]) : 0;
                int unit = enc.equals("utf-16") ? 2 : 4;
                String e = order < 0 ? enc + "-le" : order > 0 ? enc + "-be" : enc;
                long found = order;
                if (order == 0 && b.length >= unit) {
                    boolean le = unit == 2 ? (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe
                            : (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0;
                    boolean be = unit == 2 ? (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                            : b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff;
                    found = le ? -1 : be ? 1 : 0;
                }
                PyTuple r = (PyTuple) decodeResult(b, e, errors(a, 1), final_(a, 3));
                return PyTuple.of(r.items[0], r.items[1], found);
            });
        }
        fn(d, "charmap_decode", 1, 3, a -> Charmaps.decode(bytes(a[0]), errors(a, 1), a.length > 2 ? a[2] : PyNone.NONE));
        fn(d, "charmap_encode", 1, 3, a -> Charmaps.encode(text(a[0], "charmap_encode"), errors(a, 1),
                a.length > 2 ? a[2] : PyNone.NONE));
        fn(d, "charmap_build", 1, 1, a -> Charmaps.build(text(a[0], "charmap_build")));
        fn(d, "unicode_escape_decode", 1, 3, a -> {
            byte[] b = escapeInput(a[0]);
            return PyTuple.of(EscapeCodecs.unicodeEscapeDecode(b, errors(a, 1)), (long) b.length);
        });
        fn(d, "unicode_escape_encode", 1, 2, a -> {
            String s = text(a[0], "unicode_escape_encode");
            return PyTuple.of(new PyBytes(EscapeCodecs.unicodeEscapeEncode(s)), (long) s.codePointCount(0, s.length()));
        });
        fn(d, "raw_unicode_escape_decode", 1, 3, a -> {
            byte[] b = escapeInput(a[0]);
            return PyTuple.of(EscapeCodecs.rawUnicodeEscapeDecode(b, errors(a, 1)), (long) b.length);
        });
        fn(d, "raw_unicode_escape_encode", 1, 2, a -> {
            String s = text(a[0], "raw_unicode_escape_encode");
            return PyTuple.of(new PyBytes(EscapeCodecs.rawUnicodeEscapeEncode(s)), (long) s.codePointCount(0, s.length()));
        });
        fn(d, "escape_decode", 1, 2, a -> {
            byte[] b = escapeInput(a[0]);
            return PyTuple.of(new PyBytes(EscapeCodecs.escapeDecode(b)), (long) b.length);
        });
        fn(d, "escape_encode", 1, 2, a -> {
            if (!(a[0] instanceof PyBytes b) || Ops.typeOf(a[0]) != org.pyjit.runtime.types.BuiltinTypes.BYTES) {
                throw Errors.typeError("escape_encode() argument 1 must be bytes, not " + Ops.typeName(a[0]));
            }
            byte[] data = b.toArray();
            return PyTuple.of(new PyBytes(EscapeCodecs.escapeEncode(data)), (long) data.length);
        });
        fn(d, "readbuffer_encode", 1, 2, a -> {
            byte[] b = a[0] instanceof String s ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8) : bytes(a[0]);
            return PyTuple.of(new PyBytes(b), (long) b.length);
        });
        return m;
    }

    private static void fn(PyDict d, String name, int min, int max, PyBuiltinFunction.Positional body) {
        d.putStr(name, PyBuiltinFunction.positional(name, "_codecs", min, max, body));
    }

    private static String errors(Object[] a, int i) {
        if (a.length <= i || a[i] == PyNone.NONE) return "strict";
        return CodecRegistry.str(a[i], "errors must be str or None");
    }

    private static boolean final_(Object[] a, int i) {
        return a.length > i && Ops.isTrue(a[i]);
    }

    static String text(Object o, String fn) {
        if (o instanceof String s) return s;
        if (o instanceof PyBoxed b && b.value instanceof String s) return s;
        throw Errors.typeError(fn + "() argument 1 must be str, not " + Ops.typeName(o));
    }

    static byte[] bytes(Object o) {
        return Buffers.bytesOf(o);
    }

    private static byte[] escapeInput(Object o) {
        if (o instanceof String s) return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return bytes(o);
    }

    private static Object encodeResult(Object o, String encoding, String errors, String fn) {
        String s = text(o, fn);
        return PyTuple.of(new PyBytes(Codecs.encode(s, encoding, errors)), (long) s.codePointCount(0, s.length()));
    }

    /** Decodes all of {@code b}, or (not final) up to the last complete character. */
    private static Object decodeResult(byte[] b, String encoding, String errors, boolean fin) {
        int n = fin ? b.length : complete(b, encoding);
        return PyTuple.of(Codecs.decode(b, n, encoding, errors), (long) n);
    }

    /** The length of the prefix of {@code b} that holds only whole characters of {@code encoding}. */
    private static int complete(byte[] b, String encoding) {
        int n = b.length;
        switch (encoding) {
            case "utf-8": {
                for (int back = 1; back <= 3 && back <= n; back++) {
                    int c = b[n - back] & 0xff;
                    if (c < 0x80) return n;
                    if (c >= 0xc0) {
                        int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
                        return back < need ? n - back : n;
                    }
                }
                return n;
            }
            case "utf-16", "utf-16-le", "utf-16-be": {
                int m = n - n % 2;
                if (m >= 2) {
                    boolean be = encoding.equals("utf-16-be");
                    int hi = be ? b[m - 2] & 0xff : b[m - 1] & 0xff;
                    if (hi >= 0xd8 && hi <= 0xdb) m -= 2;
                }
                return m;
            }
            case "utf-32", "utf-32-le", "utf-32-be":
                return n - n % 4;
            default:
                return n;
        }
    }

    /** {@code codecs.encode/decode}: through the registry; pyjit's own codecs directly for str/bytes. */
    private static Object runCodec(Object obj, String encoding, String errors, int index, String what) {
        String own = Codecs.canonical(encoding);
        if (own != null && index == 0 && (obj instanceof String || obj instanceof PyBoxed)) {
            return new PyBytes(Codecs.encode(text(obj, "encode"), own, errors));
        }
        if (own != null && index == 1 && Buffers.isBytesLike(obj)) {
            byte[] b = bytes(obj);
            return Codecs.decode(b, b.length, own, errors);
        }
        PyTuple info = (PyTuple) CodecRegistry.lookup(encoding);
        Object r;
        try {
            r = Ops.call(info.items[index], obj, errors);
        } catch (PyException e) {
            PyBaseException v = e.value;
            if (v.type == ExceptionTypes.TYPE_ERROR) {
                throw Errors.typeError(what + " with '" + encoding + "' codec failed (TypeError: " + Ops.str(v) + ")");
            }
            throw e;
        }
        if (!(r instanceof PyTuple t) || t.items.length != 2) {
            throw Errors.typeError((index == 0 ? "encoder" : "decoder") + " must return a tuple (object, integer)");
        }
        return t.items[0];
    }
}
