package org.pyjit.runtime.io;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * The file descriptors Python code sees ({@code f.fileno()}, {@code os.open}, {@code os.read},
 * {@code open(fd)}). The JVM does not expose the OS's descriptor numbers, so pyjit numbers the
 * files it opens itself, lowest free number first from 3 as the OS does; 0, 1 and 2 are the
 * standard streams. A file opened with {@code os.open} is held until {@code os.close}; one opened
 * by {@code open()} only as long as its file object lives, so an abandoned file's number is freed
 * when the JVM collects it (its channel is closed by the JDK then).
 */
public final class DescriptorTable {
    private DescriptorTable() {}

    /** The first number after the standard streams. */
    public static final int FIRST = 3;

    private static final Map<Integer, Entry> OPEN = new HashMap<>();
    private static final ReferenceQueue<RawIO> COLLECTED = new ReferenceQueue<>();

    /** A table slot: weak for files owned by a file object, with a strong reference for os-level ones. */
    private static final class Entry extends WeakReference<RawIO> {
        final int fd;
        RawIO strong;

        Entry(RawIO raw, int fd, boolean strong) {
            super(raw, COLLECTED);
            this.fd = fd;
            this.strong = strong ? raw : null;
        }
    }

    /** Gives {@code raw} the lowest free number; {@code pinned} keeps it until {@link #close}. */
    public static int add(ChannelRawIO raw, boolean pinned) {
        int fd = addAny(raw, pinned);
        raw.assignDescriptor(fd);
        return fd;
    }

    /**
     * Gives any descriptor-backed stream (a socket, too) the lowest free number; the stream learns
     * its number from the result and gives it back with {@link #releaseAny} when closed.
     */
    public static synchronized int addAny(RawIO raw, boolean pinned) {
        expunge();
        int fd = FIRST;
        while (OPEN.containsKey(fd)) fd++;
        OPEN.put(fd, new Entry(raw, fd, pinned));
        return fd;
    }

    /** Puts {@code raw} at number {@code fd} (pinned), returning what was there (the caller closes it), or null. */
    public static synchronized RawIO putAt(int fd, RawIO raw) {
        expunge();
        Entry old = OPEN.put(fd, new Entry(raw, fd, true));
        if (old == null) return null;
        RawIO held = old.get();
        old.clear();
        return held;
    }

    /** The file behind {@code fd} (not the standard streams), or null when it is not open or not a file. */
    public static synchronized ChannelRawIO get(int fd) {
        return lookup(fd) instanceof ChannelRawIO c ? c : null;
    }

    /** Whatever stream {@code fd} names (a file or a socket), or null when it is not open. */
    public static synchronized RawIO lookup(int fd) {
        expunge();
        Entry e = OPEN.get(fd);
        return e == null ? null : e.get();
    }

    /** Forgets {@code fd} if it still names {@code raw} (called when a non-file stream is closed). */
    public static synchronized void releaseAny(int fd, RawIO raw) {
        Entry e = OPEN.get(fd);
        if (e != null && e.get() == raw) {
            OPEN.remove(fd);
            e.clear();
        }
    }

    /** Forgets {@code fd} if it still names {@code raw}'s file (called when the file is closed). */
    static synchronized void release(int fd, ChannelRawIO raw) {
        Entry e = OPEN.get(fd);
        RawIO held = e == null ? null : e.get();
        if (held instanceof ChannelRawIO c && c.channel() == raw.channel()) {
            OPEN.remove(fd);
            e.clear();
        }
    }

    /** Every open descriptor number beyond the standard streams, ascending (for {@code os.closerange}). */
    public static synchronized int[] numbers() {
        expunge();
        return OPEN.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static void expunge() {
        for (Reference<? extends RawIO> r; (r = COLLECTED.poll()) != null; ) {
            Entry e = (Entry) r;
            if (OPEN.get(e.fd) == e) OPEN.remove(e.fd);
        }
    }
}
