package org.pyjit.runtime.builtins;

import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/** {@code iter(callable, sentinel)}: calls the callable until it returns the sentinel. */
public final class CallableIterator extends PyIterator {
    public static final PyType TYPE = PyIterator.makeType("callable_iterator");

    static {
        // pickling as CPython's: (iter, (callable, sentinel)), or iter(()) once exhausted
        TYPE.namespace.putStr("__reduce__", org.pyjit.runtime.objects.PyMethodDescriptor.positional(TYPE, "__reduce__", 0, 0, a -> {
            CallableIterator c = (CallableIterator) a[0];
            Object iter = BuiltinsModule.namespace().getStr("iter");
            if (c.callable == null) return org.pyjit.runtime.objects.PyTuple.of(iter, org.pyjit.runtime.objects.PyTuple.of(org.pyjit.runtime.objects.PyTuple.of()));
            return org.pyjit.runtime.objects.PyTuple.of(iter, org.pyjit.runtime.objects.PyTuple.of(c.callable, c.sentinel));
        }));
    }

    /** Both null once exhausted. */
    private Object callable, sentinel;

    public CallableIterator(Object callable, Object sentinel) {
        super(TYPE);
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public Object next() {
        if (callable == null) return null;
        Object v;
        try {
            v = Ops.call(callable);
        } catch (PyException e) {
            if (!e.value.type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) throw e;
            v = null;
        }
        if (v == null || Ops.eq(sentinel, v)) {
            callable = null;
            sentinel = null;
            return null;
        }
        return v;
    }
}
