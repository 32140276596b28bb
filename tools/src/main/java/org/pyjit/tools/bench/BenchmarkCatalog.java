package org.pyjit.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns what the user named into benchmarks: {@code .py} files as given, directories as
 * the {@code .py} files directly inside them (sorted by name), and the start-up group.
 */
public final class BenchmarkCatalog {
    private BenchmarkCatalog() {}

    /**
     * The programs in {@code paths}: each file, and each directory's {@code *.py} files.
     *
     * @throws BenchException when a path does not exist or is neither a .py file nor a directory
     */
    public static List<Benchmark> programs(List<Path> paths) {
        List<Benchmark> benchmarks = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(BenchmarkCatalog::isPythonFile).sorted()
                            .forEach(file -> benchmarks.add(program(file)));
                } catch (IOException e) {
                    throw new BenchException("cannot list " + path + ": " + e.getMessage(), e);
                }
            } else if (isPythonFile(path)) {
                benchmarks.add(program(path));
            } else if (Files.exists(path)) {
                throw new BenchException(path + " is neither a .py file nor a directory");
            } else {
                throw new BenchException(path + " does not exist");
            }
        }
        return benchmarks;
    }

    /**
     * The start-up group: an empty program given with {@code -c}, a hello-world script and a
     * script that imports much of the standard library, all found in {@code startupDirectory}.
     */
    public static List<Benchmark> startup(Path startupDirectory) {
        Path directory = startupDirectory.toAbsolutePath().normalize();
        for (String script : List.of("hello.py", "import_heavy.py")) {
            if (!Files.isRegularFile(directory.resolve(script))) {
                throw new BenchException("start-up script " + directory.resolve(script) + " is missing");
            }
        }
        List<Benchmark> group = new ArrayList<>();
        group.add(new Benchmark("-c pass", BenchmarkGroup.STARTUP, List.of("-c", "pass"), directory, Map.of()));
        group.add(Benchmark.script("hello", BenchmarkGroup.STARTUP, directory.resolve("hello.py")));
        group.add(Benchmark.script("import_heavy", BenchmarkGroup.STARTUP, directory.resolve("import_heavy.py")));
        group.addAll(cacheStartup(directory));
        return group;
    }

    /**
     * The programs of {@code pyjit bench --cache-states}: imports pyjit runs today, the full
     * import-heavy script (needs {@code match} for dataclasses and logging), and 90 hot functions
     * with the native tier forced on (PYJIT_NATIVE=always) so that native compiles show.
     */
    public static List<Benchmark> cacheStates(Path startupDirectory) {
        Path directory = startupDirectory.toAbsolutePath().normalize();
        List<Benchmark> group = new ArrayList<>();
        for (String script : List.of("import_today.py", "import_heavy.py", "hot_functions.py")) {
            if (!Files.isRegularFile(directory.resolve(script))) {
                throw new BenchException("start-up script " + directory.resolve(script) + " is missing");
            }
        }
        group.add(Benchmark.script("import_today", BenchmarkGroup.STARTUP, directory.resolve("import_today.py")));
        group.add(Benchmark.script("import_heavy", BenchmarkGroup.STARTUP, directory.resolve("import_heavy.py")));
        Benchmark hot = Benchmark.script("hot_functions", BenchmarkGroup.STARTUP, directory.resolve("hot_functions.py"));
        group.add(new Benchmark(hot.name(), hot.group(), hot.arguments(), hot.workingDirectory(), Map.of("PYJIT_NATIVE", "always")));
        return group;
    }

    /*
     * HOOK: cold versus warm object cache (issue 6). Once the native tier exists, return two
     * benchmarks of one program here (say directory/"cache_program.py", a few hot loops):
     *  - "cold cache": environment PYJIT_CACHE_DIR = a fresh, empty directory for every run;
     *    this needs a per-run setup step in BenchmarkHarness (create the directory before the
     *    run, delete it after), which does not exist yet;
     *  - "warm cache": PYJIT_CACHE_DIR = one directory the checking round filled.
     * References ignore PYJIT_CACHE_DIR, so they give the baseline for both.
     */
    private static List<Benchmark> cacheStartup(Path directory) {
        return List.of();
    }

    private static Benchmark program(Path file) {
        String name = file.getFileName().toString();
        return Benchmark.script(name.substring(0, name.length() - ".py".length()), BenchmarkGroup.PROGRAMS, file);
    }

    private static boolean isPythonFile(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".py");
    }
}
