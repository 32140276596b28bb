package org.pyjit.tools.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code pyjit bench}: runs benchmark programs under pyjit and the Pythons found on this
 * machine, prints a table, and writes {@code results.json}, {@code table.txt} and PNG charts.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times Python programs under pyjit and under python3, /usr/bin/python3 (when it is a "
                + "different build) and pypy3 (when installed), alternating runs, and reports median wall time, "
                + "min-max, max RSS and the ratio reference/pyjit with its geometric mean.",
                "A program whose output under pyjit differs from python3's is reported wrong and not timed."})
public final class BenchCommand implements Callable<Integer> {
    static final String RESULTS_JSON = "results.json";
    static final String TABLE_TEXT = "table.txt";
    /** The name of the reference {@code --native-off} adds. */
    static final String NATIVE_OFF = "pyjit native=off";

    @Parameters(paramLabel = "PROGRAM_OR_DIR", arity = "0..*",
            description = "Python files, or directories whose *.py files are benchmarks. "
                    + "Default: tools/bench/programs, unless only --group startup is asked for.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Timed runs per implementation (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "Untimed rounds first (default ${DEFAULT-VALUE}); the first also checks the output and is made even with 0.")
    int warmup;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "bench-results", description = "Where the JSON, table and charts go (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--group", paramLabel = "GROUP", description = "Also run a group of built-in benchmarks; 'startup' is the only one.")
    List<String> groups = new ArrayList<>();

    @Option(names = "--pyjit-command", paramLabel = "COMMAND",
            description = "Command that runs the implementation under test, split at spaces (default: bin/pyjit of this pyjit).")
    String pyjitCommand;

    @Option(names = "--reference", paramLabel = "NAME=COMMAND",
            description = "Another implementation to compare with, besides those found (repeatable).")
    List<String> extraReferences = new ArrayList<>();

    @Option(names = "--native-off",
            description = "Also time the implementation under test with -X native=off, as the reference 'pyjit native=off' "
                    + "(the native tier's effect, measured in the same run).")
    boolean nativeOff;

    @Option(names = "--variant", paramLabel = "NAME=ARGUMENTS",
            description = {"pyjit itself with extra leading arguments, compared like a reference (repeatable), "
                    + "e.g. --variant baseline-off='-X baseline=off'.",
                    "pyjit and its variants print their statistics (-s) in the checking run; the baseline compile "
                    + "times per code object are reported."})
    List<String> variants = new ArrayList<>();

    @Option(names = "--no-statistics", description = "Do not pass -s to pyjit in the checking run (for a --pyjit-command that is not pyjit).")
    boolean noStatistics;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600", description = "Longest one run may take (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @Option(names = "--cache-states", description = "Run each program (default: the start-up programs import_today, "
            + "import_heavy, hot_functions) with an empty PYJIT_CACHE_DIR, again (warm), and after 'pyjit aot --train', "
            + "python3 beside; writes cache-states.txt and .json.")
    boolean cacheStates;

    private final PrintStream stdout;
    private final PrintStream stderr;

    /** A command printing on the process's standard output and error. */
    public BenchCommand() {
        this(System.out, System.err);
    }

    /** A command printing on the given streams (for tests). */
    BenchCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Runs the harness until the pyjit command line wires {@code bench} in as a subcommand. */
    public static void main(String[] args) {
        System.exit(commandLine(new BenchCommand()).execute(args));
    }

    /** A picocli command line for {@code command} that reports failures without stack traces. */
    public static CommandLine commandLine(BenchCommand command) {
        CommandLine line = new CommandLine(command);
        line.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("pyjit bench: " + e.getMessage());
            return 1;
        });
        return line;
    }

    @Override
    public Integer call() {
        try {
            return benchmark();
        } catch (BenchException | IllegalArgumentException e) {
            stderr.println("pyjit bench: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            stderr.println("pyjit bench: cannot write results: " + e.getMessage());
            return 1;
        }
    }

    private int benchmark() throws IOException {
        BenchSettings settings = new BenchSettings(runs, warmup, Duration.ofSeconds(timeoutSeconds));
        List<Benchmark> benchmarks = benchmarks();
        ProgressLine progress = quiet ? ProgressLine.silent() : ProgressLine.onStandardError();
        Instant started = Instant.now();
        ImplementationFinder finder = new ImplementationFinder();
        List<String> statistics = noStatistics ? List.of() : List.of("-s");
        Implementation described = finder.describe(Implementation.UNDER_TEST, underTestCommand());
        Implementation underTest = new Implementation(described.name(), described.command(), described.version(), statistics);
        List<Implementation> references = new ArrayList<>(finder.findReferences());
        if (nativeOff) {
            List<String> command = new ArrayList<>(underTest.command());
            command.addAll(List.of("-X", "native=off"));
            references.add(new Implementation(NATIVE_OFF, command, underTest.version() + ", -X native=off"));
        }
        for (String variant : variants) {
            references.add(parseVariant(underTest, variant));
        }
        for (String reference : extraReferences) {
            references.add(parseReference(finder, reference));
        }
        finder.notes().forEach(note -> progress.note("note: " + note));
        MaxRssMeter rss = MaxRssMeter.detect();
        if (!rss.available()) {
            progress.note("note: max RSS " + rss.method());
        }
        ProcessRunner runner = new ProcessRunner(rss, settings.timeout());
        if (cacheStates) {
            return cacheStates(runner, progress, underTest, references);
        }
        List<BenchmarkResult> results = new BenchmarkHarness(runner, settings, progress).run(underTest, references, benchmarks);
        List<Implementation> all = new ArrayList<>();
        all.add(underTest);
        all.addAll(references);
        BenchReport report = new BenchReport(started, Instant.now(), MachineInfo.collect(), settings, rss.method(),
                all, finder.notes(), results);
        String table = ResultTable.format(report);
        stdout.print(table);
        write(report, table);
        return 0;
    }

    private int cacheStates(ProcessRunner runner, ProgressLine progress, Implementation underTest, List<Implementation> references)
            throws IOException {
        Implementation python3 = references.stream().filter(r -> r.name().equals("python3")).findFirst().orElse(null);
        List<Benchmark> programs = paths.isEmpty() ? BenchmarkCatalog.cacheStates(pyjitHome().resolve("tools/bench/startup"))
                : BenchmarkCatalog.programs(paths);
        List<CacheStatesBench.Measurement> measured = new CacheStatesBench(runner, progress, runs).run(underTest, python3, programs);
        String table = CacheStatesBench.table(measured);
        stdout.print(table);
        Files.createDirectories(out);
        Files.writeString(out.resolve("cache-states.txt"), table, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("cache-states.json"), CacheStatesBench.json(measured), StandardCharsets.UTF_8);
        stdout.println();
        stdout.println("results: " + out.resolve("cache-states.txt") + ", " + out.resolve("cache-states.json"));
        return 0;
    }

    private void write(BenchReport report, String table) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve(RESULTS_JSON), ResultJson.toJson(report), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(TABLE_TEXT), table, StandardCharsets.UTF_8);
        stdout.println();
        stdout.println("results: " + out.resolve(RESULTS_JSON) + ", " + out.resolve(TABLE_TEXT));
        try {
            List<Path> charts = ChartWriter.writeAll(report, out);
            stdout.println("charts:  " + String.join(", ", charts.stream().map(Path::toString).toList()));
        } catch (IOException | RuntimeException | LinkageError e) {
            // a machine without fonts or AWT libraries still gets the table and the JSON
            stdout.println("charts:  not written: " + e);
        }
    }

    private List<Benchmark> benchmarks() {
        Path home = pyjitHome();
        boolean startup = false;
        for (String group : groups) {
            if (!group.equals(BenchmarkGroup.STARTUP.label())) {
                throw new BenchException("unknown --group '" + group + "'; the only group is 'startup'");
            }
            startup = true;
        }
        List<Path> programPaths = paths.isEmpty() && !startup ? List.of(home.resolve("tools/bench/programs")) : paths;
        List<Benchmark> benchmarks = new ArrayList<>(BenchmarkCatalog.programs(programPaths));
        if (startup) {
            benchmarks.addAll(BenchmarkCatalog.startup(home.resolve("tools/bench/startup")));
        }
        if (benchmarks.isEmpty()) {
            throw new BenchException("no benchmarks: no .py files in " + programPaths);
        }
        return benchmarks;
    }

    private List<String> underTestCommand() {
        if (pyjitCommand != null) {
            List<String> command = Arrays.stream(pyjitCommand.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
            if (command.isEmpty()) {
                throw new BenchException("--pyjit-command is empty");
            }
            return command;
        }
        Path launcher = pyjitHome().resolve("bin/pyjit");
        if (!Files.isExecutable(launcher)) {
            throw new BenchException(launcher + " not found; give --pyjit-command or run from the pyjit directory");
        }
        return List.of(launcher.toString());
    }

    /** {@code NAME=ARGUMENTS}: the implementation under test with the arguments put before the program. */
    static Implementation parseVariant(Implementation underTest, String spec) {
        int equals = spec.indexOf('=');
        String name = equals <= 0 ? "" : spec.substring(0, equals).strip();
        if (name.isEmpty() || name.equals(underTest.name()) || spec.substring(equals + 1).isBlank()) {
            throw new BenchException("--variant wants NAME=ARGUMENTS with a new name, not '" + spec + "'");
        }
        List<String> command = new ArrayList<>(underTest.command());
        command.addAll(Arrays.stream(spec.substring(equals + 1).strip().split("\\s+")).toList());
        return new Implementation(name, command, underTest.version(), underTest.statisticsArguments());
    }

    private static Implementation parseReference(ImplementationFinder finder, String spec) {
        int equals = spec.indexOf('=');
        if (equals <= 0 || spec.substring(equals + 1).isBlank()) {
            throw new BenchException("--reference wants NAME=COMMAND, not '" + spec + "'");
        }
        List<String> command = Arrays.stream(spec.substring(equals + 1).strip().split("\\s+")).toList();
        return finder.describe(spec.substring(0, equals), command);
    }

    /** The pyjit directory: {@code -Dpyjit.home} (set by bin/pyjit and the Makefile), else the working directory. */
    private static Path pyjitHome() {
        String home = System.getProperty("pyjit.home");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }
}
