package org.pyjit.runtime.modules.pickle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pickler's memo is keyed by identity, like CPython's id()-keyed memo. */
class PickleMemoTest {
    @Test
    void equalButDistinctObjectsAreSeparateEntries() {
        PickleMemo m = new PickleMemo();
        String a = new String("text"), b = new String("text");
        m.put(a, 0);
        assertEquals(0, m.get(a));
        assertEquals(-1, m.get(b));
        m.put(b, 1);
        assertEquals(1, m.get(b));
        assertEquals(2, m.size());
    }

    @Test
    void growsAndKeepsEveryEntry() {
        PickleMemo m = new PickleMemo();
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 10000; i++) {
            Object k = new Object();
            keys.add(k);
            m.put(k, i);
        }
        for (int i = 0; i < keys.size(); i++) assertEquals(i, m.get(keys.get(i)));
        PickleMemo copy = m.copy();
        m.clear();
        assertEquals(0, m.size());
        assertEquals(-1, m.get(keys.get(5)));
        assertEquals(5, copy.get(keys.get(5)));
        int[] count = {0};
        copy.forEach((k, v) -> count[0]++);
        assertEquals(10000, count[0]);
    }
}
