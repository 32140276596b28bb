package org.pyjit.tools.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressLineTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void intoAFileEveryStepIsItsOwnLine() {
        ProgressLine progress = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        progress.show(1, 2, "nbody", "pyjit", "timed run 1/5");
        progress.show(1, 2, "nbody", "python3", "timed run 1/5");
        String[] lines = text().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].matches("\\[1/2] nbody \\| pyjit \\| timed run 1/5 \\| 0:0\\d"), lines[0]);
        assertFalse(text().contains("\r"));
    }

    @Test
    void onATerminalOneLineIsRewrittenAndClearedAtTheEnd() {
        ProgressLine progress = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        progress.show(1, 2, "a-long-benchmark-name", "pyjit", "checking output");
        progress.show(2, 2, "b", "pyjit", "checking output");
        progress.clear();
        String text = text();
        assertFalse(text.contains("\n"));
        // the shorter second line is padded so no characters of the first remain
        String second = text.split("\r")[2];
        assertEquals(text.split("\r")[1].length(), second.length());
        assertTrue(text.endsWith("\r"));
    }
}
