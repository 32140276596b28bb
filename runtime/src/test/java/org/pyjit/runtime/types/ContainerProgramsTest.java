package org.pyjit.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyjit.runtime.PyRuntime;

/**
 * Whole programs exercising the containers (random set/dict/list operations, large sets,
 * subclasses) run by pyjit's interpreter and by python3: the outputs must be identical.
 */
class ContainerProgramsTest {

    @ParameterizedTest
    @ValueSource(strings = {"set_dict_fuzz.py", "large_sets.py", "subclasses.py"})
    void programPrintsWhatCPythonPrints(String name) throws IOException {
        String source;
        try (InputStream in = getClass().getResourceAsStream("programs/" + name)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String expected = String.join("\n", Python3Batch.run(source));
        Path dir = Files.createTempDirectory("pyjit-containers");
        Path file = dir.resolve(name);
        Files.writeString(file, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = PyRuntime.runIsolated(new PyRuntime.Script(file.toString()), List.of(name),
                new PyRuntime.ProgramIO(new byte[0], out, err, dir));
        assertEquals("", err.toString(StandardCharsets.UTF_8), "stderr");
        assertEquals(0, status);
        assertEquals(expected, out.toString(StandardCharsets.UTF_8).stripTrailing());
    }
}
