package org.pyjit.runtime.nativecode;

import java.util.List;
import org.pyjit.runtime.objects.PyDict;

/**
 * What one guard cell stands for: namespace entries (dict identity and key) that must keep their
 * binding. {@code f} in a function's globals is one entry; a builtin such as {@code abs} is two:
 * absent from the globals, unchanged in the builtins.
 */
record GuardToken(List<Entry> entries) {

    /** One watched binding; dicts compare by identity. */
    record Entry(PyDict dict, String key) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && e.dict == dict && e.key.equals(key);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(dict) * 31 + key.hashCode();
        }
    }

    static GuardToken of(PyDict dict, String key) {
        return new GuardToken(List.of(new Entry(dict, key)));
    }

    static GuardToken of(PyDict dict, String key, PyDict dict2, String key2) {
        return new GuardToken(List.of(new Entry(dict, key), new Entry(dict2, key2)));
    }
}
