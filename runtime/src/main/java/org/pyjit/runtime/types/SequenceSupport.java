package org.pyjit.runtime.types;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/**
 * Pieces shared by the sequence types (list, tuple, bytes, range): index conversion with
 * CPython's messages, lexicographic comparison, repetition, snapshots of iterables.
 */
public final class SequenceSupport {
    private SequenceSupport() {}

    /** Largest element count pyjit's array-backed sequences hold. */
    public static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    /**
     * A subscript that is not a slice as a long: through {@code __index__}, else
     * {@code TypeError("<type> indices must be integers or slices, not <key type>")}; ints beyond
     * the long range raise {@code IndexError("cannot fit 'int' into an index-sized integer")}.
     */
    public static long itemIndex(Object key, String typeName) {
        Object i = Ops.indexOrNull(key);
        if (i == null) {
            throw Errors.typeError(typeName + " indices must be integers or slices, not " + Ops.typeName(key));
        }
        if (i instanceof BigInteger) throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        return (Long) i;
    }

    /** {@code i} made non-negative against {@code length}, or -1 when out of range. */
    public static int normalize(long i, int length) {
        if (i < 0) i += length;
        return i < 0 || i >= length ? -1 : (int) i;
    }

    /**
     * A start/stop argument of {@code index}/{@code count}-style methods
     * ({@code _PyEval_SliceIndexNotNone}): big ints are clamped, then negative values count from
     * the end and the result is clamped to {@code [0, length]}.
     */
    public static long boundArg(Object o, long length) {
        Object i = Ops.indexOrNull(o);
        if (i == null) throw Errors.typeError("slice indices must be integers or have an __index__ method");
        long v = i instanceof BigInteger b ? (b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : (Long) i;
        if (v < 0) {
            v += length;
            if (v < 0) v = 0;
        }
        return Math.min(v, length);
    }

    /** The elements of any iterable as a fresh array (list and tuple without an iterator). */
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PyList l) return l.toArray();
        if (iterable instanceof PyTuple t) return t.items.clone();
        return drain(Ops.iter(iterable));
    }

    /**
     * Like {@link #toArray(Object)}, but a {@code TypeError} from {@code iter()} becomes
     * {@code TypeError(message)} (CPython's {@code PySequence_Fast}).
     */
    public static Object[] toArray(Object iterable, String message) {
        if (iterable instanceof PyList || iterable instanceof PyTuple) return toArray(iterable);
        Object it;
        try {
            it = Ops.iter(iterable);
        } catch (org.pyjit.runtime.exceptions.PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.TYPE_ERROR)) throw Errors.typeError(message);
            throw e;
        }
        return drain(it);
    }

    /** The remaining values of iterator {@code it}. */
    public static Object[] drain(Object it) {
        Object[] out = new Object[8];
        int n = 0;
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (n == out.length) out = java.util.Arrays.copyOf(out, grow(n));
            out[n++] = x;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** A capacity larger than {@code n} for amortized growth; MemoryError past the JVM's array limit. */
    static int grow(int n) {
        long c = Math.max(8L, n + (n >> 1) + 8L);
        if (n >= MAX_SIZE) throw memoryError();
        return (int) Math.min(c, MAX_SIZE);
    }

    /** {@code a + b} for tuples: an exact operand is returned itself when the other is empty, as CPython does. */
    public static PyTuple concat(PyTuple a, PyTuple b) {
        if (a.items.length == 0 && b.type == BuiltinTypes.TUPLE) return b;
        if (b.items.length == 0 && a.type == BuiltinTypes.TUPLE) return a;
        if ((long) a.items.length + b.items.length > MAX_SIZE) throw memoryError();
        Object[] r = java.util.Arrays.copyOf(a.items, a.items.length + b.items.length);
        System.arraycopy(b.items, 0, r, a.items.length, b.items.length);
        return new PyTuple(r);
    }

    /** {@code a + b} for lists: a new list. */
    public static PyList concat(PyList a, PyList b) {
        if ((long) a.size + b.size > MAX_SIZE) throw memoryError();
        Object[] r = java.util.Arrays.copyOf(a.items, a.size + b.size);
        System.arraycopy(b.items, 0, r, a.size, b.size);
        return new PyList(r);
    }

    public static RuntimeException memoryError() {
        return Errors.withArgs(ExceptionTypes.MEMORY_ERROR);
    }

    /**
     * The repeat count of {@code seq * n}: null when {@code n} has no {@code __index__} (the
     * operator then returns NotImplemented), negative counts as 0, OverflowError past the long range.
     */
    static Long repeatCount(Object n) {
        if (n instanceof Double) return null;
        Object i = Ops.indexOrNull(n);
        if (i == null) return null;
        if (i instanceof BigInteger b) {
            if (b.signum() < 0) return 0L;
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        return Math.max(0L, (Long) i);
    }

    /** {@code items[0:n]} repeated {@code times} times. */
    static Object[] repeat(Object[] items, int n, long times) {
        if (n == 0 || times == 0) return new Object[0];
        if (times > MAX_SIZE / n) throw memoryError();
        Object[] out = new Object[(int) (n * times)];
        for (int k = 0; k < times; k++) System.arraycopy(items, 0, out, k * n, n);
        return out;
    }

    /**
     * CPython's list/tuple rich comparison: the first index where the items are not equal decides
     * (through the item comparison's own result); otherwise the lengths do.
     */
    public static Object lexCompare(Object[] a, int na, Object[] b, int nb, CompareOp op) {
        if (na != nb && (op == CompareOp.EQ || op == CompareOp.NE)) return op == CompareOp.NE;
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (!Ops.eq(a[i], b[i])) break;
            // the comparison may have shrunk a mutable sequence; CPython re-reads the sizes too
        }
        if (i >= na || i >= nb) {
            return switch (op) {
                case EQ -> na == nb;
                case NE -> na != nb;
                case LT -> na < nb;
                case LE -> na <= nb;
                case GT -> na > nb;
                case GE -> na >= nb;
                default -> throw new IllegalStateException();
            };
        }
        if (op == CompareOp.EQ) return false;
        if (op == CompareOp.NE) return true;
        return Ops.compare(a[i], b[i], op);
    }

    /** {@code open + repr(items[0]) + ", " + … + close}. */
    static String reprItems(Object[] items, int n, String open, String close) {
        StringBuilder b = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(", ");
            b.append(Ops.repr(items[i]));
        }
        return b.append(close).toString();
    }
}
