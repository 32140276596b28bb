package org.pyjit.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyjit.tools.TestCommands.pyjit;
import static org.pyjit.tools.TestCommands.python3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program on standard input ({@code pyjit < prog.py}, {@code pyjit - args}) and {@code -c}
 * tracebacks, compared with what python3 prints for the same command.
 */
class StandardInputProgramTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = """
            import sys
            print("argv", sys.argv, __name__, __file__)
            print(sys.path[0] == "", sys.stdin.read() == "")
            def f():
                raise ValueError("from stdin")
            f()
            """;

    private record Run(int status, String stdout, String stderr) {}

    private Run run(List<String> command, Path stdin) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("PYJIT_CACHE_DIR", dir.resolve("cache").toString());
        if (stdin != null) pb.redirectInput(stdin.toFile());
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "did not finish: " + command);
        return new Run(p.exitValue(), out, Files.readString(err));
    }



    private void assertSame(Run expected, Run actual) {
        assertEquals(expected.stdout(), actual.stdout());
        assertEquals(expected.stderr(), actual.stderr());
        assertEquals(expected.status(), actual.status());
    }

    @Test
    void aProgramOnStandardInputRunsAsPython3RunsIt() throws Exception {
        Path program = dir.resolve("prog.py");
        Files.writeString(program, PROGRAM);
        assertSame(run(python3(), program), run(pyjit(), program));
        assertSame(run(python3("-", "a", "b"), program), run(pyjit("-", "a", "b"), program));
    }

    @Test
    void aSyntaxErrorOnStandardInputIsReportedAsPython3ReportsIt() throws Exception {
        Path program = dir.resolve("bad.py");
        Files.writeString(program, "x = (1,\n");
        assertSame(run(python3(), program), run(pyjit(), program));
    }

    @Test
    void dashCTracebacksShowNoSourceLines() throws Exception {
        String code = "def f():\n    raise KeyError('k')\nf()";
        assertSame(run(python3("-c", code), null), run(pyjit("-c", code), null));
    }
}
