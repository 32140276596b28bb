package org.pyjit.runtime.modules.zlib;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The {@code zlib} module on {@code java.util.zip}: {@code compress}/{@code decompress} with
 * levels and every {@code wbits} form (zlib, raw, gzip, automatic), {@code compressobj} and
 * {@code decompressobj} (streaming, {@code unused_data}, {@code unconsumed_tail}, {@code eof}),
 * {@code crc32}, {@code adler32}, {@code error} and the constants. {@code copy()} of the stream
 * objects is missing: the JDK's deflater and inflater cannot be copied.
 */
public final class ZlibModule {
    private ZlibModule() {}

    private static final String MODULE = "zlib";
    private static PyType error, compressType, decompressType;

    /** A {@code zlib.Compress} object. */
    static final class CompressObject extends PyObject {
        final Compressor stream;

        CompressObject(Compressor stream) {
            super(compressType);
            this.stream = stream;
        }
    }

    /** A {@code zlib.Decompress} object. */
    static final class DecompressObject extends PyObject {
        final Decompressor stream;

        DecompressObject(Decompressor stream) {
            super(decompressType);
            this.stream = stream;
        }
    }

    private static synchronized void types() {
        if (error != null) return;
        error = new PyType(BuiltinTypes.TYPE, "error", ExceptionTypes.EXCEPTION, null);
        error.namespace.putStr("__module__", MODULE);
        error.instancesHaveDict = true;
        compressType = BuiltinTypes.make("Compress", BuiltinTypes.OBJECT);
        compressType.namespace.putStr("__module__", MODULE);
        PyType c = compressType;
        c.namespace.putStr("compress", PyMethodDescriptor.positional(c, "compress", 1, 1, a -> {
            Compressor s = ((CompressObject) a[0]).stream;
            if (s.finished) throw fail(-2, "while compressing data", "inconsistent stream state");
            return new PyBytes(s.compress(data(a[1])));
        }));
        c.namespace.putStr("flush", PyMethodDescriptor.positional(c, "flush", 0, 1, a -> {
            Compressor s = ((CompressObject) a[0]).stream;
            int mode = a.length > 1 ? (int) Ops.index(a[1]) : 4;
            if (mode == 0) return new PyBytes(new byte[0]);
            if (s.finished) throw fail(-2, "while flushing", "inconsistent stream state");
            return new PyBytes(s.flush(mode));
        }));
        decompressType = BuiltinTypes.make("Decompress", BuiltinTypes.OBJECT);
        decompressType.namespace.putStr("__module__", MODULE);
        PyType d = decompressType;
        ArgParser decompressArgs = new ArgParser("decompress", new String[] {"data", "max_length"}, 1, 2, 1);
        d.namespace.putStr("decompress", new PyMethodDescriptor(d, "decompress", (a, kw) -> {
            Object[] p = decompressArgs.parse(a, kw, 1);
            long max = p[1] == null ? 0 : Ops.index(p[1]);
            if (max < 0) throw Errors.valueError("max_length must be non-negative");
            return inflate(((DecompressObject) a[0]).stream, data(p[0]), (int) Math.min(max, Integer.MAX_VALUE));
        }));
        d.namespace.putStr("flush", PyMethodDescriptor.positional(d, "flush", 0, 1, a -> {
            Decompressor s = ((DecompressObject) a[0]).stream;
            if (a.length > 1 && Ops.index(a[1]) <= 0) throw Errors.valueError("length must be greater than zero");
            return inflate(s, s.unconsumedTail, 0);
        }));
        d.namespace.putStr("unused_data", new PyGetSetDescriptor(d, "unused_data", o -> new PyBytes(((DecompressObject) o).stream.unusedData), null));
        d.namespace.putStr("unconsumed_tail",
                new PyGetSetDescriptor(d, "unconsumed_tail", o -> new PyBytes(((DecompressObject) o).stream.unconsumedTail), null));
        d.namespace.putStr("eof", new PyGetSetDescriptor(d, "eof", o -> ((DecompressObject) o).stream.eof, null));
    }

    private static Object inflate(Decompressor s, byte[] input, int max) {
        try {
            return new PyBytes(s.decompress(input, max));
        } catch (ZlibFailure f) {
            throw fail(f.code, "while decompressing data", f.getMessage());
        }
    }

    /** {@code zlib.error("Error <code> <doing>: <message>")}, as CPython words it. */
    static PyException fail(int code, String doing, String message) {
        String text = message == null ? "Error " + code + " " + doing : "Error " + code + " " + doing + ": " + message;
        return new PyException(PyBaseException.create(error, text));
    }

    private static PyException failPlain(String message) {
        return new PyException(PyBaseException.create(error, message));
    }

    static byte[] data(Object o) {
        return Buffers.bytesOf(o);
    }

    private static int intArg(Object o, int absent) {
        return o == null ? absent : (int) Ops.index(o);
    }

    public static PyModule create() {
        types();
        PyModule m = new PyModule(MODULE);
        PyDict d = m.dict;
        d.putStr("error", error);
        d.putStr("Compress", compressType);
        d.putStr("Decompress", decompressType);
        constants(d);
        ArgParser compressArgs = new ArgParser("compress", new String[] {"data", "level", "wbits"}, 1, 3, 1);
        d.putStr("compress", new PyBuiltinFunction("compress", MODULE, (a, kw) -> {
            Object[] p = compressArgs.parse(a, kw, 0);
            byte[] in = data(p[0]);
            int level = intArg(p[1], -1), wbits = intArg(p[2], 15);
            if (level < -1 || level > 9 || !Compressor.validWbits(wbits)) throw failPlain("Bad compression level");
            Compressor c = new Compressor(level, wbits, 0, null);
            byte[] head = c.compress(in);
            byte[] tail = c.flush(4);
            byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
            System.arraycopy(tail, 0, all, head.length, tail.length);
            return new PyBytes(all);
        }));
        ArgParser decompressArgs = new ArgParser("decompress", new String[] {"data", "wbits", "bufsize"}, 1, 3, 1);
        d.putStr("decompress", new PyBuiltinFunction("decompress", MODULE, (a, kw) -> {
            Object[] p = decompressArgs.parse(a, kw, 0);
            byte[] in = data(p[0]);
            int wbits = intArg(p[1], 15);
            if (p[2] != null && Ops.index(p[2]) < 0) throw Errors.valueError("bufsize must be non-negative");
            if (!Decompressor.validWbits(wbits)) throw fail(-2, "while preparing to decompress data", "inconsistent stream state");
            Decompressor s = new Decompressor(wbits, null);
            try {
                byte[] out = s.decompress(in, 0);
                if (!s.eof) throw fail(-5, "while decompressing data", "incomplete or truncated stream");
                return new PyBytes(out);
            } catch (ZlibFailure f) {
                throw fail(f.code, "while decompressing data", f.getMessage());
            } finally {
                s.end();
            }
        }));
        ArgParser compressobjArgs = new ArgParser("compressobj",
                new String[] {"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0, 6, 0);
        d.putStr("compressobj", new PyBuiltinFunction("compressobj", MODULE, (a, kw) -> {
            Object[] p = compressobjArgs.parse(a, kw, 0);
            int level = intArg(p[0], -1), method = intArg(p[1], 8), wbits = intArg(p[2], 15), memLevel = intArg(p[3], 8);
            int strategy = intArg(p[4], 0);
            byte[] zdict = p[5] == null ? null : data(p[5]);
            if (level < -1 || level > 9 || method != 8 || !Compressor.validWbits(wbits) || memLevel < 1 || memLevel > 9 || strategy < 0
                    || strategy > 4) {
                throw Errors.valueError("Invalid initialization option");
            }
            return new CompressObject(new Compressor(level, wbits, strategy, zdict));
        }));
        ArgParser decompressobjArgs = new ArgParser("decompressobj", new String[] {"wbits", "zdict"}, 0, 2, 0);
        d.putStr("decompressobj", new PyBuiltinFunction("decompressobj", MODULE, (a, kw) -> {
            Object[] p = decompressobjArgs.parse(a, kw, 0);
            int wbits = intArg(p[0], 15);
            if (p[1] != null && !Buffers.isBytesLike(p[1])) {
                throw Errors.typeError("zdict argument must support the buffer protocol");
            }
            if (!Decompressor.validWbits(wbits)) throw Errors.valueError("Invalid initialization option");
            return new DecompressObject(new Decompressor(wbits, p[1] == null ? null : data(p[1])));
        }));
        d.putStr("crc32", PyBuiltinFunction.positional("crc32", MODULE, 1, 2, a -> {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            byte[] in = data(a[0]);
            if (a.length > 1) return Integer.toUnsignedLong(crc32(in, (int) Ops.index(a[1])));
            crc.update(in);
            return crc.getValue();
        }));
        d.putStr("adler32", PyBuiltinFunction.positional("adler32", MODULE, 1, 2, a -> {
            long start = a.length > 1 ? Ops.index(a[1]) & 0xffffffffL : 1;
            return adler32(data(a[0]), start);
        }));
        return m;
    }

    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            CRC_TABLE[n] = c;
        }
    }

    /** CRC-32 continuing from {@code start} (the JDK's CRC32 cannot start from a given value). */
    static int crc32(byte[] data, int start) {
        int c = ~start;
        for (byte b : data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        return ~c;
    }

    /** Adler-32 continuing from {@code start}: two sums modulo 65521. */
    static long adler32(byte[] data, long start) {
        long a = start & 0xffff, b = (start >>> 16) & 0xffff;
        for (byte x : data) {
            a = (a + (x & 0xff)) % 65521;
            b = (b + a) % 65521;
        }
        return b << 16 | a;
    }

    private static void constants(PyDict d) {
        Object[][] ints = {{"MAX_WBITS", 15}, {"DEFLATED", 8}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", 16384},
                {"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1}, {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1},
                {"Z_DEFAULT_STRATEGY", 0}, {"Z_FILTERED", 1}, {"Z_HUFFMAN_ONLY", 2}, {"Z_RLE", 3}, {"Z_FIXED", 4},
                {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_SYNC_FLUSH", 2}, {"Z_FULL_FLUSH", 3}, {"Z_FINISH", 4},
                {"Z_BLOCK", 5}, {"Z_TREES", 6}};
        for (Object[] c : ints) d.putStr((String) c[0], (long) (Integer) c[1]);
        // the JDK does not say which zlib it carries; Temurin 25 bundles 1.3.1
        d.putStr("ZLIB_VERSION", "1.3.1");
        d.putStr("ZLIB_RUNTIME_VERSION", "1.3.1");
    }
}
