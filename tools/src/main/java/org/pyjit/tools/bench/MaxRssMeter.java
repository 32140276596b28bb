package org.pyjit.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Measures a child process's peak resident set size by running it under GNU {@code time}
 * with {@code -f %M -o FILE}. GNU time waits for the child with {@code wait4} and writes the
 * kernel's {@code ru_maxrss} (KiB), so the number is exact and covers the whole life of the
 * process, including after an {@code exec} (launcher scripts that exec java or python count as
 * the final program). Polling {@code /proc/PID/status} instead would miss the peak of short
 * processes. Where no GNU time is installed, RSS is reported as unknown; times stay exact.
 */
public final class MaxRssMeter {
    private static final Path DEFAULT_TIME = Path.of("/usr/bin/time");

    private final Path timeProgram;

    private MaxRssMeter(Path timeProgram) {
        this.timeProgram = timeProgram;
    }

    /** A meter using {@code /usr/bin/time} when it is GNU time, else one that measures nothing. */
    public static MaxRssMeter detect() {
        return works(DEFAULT_TIME) ? new MaxRssMeter(DEFAULT_TIME) : new MaxRssMeter(null);
    }

    /** A meter that does not measure RSS (used when GNU time is missing). */
    public static MaxRssMeter none() {
        return new MaxRssMeter(null);
    }

    /** Whether this meter measures anything. */
    public boolean available() {
        return timeProgram != null;
    }

    /** One line for reports saying how RSS is measured. */
    public String method() {
        return available()
                ? "GNU time (" + timeProgram + " -f %M): ru_maxrss of the child from wait4, in KiB"
                : "not measured: GNU time (/usr/bin/time) is not installed";
    }

    /** The command that runs {@code command} and leaves its max RSS in {@code report}. */
    public List<String> wrap(List<String> command, Path report) {
        if (!available()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(timeProgram.toString(), "-f", "%M", "-o", report.toString()));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Reads the number GNU time left in {@code report}, if this meter measures and the file holds one. */
    public OptionalLong read(Path report) {
        if (!available() || !Files.isRegularFile(report)) {
            return OptionalLong.empty();
        }
        try {
            return parseReport(Files.readString(report));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The KiB figure in a GNU time report: its last line. Lines before it appear when the
     * child failed ("Command exited with non-zero status 1", "Command terminated by signal 9").
     */
    static OptionalLong parseReport(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(lines.getLast()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean works(Path time) {
        if (!Files.isExecutable(time) || !Files.isExecutable(Path.of("/bin/true"))) {
            return false;
        }
        Path report = null;
        try {
            report = Files.createTempFile("pyjit-bench-time", ".txt");
            Process probe = new ProcessBuilder(time.toString(), "-f", "%M", "-o", report.toString(), "/bin/true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!probe.waitFor(10, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return false;
            }
            return probe.exitValue() == 0 && new MaxRssMeter(time).read(report).isPresent();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            deleteQuietly(report);
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless
        }
    }
}
