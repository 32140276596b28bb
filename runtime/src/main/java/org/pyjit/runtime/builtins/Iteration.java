package org.pyjit.runtime.builtins;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyRange;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * Iteration as the builtins consume it: a {@link Cursor} over any iterable. The exact builtin
 * sequence types are walked directly (no Python iterator object, no method lookup), with the
 * same observable behaviour as their iterators: a list is re-read by index on every step, so
 * appends during iteration are seen; a dict raises CPython's error when its size changes.
 */
public final class Iteration {
    private Iteration() {}

    /** A Java-side iterator: {@link #next} returns null at the end (and on every call after it). */
    @FunctionalInterface
    public interface Cursor {
        Object next();
    }

    /** A cursor over {@code iterable}; raises CPython's TypeError when it is not iterable. */
    public static Cursor cursor(Object iterable) {
        if (iterable instanceof PyList l && l.type == BuiltinTypes.LIST) return listCursor(l);
        if (iterable instanceof PyTuple t && t.type == BuiltinTypes.TUPLE) return arrayCursor(t.items);
        if (iterable instanceof String s) return stringCursor(s);
        if (iterable instanceof PyRange r && r.type == BuiltinTypes.RANGE && r.big == null) return rangeCursor(r);
        if (iterable instanceof PyDict d && d.type == BuiltinTypes.DICT) return dictKeyCursor(d);
        if (iterable instanceof PyIterator it && it.type.builtin) return it::next;
        return iteratorCursor(Ops.iter(iterable));
    }

    /** A cursor over an object that already is an iterator ({@code __next__}). */
    public static Cursor iteratorCursor(Object iterator) {
        if (iterator instanceof PyIterator it && it.type.builtin) return it::next; // else __next__ may be overridden
        return () -> Ops.next(iterator);
    }

    private static Cursor listCursor(PyList l) {
        return new Cursor() {
            private int i;

            @Override
            public Object next() {
                if (i < 0) return null;
                if (i >= l.size) {
                    i = -1;
                    return null;
                }
                return l.items[i++];
            }
        };
    }

    private static Cursor arrayCursor(Object[] items) {
        return new Cursor() {
            private int i;

            @Override
            public Object next() {
                return i < items.length ? items[i++] : null;
            }
        };
    }

    private static Cursor stringCursor(String s) {
        return new Cursor() {
            private int i;

            @Override
            public Object next() {
                if (i >= s.length()) return null;
                int cp = s.codePointAt(i);
                int n = Character.charCount(cp);
                String r = n == 1 && s.length() == 1 ? s : s.substring(i, i + n);
                i += n;
                return r;
            }
        };
    }

    private static Cursor rangeCursor(PyRange r) {
        long n = r.length();
        return new Cursor() {
            private long i;

            @Override
            public Object next() {
                if (i >= n) return null;
                return r.start + (i++) * r.step;
            }
        };
    }

    private static Cursor dictKeyCursor(PyDict d) {
        int initialSize = d.size();
        return new Cursor() {
            private int pos;
            private boolean done;

            @Override
            public Object next() {
                if (done) return null;
                if (d.size() != initialSize) {
                    done = true;
                    throw Errors.runtimeError("dictionary changed size during iteration");
                }
                int e = d.nextEntry(pos);
                if (e < 0) {
                    done = true;
                    return null;
                }
                pos = e + 1;
                return d.keyAt(e);
            }
        };
    }

    /** All values of {@code iterable} in a new list (its own array; never aliases a list passed in). */
    public static PyList toList(Object iterable) {
        if (iterable instanceof PyList l && l.type == BuiltinTypes.LIST) return new PyList(l.toArray());
        if (iterable instanceof PyTuple t && t.type == BuiltinTypes.TUPLE) return new PyList(t.items.clone());
        PyList out = new PyList();
        Cursor c = cursor(iterable);
        for (Object v = c.next(); v != null; v = c.next()) out.append(v);
        return out;
    }

    /** All values of {@code iterable} as an array (a tuple's array itself: callers must not mutate it). */
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PyTuple t && t.type == BuiltinTypes.TUPLE) return t.items;
        return toList(iterable).toArray();
    }
}
