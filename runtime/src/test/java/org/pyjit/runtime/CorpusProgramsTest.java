package org.pyjit.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyjit.runtime.baseline.BaselineOptions;

/**
 * Runs every program of {@code test-corpus/} in this JVM (not one JVM per program) and compares
 * its stdout, stderr and exit status with what CPython 3.11 printed, failing with a readable diff.
 * Every program runs in each tier mode: interpreter only ({@code -X baseline=off}), baseline code
 * before the first call ({@code -X baseline=always}), and the default thresholds.
 */
class CorpusProgramsTest {
    static final Path CORPUS = Path.of("..", "test-corpus").toAbsolutePath().normalize();
    private static final long TIMEOUT_SECONDS = 60;

    @TestFactory
    Stream<DynamicNode> corpus() throws IOException {
        List<Path> programs = CorpusPrograms.list(CORPUS);
        if (programs.isEmpty()) fail("no corpus programs found under " + CORPUS);
        return Stream.of(BaselineOptions.Mode.OFF, BaselineOptions.Mode.ALWAYS, BaselineOptions.Mode.DEFAULT)
                .map(mode -> DynamicContainer.dynamicContainer("baseline=" + mode.name().toLowerCase(),
                        programs.stream().map(p -> DynamicTest.dynamicTest(
                                mode.name().toLowerCase() + " " + CORPUS.relativize(p), () -> check(p, mode)))));
    }

    private static void check(Path program, BaselineOptions.Mode mode) throws Exception {
        BaselineOptions.setMode(mode);
        try {
            check(program);
        } finally {
            BaselineOptions.setMode(BaselineOptions.Mode.DEFAULT);
        }
    }

    static void check(Path program) throws Exception {
        Path dir = program.getParent();
        String name = program.getFileName().toString();
        String stem = name.substring(0, name.length() - 3);
        byte[] stdin = Files.exists(dir.resolve(stem + ".in")) ? Files.readAllBytes(dir.resolve(stem + ".in")) : new byte[0];
        String expectedOut = read(dir.resolve(stem + ".out"));
        String expectedErr = read(dir.resolve(stem + ".err"));
        String exitText = read(dir.resolve(stem + ".exit")).strip();
        int expectedExit = exitText.isEmpty() ? 0 : Integer.parseInt(exitText);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] status = {-1};
        Throwable[] crash = {null};
        Thread t = new Thread(null, () -> {
            try {
                status[0] = PyRuntime.runIsolated(new PyRuntime.Script(program.toString()), List.of(name),
                        new PyRuntime.ProgramIO(stdin, out, err, dir));
            } catch (Throwable e) {
                crash[0] = e;
            }
        }, "corpus-" + stem, 1L << 30);
        t.setDaemon(true);
        t.start();
        t.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        if (t.isAlive()) fail(name + ": still running after " + TIMEOUT_SECONDS + " s");
        if (crash[0] != null) throw new AssertionError(name + ": the runtime threw " + crash[0], crash[0]);
        String prefix = dir.toString() + "/";
        String actualOut = out.toString(StandardCharsets.UTF_8).replace(prefix, "");
        String actualErr = err.toString(StandardCharsets.UTF_8).replace(prefix, "");
        List<String> problems = new ArrayList<>();
        if (!expectedOut.equals(actualOut)) problems.add("stdout differs:\n" + TextDiff.describe(expectedOut, actualOut));
        if (!expectedErr.equals(actualErr)) problems.add("stderr differs:\n" + TextDiff.describe(expectedErr, actualErr));
        if (status[0] != expectedExit) problems.add("exit status " + status[0] + ", CPython's " + expectedExit);
        if (!problems.isEmpty()) fail(name + ":\n" + String.join("\n", problems));
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }
}
