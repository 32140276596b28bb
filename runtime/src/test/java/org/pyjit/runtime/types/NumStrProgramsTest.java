package org.pyjit.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyjit.runtime.PyRuntime;

/**
 * Whole programs exercising int, float, complex and str together with classes written in Python
 * (number protocols, subclasses of the builtin types, formatting hooks): each runs in this JVM
 * through the interpreter and must print exactly what {@code python3} prints for it.
 */
class NumStrProgramsTest {
    @TestFactory
    Stream<DynamicTest> programs() throws Exception {
        Path dir = Path.of(NumStrProgramsTest.class.getResource("/numstr").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path program) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("python3", program.getFileName().toString()).directory(program.getParent().toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PYTHONHASHSEED", "0");
        Process p = pb.start();
        String expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] status = {-1};
        Thread t = new Thread(null, () -> status[0] = PyRuntime.runIsolated(new PyRuntime.Script(program.toString()),
                List.of(program.getFileName().toString()), new PyRuntime.ProgramIO(new byte[0], out, err, program.getParent())),
                "numstr-program", 1L << 28);
        t.start();
        t.join(60_000);
        assertEquals(0, status[0], "exit status; stderr:\n" + err.toString(StandardCharsets.UTF_8));
        // stdout only: CPython's DeprecationWarnings on stderr are not modelled
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
    }

}
