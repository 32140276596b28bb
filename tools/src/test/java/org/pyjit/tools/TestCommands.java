package org.pyjit.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Command lines for tests that run pyjit (this test JVM's classpath, in a new JVM) and python3 side by side. */
final class TestCommands {
    private TestCommands() {}

    /** {@code pyjit ARGS} as a new JVM on the test classpath. */
    static List<String> pyjit(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-Dpyjit.home=" + System.getProperty("pyjit.home", "."));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.pyjit.tools.Main");
        command.addAll(List.of(args));
        return command;
    }

    /** {@code python3 ARGS}: the reference implementation. */
    static List<String> python3(String... args) {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        return command;
    }

    /** What a finished command printed. */
    record Output(String stdout, String stderr) {}

    /**
     * Runs {@code command} in {@code dir} with {@code PYJIT_CACHE_DIR=dir/cache}, asserts it finished
     * within two minutes with status 0, and returns what it printed.
     */
    static Output runWithCache(Path dir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("PYJIT_CACHE_DIR", dir.resolve("cache").toString());
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "did not finish");
        assertEquals(0, p.exitValue(), Files.readString(err));
        return new Output(out, Files.readString(err));
    }
}
