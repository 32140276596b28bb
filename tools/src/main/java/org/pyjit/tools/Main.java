package org.pyjit.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pyjit.runtime.PyRuntime;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code pyjit} command line: {@code pyjit FILE.py [args]}, {@code -c CODE}, {@code -m MODULE}
 * behave like {@code python3}; subcommands for the tools ({@code dis}, …).
 */
@Command(name = "pyjit", subcommands = {DisCommand.class, org.pyjit.tools.bench.BenchCommand.class,
        org.pyjit.tools.cache.CacheCommand.class, org.pyjit.tools.aot.AotCommand.class},
        description = "Python 3.11 on the JVM with a persistent native-code cache.",
        footer = "Subcommands take precedence over a script of the same name.")
public final class Main implements Callable<Integer> {
    @Option(names = "-c", paramLabel = "CODE", description = "program passed in as a string")
    String command;

    @Option(names = "-m", paramLabel = "MODULE", description = "run library module as a script")
    String module;

    @Option(names = "-X", paramLabel = "OPTION", description = "implementation-specific option (tiers, thresholds)")
    List<String> xOptions = new ArrayList<>();

    @Option(names = "-s", description = "print runtime statistics at exit")
    boolean stats;

    @Option(names = {"-u", "-B", "-E", "-I", "-S"}, description = "accepted for python3 compatibility", hidden = true)
    boolean ignored;

    @Option(names = {"-V", "--version"}, description = "print the Python version and exit")
    boolean version;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    @Parameters(paramLabel = "FILE ARGS", description = "the script and its arguments")
    List<String> rest = new ArrayList<>();

    @Override
    public Integer call() {
        if (version) {
            System.out.println("Python 3.11.7 (pyjit 0.1.0)");
            return 0;
        }
        List<String> argv = new ArrayList<>();
        PyRuntime.MainProgram program;
        if (command != null) {
            argv.add("-c");
            argv.addAll(rest);
            program = new PyRuntime.Command(command);
        } else if (module != null) {
            argv.add(module);
            argv.addAll(rest);
            program = new PyRuntime.ModuleName(module);
        } else if (!rest.isEmpty() && !rest.get(0).equals("-")) {
            argv.addAll(rest);
            program = new PyRuntime.Script(rest.get(0));
        } else if (!rest.isEmpty() || !stdinIsTerminal()) {
            // as python3 does: `pyjit - args` and `pyjit < prog.py` run the program read from stdin
            argv.addAll(rest.isEmpty() ? List.of("") : rest);
            try {
                program = new PyRuntime.StandardInput(System.in.readAllBytes());
            } catch (java.io.IOException e) {
                System.err.println("pyjit: cannot read the program from standard input: " + e.getMessage());
                return 2;
            }
        } else {
            System.err.println("pyjit: the interactive prompt is not supported; give a FILE, -c CODE, -m MODULE or a program on stdin");
            return 2;
        }
        for (String x : xOptions) {
            try {
                applyXOption(x);
            } catch (IllegalArgumentException bad) {
                System.err.println("pyjit: " + bad.getMessage());
                return 2;
            }
        }
        if (xOptions.contains("stats")) stats = true;
        int status = PyRuntime.run(program, argv);
        if (stats) System.err.print(org.pyjit.runtime.stats.RuntimeStatistics.report());
        return status;
    }

    /** {@code -X NAME[=VALUE]}: pyjit's implementation options; unknown ones are ignored, as CPython does. */
    public static void applyXOption(String x) {
        String name = x.contains("=") ? x.substring(0, x.indexOf('=')) : x;
        String value = x.contains("=") ? x.substring(x.indexOf('=') + 1) : "on";
        switch (name) {
            case "cache" -> org.pyjit.runtime.cache.RuntimeCache.setEnabled(!value.equals("off"));
            case "native" -> org.pyjit.runtime.nativecode.NativeTier.configure(value);
            // read by the native tier; part of the native object's key (pyjit aot --opt-level)
            case "native-opt-level" -> System.setProperty(org.pyjit.tools.aot.AotCommand.NATIVE_OPT_LEVEL_PROPERTY, value);
            case "native-cpu" -> org.pyjit.compiler.llvm.NativeCpu.select(value);
            case "remote-cache", "remote-cache-key-file", "remote-cache-timeout" ->
                    org.pyjit.runtime.cache.RuntimeCache.applyRemoteOption(name, value);
            case "native-threshold" -> {
                String[] parts = value.split(",");
                try {
                    int calls = Integer.parseInt(parts[0].trim());
                    int backEdges = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : calls * 5 / 3;
                    org.pyjit.runtime.nativecode.NativeTier.setThresholds(calls, backEdges);
                } catch (NumberFormatException e) {
                    // ignored, as unknown -X values are
                }
            }
            case "native-exit-compile" -> {
                try {
                    org.pyjit.runtime.nativecode.ExitCompiles.setBudgetMillis(value.equals("off") ? 0 : Long.parseLong(value.trim()));
                } catch (NumberFormatException e) {
                    // ignored, as unknown -X values are
                }
            }
            default -> org.pyjit.runtime.baseline.BaselineOptions.applyOption(name, value);
        }
    }

    /** Whether standard input is an interactive terminal (then python3 would start its prompt). */
    private static boolean stdinIsTerminal() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }

    /**
     * As python3 does, the interpreter's options end at {@code -c CODE} and {@code -m MODULE}: what follows
     * is the program's {@code sys.argv} even when it looks like an option ({@code -m unittest -v}), so an
     * end-of-options marker is inserted there for picocli (the forms {@link ProgramArguments} leaves to it,
     * such as {@code -cCODE}). A script name already ends them: stop at positional.
     */
    static String[] endOptionsAtProgram(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-X")) {
                i++;
            } else if (a.equals("-c") || a.equals("-m") || (a.length() > 2 && (a.startsWith("-c") || a.startsWith("-m")))) {
                int end = a.length() == 2 ? i + 2 : i + 1;
                if (end >= args.length) return args;
                List<String> out = new ArrayList<>(List.of(args).subList(0, end));
                out.add("--");
                out.addAll(List.of(args).subList(end, args.length));
                return out.toArray(String[]::new);
            } else if (!a.startsWith("-") || a.equals("-") || a.equals("--")) {
                return args;
            }
        }
        return args;
    }

    public static void main(String[] args) {
        Main simple = ProgramArguments.parse(args);
        int status = simple != null ? simple.call() : runWithPicocli(args);
        System.out.flush();
        System.exit(status);
    }

    private static int runWithPicocli(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        // python3's rule (options end at the script name) is for running programs, not for the tools
        cl.setStopAtPositional(true);
        cl.getSubcommands().values().forEach(sub -> sub.setStopAtPositional(false));
        cl.setUnmatchedOptionsArePositionalParams(false);
        return cl.execute(endOptionsAtProgram(args));
    }
}
