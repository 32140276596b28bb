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
    private final boolean strict;

    public ZipObject(PyType type, Object[] iterables, boolean strict) {
        super(type);
        this.sources = new Iteration.Cursor[iterables.length];
        for (int i = 0; i < iterables.length; i++) sources[i] = Iteration.cursor(iterables[i]);
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
    }
}
