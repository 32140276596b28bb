package org.pyjit.tools.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command as a separate process and times it from outside: standard input is
 * empty, standard output and error go to temporary files (so a chatty program cannot block
 * on a full pipe while being timed), and the wall time spans start to exit.
 */
public final class ProcessRunner {
    private static final int STDERR_EXCERPT = 200;

    private final MaxRssMeter rssMeter;
    private final Duration timeout;

    /** A runner that measures RSS with {@code rssMeter} and kills runs longer than {@code timeout}. */
    public ProcessRunner(MaxRssMeter rssMeter, Duration timeout) {
        this.rssMeter = rssMeter;
        this.timeout = timeout;
    }

    /** How this runner measures RSS, for reports. */
    public MaxRssMeter rssMeter() {
        return rssMeter;
    }

    /** Runs {@code command} in {@code directory} with {@code environment} added. Never throws for a failing program. */
    public ProcessOutcome run(List<String> command, Path directory, Map<String, String> environment) {
        Path out = null;
        Path err = null;
        Path rss = null;
        try {
            out = Files.createTempFile("pyjit-bench-out", ".txt");
            err = Files.createTempFile("pyjit-bench-err", ".txt");
            rss = Files.createTempFile("pyjit-bench-rss", ".txt");
            ProcessBuilder builder = new ProcessBuilder(rssMeter.wrap(command, rss))
                    .directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(environment);
            return runTimed(builder, command, out, err, rss);
        } catch (IOException e) {
            return new ProcessOutcome(-1, 0, OptionalLong.empty(), "", "could not run " + command.getFirst() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProcessOutcome(-1, 0, OptionalLong.empty(), "", "interrupted");
        } finally {
            MaxRssMeter.deleteQuietly(out);
            MaxRssMeter.deleteQuietly(err);
            MaxRssMeter.deleteQuietly(rss);
        }
    }

    private ProcessOutcome runTimed(ProcessBuilder builder, List<String> command, Path out, Path err, Path rss)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        long wall = System.nanoTime() - start;
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            return new ProcessOutcome(-1, wall, OptionalLong.empty(), "",
                    "timed out after " + timeout.toSeconds() + " s");
        }
        int exit = process.exitValue();
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        String problem = exit == 0 ? null : describeFailure(command, exit, stderr);
        return new ProcessOutcome(exit, wall, rssMeter.read(rss), stdout, problem, stderr);
    }

    private static String describeFailure(List<String> command, int exit, String stderr) {
        List<String> lines = stderr.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        String last = lines.isEmpty() ? "" : lines.getLast();
        if (last.length() > STDERR_EXCERPT) {
            last = last.substring(0, STDERR_EXCERPT) + "...";
        }
        String what = exit == 127 && last.contains("cannot run") ? "could not run " + command.getFirst()
                : "exit status " + exit;
        return last.isEmpty() ? what : what + ": " + last;
    }
}
