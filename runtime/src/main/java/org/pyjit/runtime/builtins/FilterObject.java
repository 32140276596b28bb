package org.pyjit.runtime.builtins;

import org.pyjit.runtime.objects.ArityCheck;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** {@code filter(function or None, iterable)}: the values for which the function is true. */
public final class FilterObject extends PyIterator {
    public static final PyType TYPE = PyIterator.makeType("filter");

    /** Null means "the value's own truth" ({@code filter(None, …)} and {@code filter(bool, …)}). */
    private final Object function;
    /** The function as given and the iterable's iterator, for pickling. */
    private final Object givenFunction, iterator;
    private Iteration.Cursor source;

    public FilterObject(PyType type, Object function, Object iterable) {
        super(type);
        this.function = function == PyNone.NONE || function == BuiltinTypes.BOOL ? null : function;
        this.givenFunction = function;
        this.iterator = Ops.iter(iterable);
        this.source = Iteration.iteratorCursor(iterator);
    }

    @Override
    public Object next() {
        if (source == null) return null;
        for (Object v = source.next(); v != null; v = source.next()) {
            boolean keep = function == null ? Ops.isTrue(v) : Ops.isTrue(Ops.call(function, v));
            if (keep) return v;
        }
        source = null;
        return null;
    }

    static void install() {
        TYPE.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (args, kwnames) -> {
            if (Kw.refusesKeywords((PyType) args[0])) Kw.rejectKeywords("filter", kwnames);
            Object[] pos = Kw.positional(args, kwnames);
            ArityCheck.check("filter", pos.length - 1, 2, 2, false);
            return new FilterObject((PyType) args[0], pos[1], pos[2]);
        }));
        // pickling as CPython's: (filter, (function, iterator))
        TYPE.namespace.putStr("__reduce__", org.pyjit.runtime.objects.PyMethodDescriptor.positional(TYPE, "__reduce__", 0, 0, a -> {
            FilterObject f = (FilterObject) a[0];
            return org.pyjit.runtime.objects.PyTuple.of(Ops.typeOf(f), org.pyjit.runtime.objects.PyTuple.of(f.givenFunction, f.iterator));
        }));
    }
}
