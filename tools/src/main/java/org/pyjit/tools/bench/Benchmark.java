package org.pyjit.tools.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One thing to time: the arguments given to every implementation's command, run in a
 * working directory with extra environment variables.
 *
 * @param name             short name for tables and charts
 * @param group            which group's mean and chart it belongs to
 * @param arguments        appended to each implementation's command, e.g. a script path
 * @param workingDirectory where the processes start
 * @param environment      variables added to the inherited environment
 */
public record Benchmark(String name, BenchmarkGroup group, List<String> arguments,
                        Path workingDirectory, Map<String, String> environment) {

    public Benchmark {
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
    }

    /** A benchmark that runs one Python script from its own directory. */
    public static Benchmark script(String name, BenchmarkGroup group, Path script) {
        Path absolute = script.toAbsolutePath().normalize();
        Path directory = absolute.getParent() == null ? Path.of(".") : absolute.getParent();
        return new Benchmark(name, group, List.of(absolute.toString()), directory, Map.of());
    }
}
