package org.pyjit.runtime.imports;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyComplex;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySet;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The {@code marshal} module for values (None, bools, ints, floats, complex, str, bytes, tuples,
 * lists, dicts, sets, Ellipsis, StopIteration) in CPython's format, version 4: {@code loads}
 * reads what CPython writes (references included); {@code dumps} writes data CPython reads
 * (without references, so not always byte for byte CPython's). Code objects are pyjit's own
 * ({@code .pyc} files are not used), so they are unmarshallable here.
 */
public final class MarshalModule {
    private MarshalModule() {}

    private static final int FLAG_REF = 0x80;

    public static PyModule create() {
        PyModule m = new PyModule("marshal");
        PyDict d = m.dict;
        d.putStr("version", 4L);
        d.putStr("dumps", PyBuiltinFunction.positional("dumps", "marshal", 1, 2, a -> new PyBytes(dumps(a[0]))));
        d.putStr("loads", PyBuiltinFunction.positional("loads", "marshal", 1, 1, a -> new Reader(bytesOf(a[0])).read()));
        d.putStr("dump", PyBuiltinFunction.positional("dump", "marshal", 2, 3, a -> {
            Ops.call(Ops.getAttr(a[1], "write"), new PyBytes(dumps(a[0])));
            return PyNone.NONE;
        }));
        d.putStr("load", PyBuiltinFunction.positional("load", "marshal", 1, 1, a ->
                new Reader(bytesOf(Ops.call(Ops.getAttr(a[0], "read")))).read()));
        return m;
    }

    private static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes b) return b.toArray();
        return ((PyBytes) Ops.call(BuiltinTypes.BYTES, o)).toArray();
    }

    static byte[] dumps(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, out, 0);
        return out.toByteArray();
    }

    private static void write(Object v, ByteArrayOutputStream out, int depth) {
        if (depth > 2000) throw Errors.valueError("object too deeply nested to marshal");
        switch (v) {
            case PyNone n -> out.write('N');
            case Boolean b -> out.write(b ? 'T' : 'F');
            case Long l when l == (int) (long) l -> {
                out.write('i');
                int32(out, (int) (long) l);
            }
            case Long l -> writeLong(BigInteger.valueOf(l), out);
            case BigInteger b -> writeLong(b, out);
            case Double dv -> {
                out.write('g');
                long bits = Double.doubleToRawLongBits(dv);
                for (int i = 0; i < 8; i++) out.write((int) (bits >>> (8 * i)));
            }
            case PyComplex c -> {
                out.write('y');
                for (double part : new double[] {c.real, c.imag}) {
                    long bits = Double.doubleToRawLongBits(part);
                    for (int i = 0; i < 8; i++) out.write((int) (bits >>> (8 * i)));
                }
            }
            case String s -> {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                out.write('u');
                int32(out, utf8.length);
                out.writeBytes(utf8);
            }
            case PyBytes b when Ops.typeOf(b) == BuiltinTypes.BYTES -> {
                byte[] bytes = b.toArray();
                out.write('s');
                int32(out, bytes.length);
                out.writeBytes(bytes);
            }
            case PyTuple t when Ops.typeOf(t) == BuiltinTypes.TUPLE -> {
                out.write('(');
                int32(out, t.items.length);
                for (Object item : t.items) write(item, out, depth + 1);
            }
            case PyList l when Ops.typeOf(l) == BuiltinTypes.LIST -> {
                out.write('[');
                int32(out, l.size);
                for (int i = 0; i < l.size; i++) write(l.get(i), out, depth + 1);
            }
            case PyDict dict when Ops.typeOf(dict) == BuiltinTypes.DICT -> {
                out.write('{');
                for (int e = dict.nextEntry(0); e >= 0; e = dict.nextEntry(e + 1)) {
                    write(dict.keyAt(e), out, depth + 1);
                    write(dict.valueAt(e), out, depth + 1);
                }
                out.write('0');
            }
            case PySet set when Ops.typeOf(set) == BuiltinTypes.SET || Ops.typeOf(set) == BuiltinTypes.FROZENSET -> {
                out.write(set.isFrozen() ? '>' : '<');
                int32(out, set.size());
                for (int slot = set.nextSlot(0); slot >= 0; slot = set.nextSlot(slot + 1)) write(set.keyAt(slot), out, depth + 1);
            }
            default -> {
                if (v == BuiltinTypes.ELLIPSIS) out.write('.');
                else if (v == org.pyjit.runtime.exceptions.ExceptionTypes.STOP_ITERATION) out.write('S');
                else throw Errors.valueError("unmarshallable object");
            }
        }
    }

    private static void writeLong(BigInteger value, ByteArrayOutputStream out) {
        // 15-bit digits, least significant first; the count carries the sign
        BigInteger magnitude = value.abs();
        List<Integer> digits = new ArrayList<>();
        while (magnitude.signum() > 0) {
            digits.add(magnitude.intValue() & 0x7fff);
            magnitude = magnitude.shiftRight(15);
        }
        out.write('l');
        int32(out, value.signum() < 0 ? -digits.size() : digits.size());
        for (int digit : digits) {
            out.write(digit & 0xff);
            out.write(digit >>> 8);
        }
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        for (int i = 0; i < 4; i++) out.write(v >>> (8 * i));
    }

    /** Reads one value, with CPython's reference table. */
    private static final class Reader {
        private final byte[] data;
        private int pos;
        private final List<Object> refs = new ArrayList<>();

        Reader(byte[] data) {
            this.data = data;
        }

        Object read() {
            if (pos >= data.length) throw Errors.of(org.pyjit.runtime.exceptions.ExceptionTypes.EOF_ERROR, "EOF read where object expected");
            int code = data[pos++] & 0xff;
            boolean ref = (code & FLAG_REF) != 0;
            code &= ~FLAG_REF;
            int slot = -1;
            if (ref && "([{<>".indexOf(code) >= 0) {
                slot = refs.size();
                refs.add(null); // containers can refer to themselves
            }
            Object v = readBody(code, slot);
            if (ref && slot < 0) refs.add(v);
            else if (slot >= 0) refs.set(slot, v);
            return v;
        }

        private Object readBody(int code, int slot) {
            return switch (code) {
                case '0' -> null;
                case 'N' -> PyNone.NONE;
                case 'F' -> false;
                case 'T' -> true;
                case '.' -> BuiltinTypes.ELLIPSIS;
                case 'S' -> org.pyjit.runtime.exceptions.ExceptionTypes.STOP_ITERATION;
                case 'i' -> (long) int32();
                case 'l' -> readLong();
                case 'g' -> Double.longBitsToDouble(int64());
                case 'y' -> new PyComplex(Double.longBitsToDouble(int64()), Double.longBitsToDouble(int64()));
                case 's' -> new PyBytes(take(int32()));
                case 'u', 't' -> new String(take(int32()), StandardCharsets.UTF_8);
                case 'a', 'A' -> new String(take(int32()), StandardCharsets.ISO_8859_1);
                case 'z', 'Z' -> new String(take(data[pos++] & 0xff), StandardCharsets.ISO_8859_1);
                case ')' -> tuple(data[pos++] & 0xff);
                case '(' -> tuple(int32());
                case '[' -> {
                    int n = int32();
                    PyList l = new PyList();
                    if (slot >= 0) refs.set(slot, l);
                    for (int i = 0; i < n; i++) l.append(read());
                    yield l;
                }
                case '{' -> {
                    PyDict d = new PyDict();
                    if (slot >= 0) refs.set(slot, d);
                    while (true) {
                        Object k = read();
                        if (k == null) break;
                        d.put(k, read());
                    }
                    yield d;
                }
                case '<', '>' -> {
                    int n = int32();
                    PySet s = code == '<' ? new PySet() : new PySet(BuiltinTypes.FROZENSET);
                    for (int i = 0; i < n; i++) s.add(read());
                    yield s;
                }
                case 'r' -> {
                    int index = int32();
                    if (index < 0 || index >= refs.size() || refs.get(index) == null) throw Errors.valueError("bad marshal data (invalid reference)");
                    yield refs.get(index);
                }
                case 'c' -> throw Errors.valueError("bad marshal data (code objects of CPython cannot run on pyjit)");
                default -> throw Errors.valueError("bad marshal data (unknown type code)");
            };
        }

        private PyTuple tuple(int n) {
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) items[i] = read();
            return new PyTuple(items);
        }

        private Object readLong() {
            int n = int32();
            BigInteger v = BigInteger.ZERO;
            int count = Math.abs(n);
            for (int i = count - 1; i >= 0; i--) {
                int digit = (data[pos + 2 * i] & 0xff) | ((data[pos + 2 * i + 1] & 0xff) << 8);
                v = v.shiftLeft(15).or(BigInteger.valueOf(digit));
            }
            pos += 2 * count;
            if (n < 0) v = v.negate();
            return v.bitLength() < 64 ? (Object) v.longValue() : v;
        }

        private byte[] take(int n) {
            if (n < 0 || pos + n > data.length) throw Errors.of(org.pyjit.runtime.exceptions.ExceptionTypes.EOF_ERROR, "marshal data too short");
            byte[] out = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return out;
        }

        private int int32() {
            byte[] b = take(4);
            return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
        }

        private long int64() {
            byte[] b = take(8);
            long v = 0;
            for (int i = 7; i >= 0; i--) v = (v << 8) | (b[i] & 0xff);
            return v;
        }
    }
}
