package org.pyjit.runtime.io;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr} as CPython 3.11 sets them up:
 * UTF-8; stdout block-buffered unless it is a terminal (so {@code print} in a loop costs no
 * system call per line), stderr line-buffered with {@code backslashreplace}, and both flushed by
 * {@link #flushAll} at exit (the interpreter calls it; a shutdown hook is the safety net).
 */
public final class StandardStreams {
    private StandardStreams() {}

    /** The three text files of one configuration. */
    public record Streams(PyTextFile stdin, PyTextFile stdout, PyTextFile stderr) {}

    private static volatile Streams current;
    private static boolean hookInstalled;

    /** The process's standard streams, made on first use. */
    public static Streams get() {
        Streams s = current;
        if (s == null) {
            synchronized (StandardStreams.class) {
                if (current == null) current = forProcess();
                s = current;
            }
        }
        return s;
    }

    /** Replaces the standard streams (an embedder or a test capturing output); returns the old ones. */
    public static synchronized Streams set(Streams streams) {
        Streams old = current;
        current = streams;
        return old;
    }

    private static Streams forProcess() {
        String errors = stdioErrors();
        PyTextFile in = text(new ChannelRawIO(new FileInputStream(FileDescriptor.in).getChannel(), true, false, 0, false,
                isTerminal(0)), "<stdin>", "r", errors, false);
        boolean outTty = isTerminal(1);
        PyTextFile out = text(new ChannelRawIO(new FileOutputStream(FileDescriptor.out).getChannel(), false, true, 1, false,
                outTty), "<stdout>", "w", errors, outTty);
        PyTextFile err = text(new ChannelRawIO(new FileOutputStream(FileDescriptor.err).getChannel(), false, true, 2, false,
                isTerminal(2)), "<stderr>", "w", "backslashreplace", true);
        installShutdownHook();
        return new Streams(in, out, err);
    }

    /** Streams over Java streams (null for one that is not wanted), e.g. to capture a program's output. */
    public static Streams over(InputStream in, OutputStream out, OutputStream err) {
        PyTextFile i = in == null ? null : text(new StreamRawIO(in, null, 0, false), "<stdin>", "r", "strict", false);
        PyTextFile o = out == null ? null : text(new StreamRawIO(null, out, 1, false), "<stdout>", "w", "strict", false);
        PyTextFile e = err == null ? null : text(new StreamRawIO(null, err, 2, false), "<stderr>", "w", "backslashreplace", true);
        return new Streams(i, o, e);
    }

    private static PyTextFile text(RawIO raw, String name, String mode, String errors, boolean lineBuffered) {
        return new PyTextFile(new BufferedStream(raw, BufferedStream.DEFAULT_SIZE), name, mode, "utf-8", errors, null,
                lineBuffered, false);
    }

    /**
     * CPython uses {@code surrogateescape} for stdin/stdout under the C/POSIX locale and its UTF-8
     * variant (so undecodable bytes round-trip), {@code strict} under other locales.
     */
    static String stdioErrors() {
        String loc = firstSet(System.getenv("LC_ALL"), System.getenv("LC_CTYPE"), System.getenv("LANG"));
        if (loc == null) return "surrogateescape";
        String l = loc.toLowerCase(java.util.Locale.ROOT);
        return l.equals("c") || l.equals("posix") || l.startsWith("c.") ? "surrogateescape" : "strict";
    }

    private static String firstSet(String... values) {
        for (String v : values) if (v != null && !v.isEmpty()) return v;
        return null;
    }

    /** Whether descriptor {@code fd} is a terminal (Linux: its /proc link names a tty device). */
    public static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (Exception e) {
            java.io.Console c = System.console();
            return c != null && fd != 0 && c.isTerminal();
        }
    }

    /**
     * Writes out everything buffered in the standard streams and in files still open. Errors are
     * ignored (a closed pipe at exit has no one to report to).
     */
    public static void flushAll() {
        Streams s = current;
        if (s != null) {
            flushQuietly(s.stdout);
            flushQuietly(s.stderr);
        }
        OpenFiles.flushAll();
    }

    private static void flushQuietly(PyTextFile f) {
        if (f == null || f.isClosed()) return;
        try {
            f.flush();
        } catch (RuntimeException ignored) {
            // nothing to report to at exit
        }
    }

    private static synchronized void installShutdownHook() {
        if (hookInstalled) return;
        hookInstalled = true;
        Runtime.getRuntime().addShutdownHook(new Thread(StandardStreams::flushAll, "pyjit-flush"));
    }
}
