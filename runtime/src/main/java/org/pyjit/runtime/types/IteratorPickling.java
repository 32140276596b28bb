package org.pyjit.runtime.types;

import java.math.BigInteger;
import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.string.StrIterator;

/**
 * {@code __reduce__} and {@code __setstate__} of the iterators over the builtin containers, as
 * CPython 3.11 defines them: an index-based iterator pickles as {@code (iter, (container,), index)}
 * (an exhausted one as {@code iter} of an empty container), a dict or set iterator as
 * {@code iter} of a list of what it has still to yield. pickle, copy and the itertools objects'
 * own pickling rely on them.
 */
final class IteratorPickling {
    private IteratorPickling() {}

    static void install() {
        sequence(ListIterators.FORWARD_TYPE, a -> {
            ListIterators.Forward f = (ListIterators.Forward) a;
            return f.list == null ? null : new Object[] {f.list, (long) f.index};
        }, (a, i) -> {
            ListIterators.Forward f = (ListIterators.Forward) a;
            if (f.list != null) f.index = (int) clamp(i, 0, f.list.size);
        });
        new MethodTable(ListIterators.REVERSE_TYPE).method("__reduce__", 0, 0, a -> {
            ListIterators.Reverse r = (ListIterators.Reverse) a[0];
            if (r.list == null) return PyTuple.of(iter(), PyTuple.of(new PyList()));
            return PyTuple.of(BuiltinsModule.namespace().getStr("reversed"), PyTuple.of(r.list), (long) r.index);
        });
        setState(ListIterators.REVERSE_TYPE, (a, i) -> {
            ListIterators.Reverse r = (ListIterators.Reverse) a;
            if (r.list != null) r.index = (int) clamp(i, -1, r.list.size - 1);
        });
        sequence(TupleMethods.ITERATOR_TYPE, a -> {
            TupleMethods.ArrayIterator t = (TupleMethods.ArrayIterator) a;
            return t.items == null ? null : new Object[] {new PyTuple(t.items), (long) t.index};
        }, (a, i) -> {
            TupleMethods.ArrayIterator t = (TupleMethods.ArrayIterator) a;
            if (t.items != null) t.index = (int) clamp(i, 0, t.items.length);
        });
        for (PyType t : new PyType[] {StrIterator.TYPE, StrIterator.ASCII_TYPE}) {
            sequence(t, a -> {
                StrIterator s = (StrIterator) a;
                return s.source() == null ? null : new Object[] {s.source(), s.index()};
            }, (a, i) -> ((StrIterator) a).setIndex(i));
        }
        for (PyType t : new PyType[] {BytesMethods.BYTES_ITERATOR, BytesMethods.BYTEARRAY_ITERATOR}) {
            sequence(t, a -> {
                BytesMethods.ByteIterator b = (BytesMethods.ByteIterator) a;
                return b.source == null ? null : new Object[] {b.source, (long) b.index};
            }, (a, i) -> {
                BytesMethods.ByteIterator b = (BytesMethods.ByteIterator) a;
                if (b.source != null) b.index = (int) clamp(i, 0, b.source.length);
            });
        }
        installRange();
        for (PyType t : DictIterator.types()) {
            new MethodTable(t).method("__reduce__", 0, 0, a -> PyTuple.of(iter(), PyTuple.of(((DictIterator) a[0]).rest())));
        }
        new MethodTable(SetMethods.ITERATOR_TYPE).method("__reduce__", 0, 0,
                a -> PyTuple.of(iter(), PyTuple.of(((SetMethods.SetIterator) a[0]).rest())));
    }

    /** A range iterator pickles as the range of the values it has left, at index 0. */
    private static void installRange() {
        new MethodTable(RangeMethods.ITERATOR_TYPE).method("__reduce__", 0, 0, a -> {
            RangeMethods.RangeIterator r = (RangeMethods.RangeIterator) a[0];
            // (next - first) / step values are consumed; next may have wrapped past the end, so the
            // difference is taken modulo 2^64, as an unsigned count of steps
            long diff = r.next - r.first;
            long consumed = r.step() > 0 ? Long.divideUnsigned(diff, r.step()) : Long.divideUnsigned(-diff, -r.step());
            Object total = IntArith.add(consumed, r.remaining);
            Object stop = IntArith.add(r.first, IntArith.mul(total, r.step()));
            return PyTuple.of(iter(), PyTuple.of(Ops.call(BuiltinTypes.RANGE, r.first, stop, r.step())), consumed);
        });
        setState(RangeMethods.ITERATOR_TYPE, (a, i) -> {
            RangeMethods.RangeIterator r = (RangeMethods.RangeIterator) a;
            long skip = clamp(i, 0, r.remaining);
            r.next += skip * r.step();
            r.remaining -= skip;
        });
        new MethodTable(BigRange.ITERATOR_TYPE).method("__reduce__", 0, 0, a -> {
            BigRange.Iterator r = (BigRange.Iterator) a[0];
            BigInteger stop = r.next.add(r.remaining.multiply(r.step));
            return PyTuple.of(iter(), PyTuple.of(Ops.call(BuiltinTypes.RANGE, IntArith.normalize(r.next),
                    IntArith.normalize(stop), IntArith.normalize(r.step))), 0L);
        });
    }

    /** The state of an index-based iterator: its container and index, or null once exhausted. */
    private interface State {
        Object[] of(Object iterator);
    }

    private interface SetIndex {
        void set(Object iterator, long index);
    }

    private static void sequence(PyType t, State state, SetIndex setIndex) {
        new MethodTable(t).method("__reduce__", 0, 0, a -> {
            Object[] s = state.of(a[0]);
            if (s == null) return PyTuple.of(iter(), PyTuple.of(emptyLike(t)));
            return PyTuple.of(iter(), PyTuple.of(s[0]), s[1]);
        });
        setState(t, setIndex);
    }

    private static void setState(PyType t, SetIndex setIndex) {
        new MethodTable(t).method("__setstate__", 1, 1, a -> {
            setIndex.set(a[0], Ops.index(a[1]));
            return PyNone.NONE;
        });
    }

    /** The empty container an exhausted iterator of type {@code t} pickles over, as CPython's. */
    private static Object emptyLike(PyType t) {
        if (t == StrIterator.TYPE || t == StrIterator.ASCII_TYPE) return "";
        if (t == ListIterators.FORWARD_TYPE) return new PyList();
        return PyTuple.of();
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(v, hi));
    }

    private static Object iter() {
        return BuiltinsModule.namespace().getStr("iter");
    }
}
