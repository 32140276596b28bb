package org.pyjit.tools.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Tells the person waiting what runs now: which benchmark, implementation and run, and the
 * time elapsed. On a terminal one line is rewritten in place with {@code \r}; into a file or
 * pipe each update is its own line, so logs stay readable.
 */
public final class ProgressLine {
    private final PrintStream out;
    private final boolean rewriteInPlace;
    private final long startNanos = System.nanoTime();
    private int shownLength;

    /** Progress written to {@code out}; {@code rewriteInPlace} when it is a terminal. */
    public ProgressLine(PrintStream out, boolean rewriteInPlace) {
        this.out = out;
        this.rewriteInPlace = rewriteInPlace;
    }

    /** Progress on standard error, rewritten in place when standard error is a terminal. */
    public static ProgressLine onStandardError() {
        return new ProgressLine(System.err, standardErrorIsTerminal());
    }

    /** Progress that goes nowhere (for tests and quiet runs). */
    public static ProgressLine silent() {
        return new ProgressLine(new PrintStream(PrintStream.nullOutputStream()), false);
    }

    /** Shows the current step, e.g. {@code [3/19] nbody | pyjit | timed run 2/5 | 0:41}. */
    public synchronized void show(int index, int total, String benchmark, String implementation, String step) {
        String text = "[" + index + "/" + total + "] " + benchmark + " | " + implementation + " | " + step
                + " | " + elapsed();
        if (rewriteInPlace) {
            int padding = Math.max(0, shownLength - text.length());
            out.print("\r" + text + " ".repeat(padding));
            shownLength = text.length();
        } else {
            out.println(text);
        }
        out.flush();
    }

    /** Prints a message on a line of its own, keeping the progress line intact below it. */
    public synchronized void note(String message) {
        clear();
        out.println(message);
        out.flush();
    }

    /** Removes the progress line (on a terminal), e.g. before the results are printed. */
    public synchronized void clear() {
        if (rewriteInPlace && shownLength > 0) {
            out.print("\r" + " ".repeat(shownLength) + "\r");
            out.flush();
            shownLength = 0;
        }
    }

    /** Time since this progress line was created, as m:ss or h:mm:ss. */
    public String elapsed() {
        Duration d = Duration.ofNanos(System.nanoTime() - startNanos);
        long hours = d.toHours();
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, d.toMinutesPart(), d.toSecondsPart())
                : String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
    }

    /**
     * Java has no isatty for standard error; on Linux, file descriptor 2 links to a
     * {@code /dev/pts/N} or {@code /dev/ttyN} device exactly when it is a terminal.
     */
    private static boolean standardErrorIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
