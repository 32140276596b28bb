package org.pyjit.runtime.modules.itertools;

import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code tee(iterable, n=2)}: n iterators over one source. The values read from the source form a
 * singly linked list that every tee iterator walks at its own pace; nodes no iterator still needs
 * become garbage.
 */
final class Tee extends PyIterator {
    static final PyType TYPE = PyIterator.makeType("_tee");

    static {
        TYPE.namespace.putStr("__module__", "itertools");
        org.pyjit.runtime.types.TypeLayout.markWeakrefable(TYPE);
        Types.method(TYPE, "__copy__", 0, 0, a -> ((Tee) a[0]).copy());
        TYPE.namespace.putStr("__new__", new org.pyjit.runtime.objects.PyBuiltinFunction("__new__", null, (a, kw) -> {
            if (a.length != 2) throw Errors.typeError("_tee expected 1 argument, got " + (a.length - 1));
            return from(a[1]);
        }));
    }

    /** A value read from the source and the one read after it (null until read). */
    private static final class Node {
        final Object value;
        Node next;

        Node(Object value) {
            this.value = value;
        }
    }

    /** The shared source. */
    private static final class Source {
        Iteration.Cursor cursor;
        /** Set while the source's {@code __next__} runs: another tee iterator may not read it meanwhile. */
        boolean running;

        Source(Iteration.Cursor cursor) {
            this.cursor = cursor;
        }
    }

    private final Source source;
    /** The last node this iterator returned (a sentinel at the start). */
    private Node position;

    private Tee(Source source, Node position) {
        super(TYPE);
        this.source = source;
        this.position = position;
    }

    /** A tee iterator over {@code iterable}: a copy when it already is one, as CPython's {@code tee}. */
    static Tee from(Object iterable) {
        if (iterable instanceof Tee t) return t.copy();
        Object copier = Ops.typeOf(iterable).lookup("__copy__");
        if (copier != null) {
            Object c = Ops.callDescriptor(copier, iterable, new Object[0]);
            if (c instanceof Tee t) return t;
        }
        return new Tee(new Source(Iteration.cursor(iterable)), new Node(null));
    }

    Tee copy() {
        return new Tee(source, position);
    }

    @Override
    public Object next() {
        Node n = position.next;
        if (n == null) {
            if (source.cursor == null) return null;
            // CPython refuses re-entry (from the source's own __next__ or from another thread)
            if (source.running) throw Errors.runtimeError("cannot re-enter the tee iterator");
            source.running = true;
            Object v;
            try {
                v = source.cursor.next();
            } finally {
                source.running = false;
            }
            if (v == null) {
                source.cursor = null;
                return null;
            }
            n = new Node(v);
            position.next = n;
        }
        position = n;
        return n.value;
    }

    /** {@code itertools.tee(iterable, n=2)}. */
    static PyTuple tee(Object iterable, long n) {
        if (n < 0) throw Errors.valueError("n must be >= 0");
        Object[] out = new Object[(int) n];
        if (n == 0) return new PyTuple(out);
        // as CPython: an iterator that can copy itself is used as the first result, copies of it are the rest
        Object it = Ops.iter(iterable);
        Object copier = Ops.typeOf(it).lookup("__copy__");
        if (copier == null) {
            it = new Tee(new Source(Iteration.cursor(it)), new Node(null));
            copier = TYPE.lookup("__copy__");
        }
        out[0] = it;
        for (int i = 1; i < n; i++) out[i] = Ops.callDescriptor(copier, it, new Object[0]);
        return new PyTuple(out);
    }
}
