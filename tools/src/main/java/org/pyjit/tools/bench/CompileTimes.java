package org.pyjit.tools.bench;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What pyjit's {@code -s} statistics say about baseline (tier 1) compilation in one run: how
 * many code objects were compiled, the total time, and the median and worst time per code object.
 *
 * @param compiles     code objects compiled to JVM classes
 * @param totalMillis  time spent compiling them
 * @param medianMicros median compile time of one code object
 * @param worstMicros  longest compile time of one code object
 */
public record CompileTimes(int compiles, double totalMillis, double medianMicros, double worstMicros) {
    /** The line {@code -s} prints, e.g. {@code baseline compiles 15 (52.0 ms; per code object median 1412 us, worst 26392 us)}. */
    private static final Pattern LINE = Pattern.compile(
            "baseline compiles\\s+(\\d+)\\s+\\(([\\d.]+) ms; per code object median ([\\d.]+) us, worst ([\\d.]+) us\\)");

    /** The compile times in a run's standard error, when it printed pyjit's statistics. */
    public static Optional<CompileTimes> parse(String stderr) {
        Matcher m = LINE.matcher(stderr);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new CompileTimes(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
    }
}
