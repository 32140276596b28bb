package org.pyjit.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pyjit.tools.TestCommands.pyjit;
import static org.pyjit.tools.TestCommands.python3;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * faulthandler's dumps against python3's, with the native tier off and forced on (frames of natively
 * compiled callers must be on the stack it walks).
 */
class FaulthandlerTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = """
# faulthandler: the current thread's stack in CPython's format (thread ids masked: they differ by run)
import faulthandler, re, sys, tempfile, time


def show(text):
    print(re.sub(r"0x[0-9a-f]{16}", "0xTHREAD", text.replace(__file__, "PROG")), end="")


def inner(f, all_threads):
    faulthandler.dump_traceback(f, all_threads=all_threads)


def outer(f, all_threads):
    inner(f, all_threads)


with tempfile.TemporaryFile("w+") as f:
    outer(f, False)
    outer(f, True)
    f.seek(0)
    show(f.read())

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())
for bad in (0, -1):
    try:
        faulthandler.dump_traceback_later(bad)
    except ValueError as e:
        print("ValueError", e)

with tempfile.TemporaryFile("w+") as f:
    faulthandler.dump_traceback_later(0.2, file=f)
    time.sleep(0.6)
    faulthandler.dump_traceback_later(0.25, file=f)
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.4)
    f.seek(0)
    show(f.read())
""";

    private String run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PYJIT_CACHE_DIR", dir.resolve("cache").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        return p.exitValue() + "\n" + out;
    }

    @Test
    void dumpsMatchPython3() throws Exception {
        Files.writeString(dir.resolve("prog.py"), PROGRAM);
        String expected = run(python3("prog.py"));
        assertEquals(expected, run(pyjit("-X", "native=off", "prog.py")));
        assertEquals(expected, run(pyjit("-X", "native=always", "prog.py")));
    }
}
