package org.pyjit.runtime.io;

import java.lang.ref.Cleaner;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Writable files that are still open. CPython flushes and closes a file as soon as the program
 * drops it ({@code open(p, "w").write(s)} works); here a {@link Cleaner} does that when the file
 * object becomes unreachable, {@code open()} flushes every open file first (so reading a file
 * back sees what was written to it), and {@link #flushAll} runs at exit.
 */
public final class OpenFiles {
    private OpenFiles() {}

    private static final Cleaner CLEANER = Cleaner.create();
    private static final Set<BufferedStream> OPEN = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    /** Tracks {@code stream}, owned by file object {@code owner}; returns a handle that unregisters it. */
    public static Cleaner.Cleanable register(Object owner, BufferedStream stream) {
        OPEN.add(stream);
        return CLEANER.register(owner, () -> {
            if (OPEN.remove(stream)) closeQuietly(stream);
        });
    }

    /** The file was closed by the program. */
    public static void unregister(BufferedStream stream) {
        OPEN.remove(stream);
    }

    /** Writes every open file's buffered bytes to the OS, ignoring failures (called at exit and by open()). */
    public static void flushAll() {
        BufferedStream[] streams;
        synchronized (OPEN) {
            streams = OPEN.toArray(new BufferedStream[0]);
        }
        for (BufferedStream s : streams) {
            synchronized (s) {
                try {
                    s.flush();
                } catch (RuntimeException ignored) {
                    // a file that cannot be flushed at exit has nowhere to report to
                }
            }
        }
    }

    private static void closeQuietly(BufferedStream s) {
        synchronized (s) {
            try {
                s.close();
            } catch (RuntimeException ignored) {
                // finalization of an abandoned file: CPython also ignores errors here
            }
        }
    }
}
