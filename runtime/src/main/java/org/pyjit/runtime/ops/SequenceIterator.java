package org.pyjit.runtime.ops;

import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyType;

/** The iterator {@code iter()} makes for objects that only have {@code __getitem__}. */
final class SequenceIterator extends PyIterator {
    static final PyType TYPE = PyIterator.makeType("iterator");

    static {
        // pickling as CPython's: (iter, (seq,), index), or iter(()) once exhausted
        TYPE.namespace.putStr("__reduce__", org.pyjit.runtime.objects.PyMethodDescriptor.positional(TYPE, "__reduce__", 0, 0, a -> {
            SequenceIterator s = (SequenceIterator) a[0];
            Object iter = org.pyjit.runtime.builtins.BuiltinsModule.namespace().getStr("iter");
            if (s.seq == null) return org.pyjit.runtime.objects.PyTuple.of(iter, org.pyjit.runtime.objects.PyTuple.of(org.pyjit.runtime.objects.PyTuple.of()));
            return org.pyjit.runtime.objects.PyTuple.of(iter, org.pyjit.runtime.objects.PyTuple.of(s.seq), s.index);
        }));
        TYPE.namespace.putStr("__setstate__", org.pyjit.runtime.objects.PyMethodDescriptor.positional(TYPE, "__setstate__", 1, 1, a -> {
            SequenceIterator s = (SequenceIterator) a[0];
            if (s.seq != null) s.index = Math.max(0, Ops.index(a[1]));
            return org.pyjit.runtime.objects.PyNone.NONE;
        }));
    }

    private Object seq;
    private long index;

    SequenceIterator(Object seq) {
        super(TYPE);
        this.seq = seq;
    }

    @Override
    public Object next() {
        if (seq == null) return null;
        try {
            return Ops.getItem(seq, index++);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.INDEX_ERROR) || e.value.type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }
}
