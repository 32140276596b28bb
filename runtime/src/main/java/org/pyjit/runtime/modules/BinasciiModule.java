package org.pyjit.runtime.modules;

import java.io.ByteArrayOutputStream;
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
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** The {@code binascii} module: base64, hex and CRC conversions ({@code base64}, {@code zipfile} build on it). */
public final class BinasciiModule {
    private BinasciiModule() {}

    private static PyType error, incomplete;
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            CRC_TABLE[n] = c;
        }
    }

    private static synchronized void types() {
        if (error != null) return;
        error = new PyType(BuiltinTypes.TYPE, "Error", ExceptionTypes.VALUE_ERROR, null);
        error.namespace.putStr("__module__", "binascii");
        error.instancesHaveDict = true;
        incomplete = new PyType(BuiltinTypes.TYPE, "Incomplete", ExceptionTypes.EXCEPTION, null);
        incomplete.namespace.putStr("__module__", "binascii");
        incomplete.instancesHaveDict = true;
    }

    private static PyException fail(String message) {
        return new PyException(PyBaseException.create(error, message));
    }

    public static PyModule create() {
        types();
        PyModule m = new PyModule("binascii");
        PyDict d = m.dict;
        d.putStr("Error", error);
        d.putStr("Incomplete", incomplete);
        ArgParser a2b64 = new ArgParser("a2b_base64", new String[] {"data", "strict_mode"}, 1, 1, 1);
        d.putStr("a2b_base64", new PyBuiltinFunction("a2b_base64", "binascii", (a, kw) -> {
            Object[] p = a2b64.parse(a, kw, 0);
            return new PyBytes(fromBase64(ascii(p[0]), p[1] != null && Ops.isTrue(p[1])));
        }));
        ArgParser b2aUu = new ArgParser("b2a_uu", new String[] {"data", "backtick"}, 1, 1, 1);
        d.putStr("b2a_uu", new PyBuiltinFunction("b2a_uu", "binascii", (a, kw) -> {
            Object[] p = b2aUu.parse(a, kw, 0);
            return new PyBytes(BinasciiTextCodecs.b2aUu(data(p[0]), p[1] != null && Ops.isTrue(p[1]), BinasciiModule::fail));
        }));
        d.putStr("a2b_uu", PyBuiltinFunction.positional("a2b_uu", "binascii", 1, 1,
                a -> new PyBytes(BinasciiTextCodecs.a2bUu(ascii(a[0]), BinasciiModule::fail))));
        ArgParser a2bQp = new ArgParser("a2b_qp", new String[] {"data", "header"}, 0, 2, 1);
        d.putStr("a2b_qp", new PyBuiltinFunction("a2b_qp", "binascii", (a, kw) -> {
            Object[] p = a2bQp.parse(a, kw, 0);
            return new PyBytes(BinasciiTextCodecs.a2bQp(ascii(p[0]), p[1] != null && Ops.isTrue(p[1])));
        }));
        ArgParser b2aQp = new ArgParser("b2a_qp", new String[] {"data", "quotetabs", "istext", "header"}, 0, 4, 1);
        d.putStr("b2a_qp", new PyBuiltinFunction("b2a_qp", "binascii", (a, kw) -> {
            Object[] p = b2aQp.parse(a, kw, 0);
            return new PyBytes(BinasciiTextCodecs.b2aQp(data(p[0]), p[1] != null && Ops.isTrue(p[1]),
                    p[2] == null || Ops.isTrue(p[2]), p[3] != null && Ops.isTrue(p[3])));
        }));
        ArgParser b2a64 = new ArgParser("b2a_base64", new String[] {"data", "newline"}, 1, 1, 1);
        d.putStr("b2a_base64", new PyBuiltinFunction("b2a_base64", "binascii", (a, kw) -> {
            Object[] p = b2a64.parse(a, kw, 0);
            return new PyBytes(toBase64(data(p[0]), p[1] == null || Ops.isTrue(p[1])));
        }));
        ArgParser hexArgs = new ArgParser("hexlify", new String[] {"data", "sep", "bytes_per_sep"}, 0, 3, 1);
        for (String name : new String[] {"hexlify", "b2a_hex"}) {
            d.putStr(name, new PyBuiltinFunction(name, "binascii", (a, kw) -> {
                Object[] p = hexArgs.parse(a, kw, 0);
                return new PyBytes(hex(data(p[0]), p[1], p[2] == null ? 1 : Ops.index(p[2])));
            }));
        }
        for (String name : new String[] {"unhexlify", "a2b_hex"}) {
            d.putStr(name, PyBuiltinFunction.positional(name, "binascii", 1, 1, a -> new PyBytes(unhex(ascii(a[0])))));
        }
        d.putStr("crc32", PyBuiltinFunction.positional("crc32", "binascii", 1, 2, a -> {
            int crc = a.length > 1 ? (int) Ops.index(a[1]) : 0;
            return Integer.toUnsignedLong(crc32(data(a[0]), crc));
        }));
        d.putStr("crc_hqx", PyBuiltinFunction.positional("crc_hqx", "binascii", 2, 2, a -> {
            int crc = (int) (Ops.index(a[1]) & 0xffff);
            for (byte b : data(a[0])) {
                crc ^= (b & 0xff) << 8;
                for (int k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
            }
            return (long) crc;
        }));
        return m;
    }

    static int crc32(byte[] data, int start) {
        int c = ~start;
        for (byte b : data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        return ~c;
    }

    private static byte[] data(Object o) {
        return Buffers.bytesOf(o);
    }

    /** ASCII text or bytes (the a2b functions accept both). */
    private static byte[] ascii(Object o) {
        String s = o instanceof String x ? x : o instanceof PyBoxed b && b.value instanceof String x ? x : null;
        if (s != null) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 127) throw Errors.valueError("string argument should contain only ASCII characters");
            }
            return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        if (Buffers.isBytesLike(o)) return data(o);
        throw Errors.typeError("argument should be bytes, buffer or ASCII string, not '" + Ops.typeName(o) + "'");
    }

    private static byte[] toBase64(byte[] in, boolean newline) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (; i + 2 < in.length; i += 3) {
            int v = (in[i] & 0xff) << 16 | (in[i + 1] & 0xff) << 8 | (in[i + 2] & 0xff);
            b.append(B64.charAt(v >> 18)).append(B64.charAt((v >> 12) & 63)).append(B64.charAt((v >> 6) & 63)).append(B64.charAt(v & 63));
        }
        if (in.length - i == 1) {
            int v = (in[i] & 0xff) << 16;
            b.append(B64.charAt(v >> 18)).append(B64.charAt((v >> 12) & 63)).append("==");
        } else if (in.length - i == 2) {
            int v = (in[i] & 0xff) << 16 | (in[i + 1] & 0xff) << 8;
            b.append(B64.charAt(v >> 18)).append(B64.charAt((v >> 12) & 63)).append(B64.charAt((v >> 6) & 63)).append('=');
        }
        if (newline) b.append('\n');
        return b.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static byte[] fromBase64(byte[] in, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int quad = 0, left = 0, pads = 0, dataChars = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < in.length; i++) {
            int c = in[i] & 0xff;
            if (c == '=') {
                if (strict && dataChars == 0) throw fail("Leading padding not allowed");
                paddingStarted = true;
                if (quad >= 2 && quad + ++pads >= 4) {
                    if (strict && i + 1 < in.length) throw fail("Excess data after padding");
                    return out.toByteArray();
                }
                continue;
            }
            int v = c < 128 ? B64.indexOf(c) : -1;
            if (v < 0) {
                if (strict) throw fail("Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw fail("Discontinuous padding not allowed");
            pads = 0;
            dataChars++;
            switch (quad) {
                case 0 -> {
                    quad = 1;
                    left = v;
                }
                case 1 -> {
                    quad = 2;
                    out.write((left << 2) | (v >> 4));
                    left = v & 0xf;
                }
                case 2 -> {
                    quad = 3;
                    out.write((left << 4) | (v >> 2));
                    left = v & 3;
                }
                default -> {
                    quad = 0;
                    out.write((left << 6) | v);
                    left = 0;
                }
            }
        }
        if (quad != 0) {
            if (quad == 1) {
                throw fail("Invalid base64-encoded string: number of data characters (" + dataChars
                        + ") cannot be 1 more than a multiple of 4");
            }
            throw fail("Incorrect padding");
        }
        return out.toByteArray();
    }

    private static byte[] hex(byte[] in, Object sepArg, long perSep) {
        String digits = "0123456789abcdef";
        if (sepArg == null || sepArg == PyNone.NONE || in.length == 0) {
            byte[] out = new byte[in.length * 2];
            for (int i = 0; i < in.length; i++) {
                out[2 * i] = (byte) digits.charAt((in[i] >> 4) & 15);
                out[2 * i + 1] = (byte) digits.charAt(in[i] & 15);
            }
            return out;
        }
        byte[] sepBytes = sepArg instanceof String s ? s.getBytes(java.nio.charset.StandardCharsets.US_ASCII) : data(sepArg);
        if (sepBytes.length != 1) throw Errors.valueError("sep must be length 1.");
        char sep = (char) sepBytes[0];
        StringBuilder b = new StringBuilder();
        int group = (int) Math.abs(perSep);
        if (group == 0) group = in.length;
        for (int i = 0; i < in.length; i++) {
            boolean boundary = perSep > 0 ? i > 0 && (in.length - i) % group == 0 : i > 0 && i % group == 0;
            if (boundary) b.append(sep);
            b.append(digits.charAt((in[i] >> 4) & 15)).append(digits.charAt(in[i] & 15));
        }
        return b.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static byte[] unhex(byte[] in) {
        if (in.length % 2 != 0) throw fail("Odd-length string");
        byte[] out = new byte[in.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(in[2 * i], 16), lo = Character.digit(in[2 * i + 1], 16);
            if (hi < 0 || lo < 0) throw fail("Non-hexadecimal digit found");
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }
}
