package org.pyjit.runtime.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;

/**
 * A parsed {@code struct} format: byte order ({@code @} native with alignment, {@code =} and
 * {@code <} little-endian standard, {@code >} and {@code !} big-endian standard) and the items
 * with their offsets, sizes and counts, plus packing and unpacking with CPython's messages.
 */
final class StructFormat {
    static PyType error;

    /** One format code with its repeat count (for s and p: the byte length) at an offset. */
    record Item(char code, int count, int offset, int size) {}

    final String text;
    /** The codes with their repeat counts, as written: {code, count, offset, size of one}. */
    private final List<long[]> runs = new ArrayList<>();
    private List<Item> items;
    final long size;
    final boolean nativeMode, bigEndian;
    /** How many values pack takes and unpack returns. */
    final long values;

    StructFormat(String fmt) {
        if (fmt.indexOf('\0') >= 0) throw fail("embedded null character");
        this.text = fmt;
        int i = 0;
        char order = fmt.isEmpty() ? '@' : fmt.charAt(0);
        if ("@=<>!".indexOf(order) >= 0) i = 1;
        else order = '@';
        nativeMode = order == '@';
        bigEndian = order == '>' || order == '!';
        long offset = 0, n = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                long num = 0;
                while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                    num = num * 10 + (fmt.charAt(i++) - '0');
                    if (num > Integer.MAX_VALUE * 8L) throw fail("total struct size too long");
                }
                if (i >= fmt.length()) throw fail("repeat count given without format specifier");
                count = num;
                c = fmt.charAt(i);
            }
            int sz = sizeOf(c);
            if (nativeMode && sz > 1 && c != 's' && c != 'p') offset = (offset + sz - 1) / sz * sz;
            if (c == 's' || c == 'p') {
                runs.add(new long[] {c, count, offset, count});
                offset += count;
                n++;
            } else if (c == 'x') {
                offset += count;
            } else {
                runs.add(new long[] {c, count, offset, sz});
                offset += count * sz;
                n += count;
            }
            if (offset > Integer.MAX_VALUE * 8L) throw fail("total struct size too long");
            i++;
        }
        size = offset;
        values = n;
    }

    /**
     * One item per value, made on first use: the callers have checked the data is {@link #size}
     * bytes long first, so a huge repeat count in a format never allocates more than the data.
     */
    List<Item> items() {
        if (items == null) {
            List<Item> list = new ArrayList<>();
            for (long[] r : runs) {
                char c = (char) r[0];
                if (c == 's' || c == 'p') {
                    list.add(new Item(c, (int) r[1], (int) r[2], (int) r[1]));
                } else {
                    for (long k = 0; k < r[1]; k++) list.add(new Item(c, 1, (int) (r[2] + k * r[3]), (int) r[3]));
                }
            }
            items = list;
        }
        return items;
    }

    private int sizeOf(char c) {
        switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p':
                return 1;
            case 'h', 'H', 'e':
                return 2;
            case 'i', 'I', 'f':
                return 4;
            case 'l', 'L':
                return nativeMode ? 8 : 4;
            case 'q', 'Q', 'd':
                return 8;
            case 'n', 'N', 'P':
                if (!nativeMode) throw fail("bad char in struct format");
                return 8;
            default:
                throw fail("bad char in struct format");
        }
    }

    static PyException fail(String message) {
        return new PyException(PyBaseException.create(error, message));
    }

    // ------------------------------------------------------------------ packing

    /** Packs {@code args[from..]} into {@code out} at {@code base}; the callers have checked the argument count. */
    void pack(Object[] args, int from, byte[] out, int base) {
        List<Item> items = items();
        for (int k = 0; k < items.size(); k++) packItem(items.get(k), args[from + k], out, base + items.get(k).offset());
    }

    private void packItem(Item it, Object v, byte[] out, int at) {
        switch (it.code()) {
            case 'c' -> {
                if (!(v instanceof PyBytes b) || b.length != 1) throw fail("char format requires a bytes object of length 1");
                out[at] = b.bytes[0];
            }
            case '?' -> out[at] = (byte) (Ops.isTrue(v) ? 1 : 0);
            case 's', 'p' -> {
                if (!(v instanceof PyBytes b)) throw fail("argument for '" + it.code() + "' must be a bytes object");
                byte[] data = b.toArray();
                if (it.code() == 's') {
                    System.arraycopy(data, 0, out, at, Math.min(data.length, it.count()));
                } else if (it.count() > 0) {
                    // the data fills the field; its length byte says at most 255, as CPython's
                    int len = Math.min(data.length, it.count() - 1);
                    out[at] = (byte) Math.min(len, 255);
                    System.arraycopy(data, 0, out, at + 1, len);
                }
            }
            case 'e', 'f', 'd' -> packFloat(it.code(), v, out, at);
            default -> packInt(it.code(), it.size(), v, out, at);
        }
    }

    /**
     * The IEEE half-precision bits of {@code d}, rounded once, half to even (through float first
     * would round twice); OverflowError past the largest half, as CPython's PyFloat_Pack2.
     */
    static long toHalf(double d) {
        long sign = (Double.doubleToRawLongBits(d) >>> 48) & 0x8000;
        if (Double.isNaN(d)) return sign | 0x7e00;
        if (Double.isInfinite(d)) return sign | 0x7c00;
        double a = Math.abs(d);
        if (a < 0x1p-14) return sign | (long) Math.rint(a * 0x1p24); // subnormal; 1024 is the smallest normal's bits
        int e = Math.getExponent(a);
        long frac = (long) Math.rint((a / Math.scalb(1.0, e) - 1) * 1024);
        if (frac == 1024) {
            frac = 0;
            e++;
        }
        if (e > 15) throw Errors.overflow("float too large to pack with e format");
        return sign | ((long) (e + 15) << 10) | frac;
    }

    private void packFloat(char code, Object v, byte[] out, int at) {
        double d;
        if (v instanceof Double x) d = x;
        else {
            Object f = Ops.typeOf(v).lookup("__float__");
            if (f == null && Ops.indexOrNull(v) == null) throw fail("required argument is not a float");
            d = f != null ? (Double) Ops.callDescriptor(f, v, new Object[0]) : IntArith.toDouble(Ops.indexOrNull(v));
        }
        long bits;
        int size;
        if (code == 'd') {
            bits = Double.doubleToRawLongBits(d);
            size = 8;
        } else if (code == 'f') {
            float f = (float) d;
            if (Float.isInfinite(f) && !Double.isInfinite(d)) throw Errors.overflow("float too large to pack with f format");
            bits = Float.floatToRawIntBits(f) & 0xffffffffL;
            size = 4;
        } else {
            bits = toHalf(d);
            size = 2;
        }
        write(bits, size, out, at);
    }

    private void packInt(char code, int size, Object v, byte[] out, int at) {
        Object i = Ops.indexOrNull(v);
        if (i == null) throw fail("required argument is not an integer");
        BigInteger n = i instanceof BigInteger b ? b : BigInteger.valueOf((Long) i);
        boolean unsigned = Character.isUpperCase(code) || code == 'P';
        if (size == 8 && (!nativeMode && bigEndian || code == 'P')) {
            if (unsigned ? n.signum() < 0 || n.bitLength() > 64 : n.bitLength() > 63) throw fail("int too large to convert");
        } else {
            if (n.bitLength() > 63 && !(unsigned && n.signum() > 0 && n.bitLength() == 64 && size == 8)) {
                throw fail("argument out of range");
            }
            if (unsigned && n.signum() < 0 && (size >= 4)) throw fail("argument out of range");
            if (size < 8) {
                long lo = unsigned ? 0 : -(1L << (size * 8 - 1));
                long hi = unsigned ? (1L << (size * 8)) - 1 : (1L << (size * 8 - 1)) - 1;
                long x = n.longValue();
                if (x < lo || x > hi) throw fail(rangeMessage(code, lo, hi));
            }
        }
        write(n.longValue(), size, out, at);
    }

    private String rangeMessage(char code, long lo, long hi) {
        String range = " format requires " + lo + " <= number <= " + hi;
        if (bigEndian) return "'" + code + "'" + range;
        return switch (code) {
            case 'b' -> "byte" + range;
            case 'B' -> "ubyte" + range;
            case 'h' -> "short" + range;
            case 'H' -> "ushort" + range;
            default -> "'" + code + "'" + range;
        };
    }

    private void write(long bits, int size, byte[] out, int at) {
        for (int k = 0; k < size; k++) {
            int shift = 8 * (bigEndian ? size - 1 - k : k);
            out[at + k] = (byte) (bits >>> shift);
        }
    }

    // ------------------------------------------------------------------ unpacking

    Object[] unpack(byte[] in, int base) {
        Object[] out = new Object[(int) values];
        List<Item> items = items();
        for (int k = 0; k < items.size(); k++) out[k] = unpackItem(items.get(k), in, base + items.get(k).offset());
        return out;
    }

    private Object unpackItem(Item it, byte[] in, int at) {
        switch (it.code()) {
            case 'c':
                return new PyBytes(new byte[] {in[at]});
            case '?':
                return in[at] != 0;
            case 's': {
                byte[] b = new byte[it.count()];
                System.arraycopy(in, at, b, 0, b.length);
                return new PyBytes(b);
            }
            case 'p': {
                if (it.count() == 0) return new PyBytes(new byte[0]);
                int len = Math.min(in[at] & 0xff, it.count() - 1);
                byte[] b = new byte[len];
                System.arraycopy(in, at + 1, b, 0, len);
                return new PyBytes(b);
            }
            case 'd':
                return Double.longBitsToDouble(read(in, at, 8));
            case 'f':
                return (double) Float.intBitsToFloat((int) read(in, at, 4));
            case 'e':
                return (double) Float.float16ToFloat((short) read(in, at, 2));
            default: {
                long bits = read(in, at, it.size());
                boolean unsigned = Character.isUpperCase(it.code()) || it.code() == 'P';
                if (unsigned) {
                    if (it.size() == 8 && bits < 0) return IntArith.normalize(new BigInteger(Long.toUnsignedString(bits)));
                    return it.size() == 8 ? bits : bits & ((1L << (8 * it.size())) - 1);
                }
                int shift = 64 - 8 * it.size();
                return (bits << shift) >> shift;
            }
        }
    }

    private long read(byte[] in, int at, int size) {
        long v = 0;
        for (int k = 0; k < size; k++) {
            int b = in[at + (bigEndian ? k : size - 1 - k)] & 0xff;
            v = (v << 8) | b;
        }
        return v;
    }
}
