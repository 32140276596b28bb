package org.pyjit.runtime.builtins;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code reversed(seq)}: the object's own {@code __reversed__}, or else this iterator over the
 * sequence protocol ({@code __len__} and {@code __getitem__}), walking indexes downwards.
 */
public final class ReversedObject extends PyIterator {
    public static final PyType TYPE = PyIterator.makeType("reversed");

    /** The sequence, or null once exhausted. */
    private Object seq;
    /** The next index to read; -1 when done. */
    private long index;
    /** The code points of a str sequence (read directly rather than through {@code __getitem__}). */
    private int[] codePoints;

    private ReversedObject(PyType type, Object seq, long length) {
        super(type);
        this.seq = seq;
        this.index = length - 1;
        if (seq instanceof String s) codePoints = s.codePoints().toArray();
    }

    /** {@code reversed(o)}. */
    public static Object reversed(PyType type, Object o) {
        // exact tuples and strs have no __reversed__ (and builtin types cannot gain one): no lookups
        if (o instanceof String || o instanceof PyTuple tp && tp.type == BuiltinTypes.TUPLE) {
            return new ReversedObject(type, o, Ops.len(o));
        }
        PyType t = Ops.typeOf(o);
        Object rev = t.lookup("__reversed__");
        if (rev == PyNone.NONE) throw notReversible(o);
        if (rev != null) return Ops.callDescriptor(rev, o, new Object[0]);
        if (isDirectSequence(o)) return new ReversedObject(type, o, Ops.len(o));
        if (o instanceof PyDict || t.lookup("__getitem__") == null) throw notReversible(o);
        return new ReversedObject(type, o, Ops.len(o));
    }

    /** Exact builtin sequences this iterator reads without going through {@code __getitem__}. */
    private static boolean isDirectSequence(Object o) {
        return o instanceof String || (o instanceof PyTuple tp && tp.type == BuiltinTypes.TUPLE)
                || (o instanceof PyList l && l.type == BuiltinTypes.LIST);
    }

    private static PyException notReversible(Object o) {
        return Errors.typeError("'" + Ops.typeName(o) + "' object is not reversible");
    }

    @Override
    public Object next() {
        Object s = seq;
        if (s == null) return null;
        if (index < 0) {
            seq = null;
            return null;
        }
        long i = index--;
        if (codePoints != null) return Character.toString(codePoints[(int) i]);
        if (s instanceof PyTuple t && t.type == BuiltinTypes.TUPLE) return t.items[(int) i];
        if (s instanceof PyList l && l.type == BuiltinTypes.LIST) {
            if (i < l.size) return l.items[(int) i];
            seq = null; // the list shrank below the index: CPython's IndexError ends the iteration
            return null;
        }
        try {
            return Ops.getItem(s, i);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.INDEX_ERROR) || e.value.type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }

    static void install() {
        TYPE.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (args, kwnames) -> {
            if (TYPE == args[0]) Kw.rejectKeywords("reversed", kwnames);
            Object[] pos = Kw.positional(args, kwnames);
            Kw.expectExactly("reversed", pos.length - 1, 1);
            return reversed((PyType) args[0], pos[1]);
        }));
        TYPE.namespace.putStr("__length_hint__", PyMethodDescriptor.positional(TYPE, "__length_hint__", 0, 0, a -> {
            ReversedObject r = (ReversedObject) a[0];
            if (r.seq == null) return 0L;
            long remaining = r.index + 1;
            long len = Ops.len(r.seq);
            return remaining <= len ? remaining : 0L;
        }));
        // pickling as CPython's: (reversed, (seq,), index), or an empty iterator once exhausted
        TYPE.namespace.putStr("__reduce__", PyMethodDescriptor.positional(TYPE, "__reduce__", 0, 0, a -> {
            ReversedObject r = (ReversedObject) a[0];
            if (r.seq == null) return PyTuple.of(BuiltinsModule.namespace().getStr("iter"), PyTuple.of(new PyList()));
            return PyTuple.of(Ops.typeOf(r), PyTuple.of(r.seq), r.index);
        }));
        TYPE.namespace.putStr("__setstate__", PyMethodDescriptor.positional(TYPE, "__setstate__", 1, 1, a -> {
            ReversedObject r = (ReversedObject) a[0];
            long i = Ops.index(a[1]);
            if (r.seq != null) {
                long n = Ops.len(r.seq);
                r.index = i < -1 ? -1 : Math.min(i, n - 1);
            }
            return PyNone.NONE;
        }));
    }
}
