package org.pyjit.runtime.modules.array;

import java.math.BigInteger;
import java.util.Arrays;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.modules.MathArgs;
import org.pyjit.runtime.modules.NativeItems;
import org.pyjit.runtime.objects.BufferExporter;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/**
 * An {@code array.array}: items of one machine type packed in a byte array exactly as CPython
 * lays them out on x86-64 Linux, so its buffer (memoryview, tobytes, files) holds the same bytes.
 */
public final class PyArray extends PyObject implements BufferExporter {
    /** The typecodes in CPython's order ({@code array.typecodes}). */
    public static final String TYPECODES = "bBuhHiIlLqQfd";

    char code;
    int itemsize;
    byte[] data = new byte[0];
    /** Live bytes in {@link #data}. */
    int nbytes;

    PyArray(PyType type) {
        super(type);
    }

    PyArray(PyType type, char code) {
        super(type);
        setCode(code);
    }

    void setCode(char c) {
        code = c;
        itemsize = NativeItems.size(c);
    }

    int count() {
        return nbytes / itemsize;
    }

    Object get(int i) {
        return NativeItems.get(data, i * itemsize, code);
    }

    /** Room for {@code bytes} live bytes, growing by half again so appends are amortized O(1). */
    void ensure(long bytes) {
        if (bytes > Integer.MAX_VALUE - 8) throw Errors.of(org.pyjit.runtime.exceptions.ExceptionTypes.MEMORY_ERROR, "");
        if (bytes > data.length) data = Arrays.copyOf(data, (int) Math.max(bytes, Math.min(Integer.MAX_VALUE - 8, data.length * 3L / 2 + 16)));
    }

    void append(Object v) {
        ensure(nbytes + (long) itemsize);
        store(data, nbytes, v);
        nbytes += itemsize;
    }

    /** Replaces the bytes {@code [from, to)} with {@code insert}. */
    void replace(int from, int to, byte[] insert, int insertLength) {
        int newLength = nbytes - (to - from) + insertLength;
        ensure(newLength);
        System.arraycopy(data, to, data, from + insertLength, nbytes - to);
        System.arraycopy(insert, 0, data, from, insertLength);
        nbytes = newLength;
    }

    byte[] bytes() {
        return Arrays.copyOf(data, nbytes);
    }

    /** Converts and stores one item at byte {@code at}, with CPython's TypeError and OverflowError texts. */
    void store(byte[] into, int at, Object v) {
        switch (code) {
            case 'u' -> {
                String s = v instanceof String x ? x : v instanceof PyBoxed b && b.value instanceof String x ? x : null;
                if (s == null || s.codePointCount(0, s.length()) != 1) throw Errors.typeError("array item must be unicode character");
                NativeItems.putCodePoint(into, at, s.codePointAt(0));
            }
            case 'f', 'd' -> NativeItems.putDouble(into, at, code, MathArgs.toDouble(v));
            default -> NativeItems.putLong(into, at, code, checkedInteger(v));
        }
    }

    private long checkedInteger(Object v) {
        Object i = v instanceof Double ? null : Ops.indexOrNull(v);
        if (i == null) throw Errors.typeError("'" + Ops.typeName(v) + "' object cannot be interpreted as an integer");
        boolean negative = i instanceof Long l ? l < 0 : ((BigInteger) i).signum() < 0;
        switch (code) {
            case 'q' -> {
                if (!(i instanceof Long)) throw Errors.overflow("int too big to convert");
            }
            case 'Q' -> {
                if (negative) throw Errors.overflow("can't convert negative int to unsigned");
                if (!NativeItems.fits('Q', i)) throw Errors.overflow("int too big to convert");
            }
            case 'I', 'L' -> {
                if (negative) throw Errors.overflow("can't convert negative value to unsigned int");
                if (!NativeItems.fits('L', i)) throw Errors.overflow("Python int too large to convert to C unsigned long");
                if (!NativeItems.fits(code, i)) throw Errors.overflow("unsigned int is greater than maximum");
            }
            default -> {
                if (!(i instanceof Long)) throw Errors.overflow("Python int too large to convert to C long");
                if (!NativeItems.fits(code, i)) {
                    String what = switch (code) {
                        case 'b' -> "signed char";
                        case 'B' -> "unsigned byte integer";
                        case 'h' -> "signed short integer";
                        case 'H' -> "unsigned short";
                        default -> "signed integer";
                    };
                    throw Errors.overflow(what + (negative ? " is less than minimum" : " is greater than maximum"));
                }
            }
        }
        return NativeItems.bits(i);
    }

    @Override
    public byte[] bufferArray() {
        return data;
    }

    @Override
    public int bufferLength() {
        return nbytes;
    }

    @Override
    public String bufferFormat() {
        return code == 'u' ? "w" : String.valueOf(code);
    }

    @Override
    public int bufferItemSize() {
        return itemsize;
    }

    @Override
    public boolean bufferReadOnly() {
        return false;
    }
}
