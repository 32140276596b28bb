package org.pyjit.tools.bench;

import java.util.List;
import java.util.Optional;

/** Compares what an implementation printed with the expected output and says where they part. */
public final class OutputComparison {
    private static final int EXCERPT = 60;

    private OutputComparison() {}

    /** Empty when {@code actual} equals {@code expected}; else a short description of the first difference. */
    public static Optional<String> difference(String expected, String actual) {
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? quote(want.get(i)) : "end of output";
            String g = i < got.size() ? quote(got.get(i)) : "end of output";
            if (!w.equals(g)) {
                return Optional.of("line " + (i + 1) + ": expected " + w + ", got " + g);
            }
        }
        return Optional.of("outputs differ in line endings or a final newline");
    }

    private static String quote(String line) {
        String shown = line.length() > EXCERPT ? line.substring(0, EXCERPT) + "..." : line;
        return "\"" + shown + "\"";
    }
}
