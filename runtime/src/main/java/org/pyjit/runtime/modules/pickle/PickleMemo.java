package org.pyjit.runtime.modules.pickle;

import java.util.function.ObjIntConsumer;

/**
 * The pickler's memo: object identity to memo index, an open-addressing table keyed by
 * {@link System#identityHashCode} (CPython keys it by {@code id()}, so equal but distinct objects
 * get separate entries). Holds the objects strongly, as CPython's memo does, so an id stays valid.
 */
final class PickleMemo {
    private Object[] keys = new Object[64];
    private int[] values = new int[64];
    private int size;

    int size() {
        return size;
    }

    private static int slot(Object o, int mask) {
        int h = System.identityHashCode(o);
        return (h ^ (h >>> 16)) * 0x9E3779B1 >>> 7 & mask;
    }

    /** The memo index of {@code o}, or -1. */
    int get(Object o) {
        Object[] k = keys;
        int mask = k.length - 1;
        for (int i = slot(o, mask);; i = (i + 1) & mask) {
            Object e = k[i];
            if (e == o) return values[i];
            if (e == null) return -1;
        }
    }

    void put(Object o, int index) {
        if ((size + 1) * 3 >= keys.length * 2) grow();
        Object[] k = keys;
        int mask = k.length - 1;
        for (int i = slot(o, mask);; i = (i + 1) & mask) {
            if (k[i] == o) {
                values[i] = index;
                return;
            }
            if (k[i] == null) {
                k[i] = o;
                values[i] = index;
                size++;
                return;
            }
        }
    }

    private void grow() {
        Object[] oldKeys = keys;
        int[] oldValues = values;
        keys = new Object[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) put(oldKeys[i], oldValues[i]);
        }
    }

    void clear() {
        keys = new Object[64];
        values = new int[64];
        size = 0;
    }

    void forEach(ObjIntConsumer<Object> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) action.accept(keys[i], values[i]);
        }
    }

    PickleMemo copy() {
        PickleMemo m = new PickleMemo();
        m.keys = keys.clone();
        m.values = values.clone();
        m.size = size;
        return m;
    }
}
