package org.pyjit.runtime.builtins;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/** {@code zip(*iterables, strict=False)}: tuples of the iterables' values, in step. */
public final class ZipObject extends PyIterator {
    public static final PyType TYPE = PyIterator.makeType("zip");

    /** Null once exhausted. */
    private Iteration.Cursor[] sources;
    /** The iterables' iterators, for pickling. */
    private final Object[] iterators;
    private boolean strict;

    public ZipObject(PyType type, Object[] iterables, boolean strict) {
        super(type);
        this.sources = new Iteration.Cursor[iterables.length];
        this.iterators = new Object[iterables.length];
        for (int i = 0; i < iterables.length; i++) {
            iterators[i] = Ops.iter(iterables[i]);
            sources[i] = Iteration.iteratorCursor(iterators[i]);
        }
        this.strict = strict;
    }

    @Override
    public Object next() {
        Iteration.Cursor[] s = sources;
        if (s == null || s.length == 0) return null;
        Object[] items = new Object[s.length];
        for (int i = 0; i < s.length; i++) {
            Object v = s[i].next();
            if (v == null) {
                sources = null;
                if (strict) checkStrict(s, i);
                return null;
            }
            items[i] = v;
        }
        return new PyTuple(items);
    }

    /** Iterable {@code i} ended: with strict=True every other one must end at the same step. */
    private static void checkStrict(Iteration.Cursor[] s, int i) {
        if (i > 0) {
            throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " 1" : "s 1-" + i));
        }
        for (int j = 1; j < s.length; j++) {
            if (s[j].next() != null) {
                throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j));
            }
        }
    }

    static void install() {
        TYPE.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (args, kwnames) -> {
            Object[] opts = Kw.options("zip", args, kwnames, "strict");
            Object[] pos = Kw.positional(args, kwnames);
            Object[] iterables = java.util.Arrays.copyOfRange(pos, 1, pos.length);
            return new ZipObject((PyType) args[0], iterables, opts[0] != null && Ops.isTrue(opts[0]));
        }));
        // pickling as CPython's: (zip, iterators) and, when strict, the state True
        TYPE.namespace.putStr("__reduce__", org.pyjit.runtime.objects.PyMethodDescriptor.positional(TYPE, "__reduce__", 0, 0, a -> {
            ZipObject z = (ZipObject) a[0];
            PyTuple its = new PyTuple(z.iterators.clone());
            return z.strict ? PyTuple.of(Ops.typeOf(z), its, Boolean.TRUE) : PyTuple.of(Ops.typeOf(z), its);
        }));
        TYPE.namespace.putStr("__setstate__", org.pyjit.runtime.objects.PyMethodDescriptor.positional(TYPE, "__setstate__", 1, 1, a -> {
            ((ZipObject) a[0]).strict = Ops.isTrue(a[1]);
            return org.pyjit.runtime.objects.PyNone.NONE;
        }));
    }
}
