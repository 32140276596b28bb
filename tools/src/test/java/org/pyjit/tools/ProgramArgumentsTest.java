package org.pyjit.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The picocli-free reading of program command lines, and what it leaves to picocli. */
class ProgramArgumentsTest {
    @Test
    void aScriptWithOptionsBeforeIt() {
        Main m = ProgramArguments.parse(new String[] {"-s", "-X", "native=always", "-Xbaseline=off", "-u", "prog.py", "-s", "x"});
        assertTrue(m.stats);
        assertEquals(List.of("native=always", "baseline=off"), m.xOptions);
        assertEquals(List.of("prog.py", "-s", "x"), m.rest, "options after the script are its arguments, as in python3");
    }

    @Test
    void commandAndModuleTakeTheRestAsArguments() {
        Main c = ProgramArguments.parse(new String[] {"-c", "print(1)", "a", "-s"});
        assertEquals("print(1)", c.command);
        assertEquals(List.of("a", "-s"), c.rest);
        Main m = ProgramArguments.parse(new String[] {"-s", "-m", "json.tool", "f.json"});
        assertEquals("json.tool", m.module);
        assertEquals(List.of("f.json"), m.rest);
        assertTrue(m.stats);
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        for (String[] args : List.of(new String[] {"cache", "stats"}, new String[] {"-s", "bench"}, new String[] {"-h"},
                new String[] {"--version"}, new String[] {"-"}, new String[] {"--", "prog.py"}, new String[] {"-us", "prog.py"},
                new String[] {"-X"}, new String[] {"-c"}, new String[] {"-s"}, new String[] {})) {
            assertNull(ProgramArguments.parse(args), String.join(" ", args));
        }
    }
}
