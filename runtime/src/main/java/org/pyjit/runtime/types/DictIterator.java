package org.pyjit.runtime.types;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;

/**
 * The six dict iterators ({@code dict_keyiterator} … {@code dict_reverseitemiterator}), with
 * CPython's checks: a change of size raises {@code RuntimeError("dictionary changed size during
 * iteration")} (and keeps raising), and finding more entries than the dict had when iteration
 * started raises {@code "dictionary keys changed during iteration"}.
 */
final class DictIterator extends PyIterator {
    /** What the iterator yields. */
    enum Kind { KEYS, VALUES, ITEMS }

    private static final PyType[] FORWARD = {
        PyIterator.makeType("dict_keyiterator"), PyIterator.makeType("dict_valueiterator"),
        PyIterator.makeType("dict_itemiterator")};
    private static final PyType[] REVERSE = {
        PyIterator.makeType("dict_reversekeyiterator"), PyIterator.makeType("dict_reversevalueiterator"),
        PyIterator.makeType("dict_reverseitemiterator")};

    static {
        for (PyType t : FORWARD) installLengthHint(t);
        for (PyType t : REVERSE) installLengthHint(t);
    }

    private static void installLengthHint(PyType t) {
        new MethodTable(t).method("__length_hint__", 0, 0, a -> {
            DictIterator it = (DictIterator) a[0];
            return it.dict != null && it.expectedSize == it.dict.size() ? (long) it.remaining : 0L;
        });
    }

    private PyDict dict;
    private final Kind kind;
    private final boolean reverse;
    private int expectedSize;
    private int remaining;
    private int pos;

    DictIterator(PyDict dict, Kind kind, boolean reverse) {
        super((reverse ? REVERSE : FORWARD)[kind.ordinal()]);
        this.dict = dict;
        this.kind = kind;
        this.reverse = reverse;
        this.expectedSize = dict.size();
        this.remaining = expectedSize;
        this.pos = reverse ? dict.entryLimit() - 1 : 0;
    }

    /** What this iterator has still to yield, without advancing it: CPython pickles a dict iterator as {@code iter(list)}. */
    org.pyjit.runtime.objects.PyList rest() {
        org.pyjit.runtime.objects.PyList out = new org.pyjit.runtime.objects.PyList();
        PyDict d = dict;
        if (d == null || expectedSize != d.size()) return out;
        int p = pos;
        for (int n = remaining; n > 0; n--) {
            int e = reverse ? (p < 0 ? -1 : d.prevEntry(p)) : d.nextEntry(p);
            if (e < 0) break;
            p = reverse ? e - 1 : e + 1;
            out.append(switch (kind) {
                case KEYS -> d.keyAt(e);
                case VALUES -> d.valueAt(e);
                case ITEMS -> PyTuple.of(d.keyAt(e), d.valueAt(e));
            });
        }
        return out;
    }

    /** The six dict iterator types, for installing methods on all of them. */
    static PyType[] types() {
        return new PyType[] {FORWARD[0], FORWARD[1], FORWARD[2], REVERSE[0], REVERSE[1], REVERSE[2]};
    }

    @Override
    public Object next() {
        PyDict d = dict;
        if (d == null) return null;
        if (expectedSize != d.size()) {
            expectedSize = -1; // sticky, as CPython's di_used = -1
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        int e = reverse ? (pos < 0 ? -1 : d.prevEntry(pos)) : d.nextEntry(pos);
        if (e < 0) {
            dict = null;
            return null;
        }
        if (remaining == 0) {
            dict = null;
            throw Errors.runtimeError("dictionary keys changed during iteration");
        }
        pos = reverse ? e - 1 : e + 1;
        remaining--;
        return switch (kind) {
            case KEYS -> d.keyAt(e);
            case VALUES -> d.valueAt(e);
            case ITEMS -> PyTuple.of(d.keyAt(e), d.valueAt(e));
        };
    }
}
