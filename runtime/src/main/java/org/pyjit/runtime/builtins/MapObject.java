package org.pyjit.runtime.builtins;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/** {@code map(func, *iterables)}: func applied to the iterables' values, in step. */
public final class MapObject extends PyIterator {
    public static final PyType TYPE = PyIterator.makeType("map");

    private final Object function;
    /** Null once exhausted. */
    private Iteration.Cursor[] sources;
    /** The iterables' iterators, for pickling. */
    private final Object[] iterators;

    public MapObject(PyType type, Object function, Object[] iterables) {
        super(type);
        this.function = function;
        this.sources = new Iteration.Cursor[iterables.length];
        this.iterators = new Object[iterables.length];
        for (int i = 0; i < iterables.length; i++) {
            iterators[i] = Ops.iter(iterables[i]);
            sources[i] = Iteration.iteratorCursor(iterators[i]);
        }
    }

    @Override
    public Object next() {
        Iteration.Cursor[] s = sources;
        if (s == null) return null;
        if (s.length == 1) {
            Object v = s[0].next();
            if (v == null) {
                sources = null;
                return null;
            }
            return Ops.call(function, v);
        }
        Object[] args = new Object[s.length];
        for (int i = 0; i < s.length; i++) {
            Object v = s[i].next();
            if (v == null) {
                sources = null;
                return null;
            }
            args[i] = v;
        }
        return Ops.call(function, args);
    }

    static void install() {
        TYPE.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (args, kwnames) -> {
            if (Kw.refusesKeywords((PyType) args[0])) Kw.rejectKeywords("map", kwnames);
            Object[] pos = Kw.positional(args, kwnames);
            if (pos.length < 3) throw Errors.typeError("map() must have at least two arguments.");
            return new MapObject((PyType) args[0], pos[1], java.util.Arrays.copyOfRange(pos, 2, pos.length));
        }));
        // pickling as CPython's: (map, (function, *iterators))
        TYPE.namespace.putStr("__reduce__", org.pyjit.runtime.objects.PyMethodDescriptor.positional(TYPE, "__reduce__", 0, 0, a -> {
            MapObject m = (MapObject) a[0];
            Object[] args = new Object[m.iterators.length + 1];
            args[0] = m.function;
            System.arraycopy(m.iterators, 0, args, 1, m.iterators.length);
            return org.pyjit.runtime.objects.PyTuple.of(Ops.typeOf(m), new org.pyjit.runtime.objects.PyTuple(args));
        }));
    }
}
