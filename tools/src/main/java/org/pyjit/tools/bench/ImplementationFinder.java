package org.pyjit.tools.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the reference implementations on this machine and asks each what it is:
 * {@code python3} from the {@code PATH} (required: its output defines the right output),
 * {@code /usr/bin/python3} when it is a different build, and {@code pypy3} when installed.
 * References are run through the executable they report ({@code sys.executable}), so
 * launcher shims such as pyenv's (which cost tens of milliseconds per start) are not timed.
 */
public final class ImplementationFinder {
    /** Prints the implementation's name, version, executable and full version string, one per line. */
    private static final String PROBE = "import sys; print(sys.implementation.name); "
            + "print('.'.join(map(str, sys.version_info[:3]))); print(sys.executable); "
            + "print(' '.join(sys.version.split()))";
    private static final Path SYSTEM_PYTHON = Path.of("/usr/bin/python3");

    private final ProcessRunner probeRunner = new ProcessRunner(MaxRssMeter.none(), Duration.ofSeconds(60));
    private final List<String> notes = new ArrayList<>();

    /** What one probe learned about a Python. */
    private record Probe(String implementation, String version, String executable, String fullVersion) {
        String describe() {
            return implementation + " " + version;
        }
    }

    /** Things found out while looking, e.g. that pypy3 is absent; for the report. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * The references, {@code python3} first.
     *
     * @throws BenchException when no working {@code python3} is on the {@code PATH}
     */
    public List<Implementation> findReferences() {
        Path python3 = onPath("python3").orElseThrow(() -> new BenchException(
                "python3 is not on the PATH; it is needed as the reference whose output defines right"));
        Probe main = probe(List.of(python3.toString())).orElseThrow(() -> new BenchException(
                "python3 (" + python3 + ") did not answer a version query"));
        List<Implementation> references = new ArrayList<>();
        references.add(new Implementation("python3", List.of(main.executable()), main.describe()));

        if (Files.isExecutable(SYSTEM_PYTHON)) {
            Optional<Probe> system = probe(List.of(SYSTEM_PYTHON.toString()));
            if (system.isPresent() && isDifferentBuild(main, system.get())) {
                references.add(new Implementation(SYSTEM_PYTHON.toString(), List.of(system.get().executable()),
                        system.get().describe()));
            } else if (system.isPresent()) {
                notes.add(SYSTEM_PYTHON + " is the same build as python3; compared once");
            }
        }
        Optional<Path> pypy = onPath("pypy3");
        Optional<Probe> pypyProbe = pypy.flatMap(path -> probe(List.of(path.toString())));
        if (pypyProbe.isPresent()) {
            references.add(new Implementation("pypy3", List.of(pypyProbe.get().executable()), pypyProbe.get().describe()));
        } else {
            notes.add(pypy.isPresent() ? "pypy3 is installed but did not answer a version query; compared without it"
                    : "pypy3 is not installed; compared without it");
        }
        return references;
    }

    /** An implementation run through {@code command} as given, with whatever version it reports. */
    public Implementation describe(String name, List<String> command) {
        String version = probe(command).map(Probe::describe).orElseGet(() -> firstLine(command, "--version"));
        return new Implementation(name, command, version);
    }

    private boolean isDifferentBuild(Probe a, Probe b) {
        return !a.fullVersion().equals(b.fullVersion()) || !realPath(a.executable()).equals(realPath(b.executable()));
    }

    private Optional<Probe> probe(List<String> command) {
        ProcessOutcome outcome = run(command, "-c", PROBE);
        if (!outcome.succeeded()) {
            return Optional.empty();
        }
        List<String> lines = outcome.stdout().lines().toList();
        if (lines.size() < 4 || lines.get(2).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Probe(lines.get(0), lines.get(1), lines.get(2), lines.get(3)));
    }

    private String firstLine(List<String> command, String argument) {
        ProcessOutcome outcome = run(command, argument);
        return outcome.succeeded() ? outcome.stdout().lines().findFirst().map(String::strip).orElse("unknown") : "unknown";
    }

    private ProcessOutcome run(List<String> command, String... arguments) {
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of(arguments));
        return probeRunner.run(full, Path.of(".").toAbsolutePath(), Map.of());
    }

    private static String realPath(String file) {
        try {
            return Path.of(file).toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return file;
        }
    }

    /** The first executable called {@code name} on the {@code PATH}. */
    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
