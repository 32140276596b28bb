package org.pyjit.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) reaching a running program: interrupting {@code time.sleep} with a
 * {@code KeyboardInterrupt} the program catches, then ending a busy loop with CPython's traceback
 * and exit status 130. Both pyjit and python3 are started through a python3 wrapper that restores
 * SIGINT's default action (a test JVM may have inherited an ignored SIGINT).
 */
class KeyboardInterruptTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = """
            import time
            def spin():
                n = 0
                while True:
                    n += 1
            print("ready", flush=True)
            try:
                time.sleep(60)
            except KeyboardInterrupt:
                print("sleep interrupted", flush=True)
            print("spinning", flush=True)
            spin()
            """;

    private record Run(int status, String stdout, String stderr) {}

    private Run interrupt(List<String> command) throws Exception {
        List<String> wrapped = new ArrayList<>(List.of("python3", "-c",
                "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])"));
        wrapped.addAll(command);
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(wrapped).directory(dir.toFile()).redirectError(err.toFile()).start();
        StringBuilder out = new StringBuilder();
        BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String wanted : List.of("ready", "spinning")) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.append(line).append('\n');
                if (line.equals(wanted)) break;
            }
            Thread.sleep(700);
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        }
        String line;
        while ((line = reader.readLine()) != null) out.append(line).append('\n');
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not end after Ctrl-C: " + command);
        return new Run(p.exitValue(), out.toString(), Files.readString(err));
    }

    @ParameterizedTest(name = "-X native={0}")
    @ValueSource(strings = {"off", "always"})
    void ctrlCRaisesKeyboardInterruptAsInCPython(String nativeMode) throws Exception {
        Files.writeString(dir.resolve("prog.py"), PROGRAM);
        Run expected = interrupt(List.of("python3", "prog.py"));
        // with native=always the busy loop runs as native code, which leaves at a loop header when asked
        List<String> pyjit = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dpyjit.home=" + System.getProperty("pyjit.home", "."),
                "-cp", System.getProperty("java.class.path"), "org.pyjit.tools.Main",
                "-X", "native=" + nativeMode, "prog.py"));
        Run actual = interrupt(pyjit);
        assertEquals(expected.stdout(), actual.stdout());
        assertEquals(expected.status(), actual.status());
        assertEquals(130, actual.status());
        // the same traceback shape; CPython names the script by its absolute path
        for (Run r : List.of(expected, actual)) {
            assertTrue(r.stderr().startsWith("Traceback (most recent call last):\n"), r.stderr());
            assertTrue(r.stderr().contains("prog.py\", line 12, in <module>\n    spin()\n"), r.stderr());
            assertTrue(r.stderr().contains(", in spin\n"), r.stderr());
            assertTrue(r.stderr().endsWith("\nKeyboardInterrupt\n"), r.stderr());
        }
    }
}
