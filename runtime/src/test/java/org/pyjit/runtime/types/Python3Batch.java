package org.pyjit.runtime.types;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one script under {@code python3} (CPython 3.11, the reference) and returns its output
 * lines, so a test class can compute all its expected values in a single process.
 */
public final class Python3Batch {
    private Python3Batch() {}

    /** The stdout lines of {@code python3} running {@code script}; fails the test on a non-zero exit. */
    public static List<String> run(String script) {
        try {
            // the script goes through stdin: batches are too long for a command-line argument
            ProcessBuilder pb = new ProcessBuilder("python3", "-");
            pb.environment().put("PYTHONHASHSEED", "0"); // str hashes as pyjit's (and the corpus's)
            Process p = pb.start();
            try (var in = p.getOutputStream()) {
                in.write(script.getBytes(StandardCharsets.UTF_8));
            }
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("python3 failed: " + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("cannot run python3", e);
        }
    }

    /** A Python string literal for {@code s} (for embedding Java-side expressions into a script). */
    public static String literal(String s) {
        StringBuilder b = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '\'') b.append('\\');
            if (c == '\n') b.append("\\n");
            else b.append(c);
        }
        return b.append('\'').toString();
    }
}
