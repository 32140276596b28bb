package org.pyjit.runtime.types;

import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyType;

/** {@code list_iterator} and {@code list_reverseiterator}: live views that see appends and shrinking. */
final class ListIterators {
    private ListIterators() {}

    static final PyType FORWARD_TYPE = PyIterator.makeType("list_iterator");
    static final PyType REVERSE_TYPE = PyIterator.makeType("list_reverseiterator");

    static void install() {
        new MethodTable(FORWARD_TYPE).method("__length_hint__", 0, 0, a -> {
            Forward f = (Forward) a[0];
            return f.list == null ? 0L : (long) Math.max(0, f.list.size - f.index);
        });
        new MethodTable(REVERSE_TYPE).method("__length_hint__", 0, 0, a -> {
            Reverse r = (Reverse) a[0];
            return r.list == null || r.index >= r.list.size ? 0L : (long) (r.index + 1);
        });
    }

    /** Iterates indices 0, 1, … while they are below the list's current size. */
    static final class Forward extends PyIterator {
        PyList list;
        int index;

        Forward(PyList list) {
            super(FORWARD_TYPE);
            this.list = list;
        }

        @Override
        public Object next() {
            PyList l = list;
            if (l == null) return null;
            if (index < l.size) return l.items[index++];
            list = null;
            return null;
        }
    }

    /** Iterates indices size-1 … 0, stopping when an index is no longer inside the list. */
    static final class Reverse extends PyIterator {
        PyList list;
        int index;

        Reverse(PyList list) {
            super(REVERSE_TYPE);
            this.list = list;
            this.index = list.size - 1;
        }

        @Override
        public Object next() {
            PyList l = list;
            if (l == null) return null;
            if (index >= 0 && index < l.size) return l.items[index--];
            list = null;
            return null;
        }
    }
}
