package org.pyjit.runtime.nativecode;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.runtime.objects.DictWatcher;
import org.pyjit.runtime.objects.PyDict;

/**
 * Guard cells and the dict watchers that clear them. A cell is eight bytes of native memory that
 * compiled code loads before using a global binding: 1 while the binding holds, 0 once any of its
 * namespace entries changed (then native code deoptimizes there and the interpreter reloads the name).
 */
final class GlobalWatchers {
    private GlobalWatchers() {}

    private static final Map<PyDict, Map<String, List<MemorySegment>>> WATCHED = new IdentityHashMap<>();

    /** A new valid cell for {@code token}, cleared when any of its entries changes. */
    static synchronized MemorySegment cell(GuardToken token) {
        MemorySegment cell = Arena.global().allocate(ValueLayout.JAVA_LONG);
        cell.set(ValueLayout.JAVA_LONG, 0, 1L);
        for (GuardToken.Entry e : token.entries()) {
            Map<String, List<MemorySegment>> keys = WATCHED.get(e.dict());
            if (keys == null) {
                keys = new HashMap<>();
                WATCHED.put(e.dict(), keys);
                PyDict dict = e.dict();
                DictWatcher previous = dict.watcher;
                dict.watcher = previous == null ? key -> changed(dict, key) : key -> {
                    previous.bindingChanged(key);
                    changed(dict, key);
                };
            }
            keys.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(cell);
        }
        return cell;
    }

    private static synchronized void changed(PyDict dict, Object key) {
        Map<String, List<MemorySegment>> keys = WATCHED.get(dict);
        if (keys == null) return;
        if (key == null) {
            for (List<MemorySegment> cells : keys.values()) invalidate(cells);
            keys.clear();
            return;
        }
        if (!(key instanceof String s)) return;
        List<MemorySegment> cells = keys.remove(s);
        if (cells != null) invalidate(cells);
    }

    private static void invalidate(List<MemorySegment> cells) {
        for (MemorySegment c : cells) c.set(ValueLayout.JAVA_LONG, 0, 0L);
        org.pyjit.runtime.stats.NativeStatistics.guardsInvalidated(cells.size());
    }
}
