package org.pyjit.runtime.objects;

/**
 * The live value of one str key of a {@link PyDict} (null while the key is absent), kept current
 * by the dict on every change of that key. Inline caches read a module's globals and builtins
 * through these cells: a rebinding updates the cell, so a cached lookup can never be stale.
 */
public final class KeyCell {
    /** Rebindings of watched keys this run (an inline-cache invalidation each, for statistics). */
    private static long rebinds;

    public final String key;
    private Object value;

    KeyCell(String key, Object value) {
        this.key = key;
        this.value = value;
    }

    /** The key's current value in its dict, or null when absent. */
    public Object value() {
        return value;
    }

    void update(Object v) {
        if (value != null && value != v) rebinds++;
        value = v;
    }

    /** How many times a watched key was rebound or removed. */
    public static long rebinds() {
        return rebinds;
    }
}
