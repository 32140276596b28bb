package org.pyjit.tools.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MaxRssMeterTest {
    @Test
    void reportsAreReadFromTheirLastLine() {
        assertEquals(OptionalLong.of(13360), MaxRssMeter.parseReport("13360\n"));
        assertEquals(OptionalLong.of(9024), MaxRssMeter.parseReport("Command exited with non-zero status 1\n9024\n"));
        assertEquals(OptionalLong.empty(), MaxRssMeter.parseReport(""));
        assertEquals(OptionalLong.empty(), MaxRssMeter.parseReport("time: cannot run nothing-here: No such file\n"));
    }

    @Test
    void aMeterWithoutGnuTimeLeavesCommandsAlone() {
        MaxRssMeter none = MaxRssMeter.none();
        assertEquals(List.of("python3", "x.py"), none.wrap(List.of("python3", "x.py"), Path.of("/tmp/r")));
        assertEquals(OptionalLong.empty(), none.read(Path.of("/tmp/r")));
    }
}
