package org.pyjit.runtime.builtins;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;

/** {@code enumerate(iterable, start=0)}: pairs of a running index and the iterable's values. */
public final class EnumerateObject extends PyIterator {
    public static final PyType TYPE = PyIterator.makeType("enumerate");

    /** The iterable's iterator (for pickling) and a cursor over it, null once exhausted. */
    private final Object iterator;
    private Iteration.Cursor source;
    private long index;
    /** The index once it no longer fits a long (a BigInteger), else null. */
    private Object bigIndex;

    public EnumerateObject(PyType type, Object iterable, Object start) {
        super(type);
        this.iterator = Ops.iter(iterable);
        this.source = Iteration.iteratorCursor(iterator);
        Object s = start == null ? (Object) 0L : Ops.indexOrNull(start);
        if (s == null) throw Errors.typeError("'" + Ops.typeName(start) + "' object cannot be interpreted as an integer");
        if (s instanceof Long l) index = l;
        else bigIndex = s;
    }

    @Override
    public Object next() {
        if (source == null) return null;
        Object v = source.next();
        if (v == null) {
            source = null;
            return null;
        }
        Object i;
        if (bigIndex != null) {
            i = bigIndex;
            bigIndex = IntArith.add(bigIndex, 1L);
        } else {
            i = index;
            if (index == Long.MAX_VALUE) bigIndex = IntArith.add(index, 1L);
            else index++;
        }
        return PyTuple.of(i, v);
    }

    static void install() {
        TYPE.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, EnumerateObject::construct));
        // pickling as CPython's: (enumerate, (iterator, next index))
        TYPE.namespace.putStr("__reduce__", org.pyjit.runtime.objects.PyMethodDescriptor.positional(TYPE, "__reduce__", 0, 0, a -> {
            EnumerateObject e = (EnumerateObject) a[0];
            return PyTuple.of(Ops.typeOf(e), PyTuple.of(e.iterator, e.bigIndex != null ? e.bigIndex : (Object) e.index));
        }));
    }

    private static Object construct(Object[] args, String[] kwnames) {
        int nkw = Kw.keywordCount(kwnames);
        int npos = args.length - nkw - 1;
        Object[] slots = new Object[2];
        if (npos + nkw > 2) throw Errors.typeError("enumerate() takes at most 2 arguments (" + (npos + nkw) + " given)");
        for (int i = 0; i < npos; i++) slots[i] = args[1 + i];
        for (int k = 0; k < nkw; k++) {
            int idx = switch (kwnames[k]) {
                case "iterable" -> 0;
                case "start" -> 1;
                default -> -1;
            };
            if (idx < 0 || slots[idx] != null) {
                throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for enumerate()");
            }
            slots[idx] = args[1 + npos + k];
        }
        if (slots[0] == null) throw Errors.typeError("enumerate() missing required argument 'iterable'");
        return new EnumerateObject((PyType) args[0], slots[0], slots[1]);
    }
}
