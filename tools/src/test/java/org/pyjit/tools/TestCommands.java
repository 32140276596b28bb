package org.pyjit.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
}
