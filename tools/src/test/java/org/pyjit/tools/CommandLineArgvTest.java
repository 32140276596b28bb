package org.pyjit.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * End to end, against python3: the interpreter's own options end where the program starts ({@code -c CODE}, {@code -m MODULE}, a
 * script): what follows is the program's {@code sys.argv} even when it looks like one of pyjit's
 * options, as python3 treats it.
 */
class CommandLineArgvTest {
    @TempDir
    Path dir;

    @Test
    void optionsAfterDashCOrDashMArePassedThrough() {
        assertArrayEquals(new String[] {"-m", "unittest", "--", "-v", "x"},
                Main.endOptionsAtProgram(new String[] {"-m", "unittest", "-v", "x"}));
        assertArrayEquals(new String[] {"-X", "native=off", "-cpass", "--", "-s"},
                Main.endOptionsAtProgram(new String[] {"-X", "native=off", "-cpass", "-s"}));
        assertArrayEquals(new String[] {"-m", "json.tool"}, Main.endOptionsAtProgram(new String[] {"-m", "json.tool"}));
        assertArrayEquals(new String[] {"bench", "-s"}, Main.endOptionsAtProgram(new String[] {"bench", "-s"}));
        assertArrayEquals(new String[] {"prog.py", "-c", "x"}, Main.endOptionsAtProgram(new String[] {"prog.py", "-c", "x"}));
    }

    @Test
    void sysArgvMatchesPython3() throws Exception {
        Path mod = dir.resolve("showargs.py");
        Files.writeString(mod, "import sys\nprint(sys.argv[1:])\n");
        List<String[]> cases = List.of(
                new String[] {"-m", "showargs", "-v", "-s", "--version", "-X", "y"},
                new String[] {"-c", "import sys; print(sys.argv)", "-v", "-m", "z"},
                new String[] {"showargs.py", "-h", "-c", "q"},
                new String[] {"-cimport sys; print(sys.argv)", "-v"},
                new String[] {"-X", "native=off", "-mshowargs", "-s", "-h"});
        for (String[] args : cases) {
            assertEquals(run(python3(args)), run(pyjit(args)), String.join(" ", args));
        }
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PYJIT_CACHE_DIR", dir.resolve("cache").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        return p.exitValue() + "\n" + out;
    }
}
