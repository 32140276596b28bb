package org.pyjit.runtime.modules.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.PyRuntime;
import org.pyjit.runtime.testutil.CPython;

/**
 * Writing and reading back awkward fields under every combination of quoting, doublequote,
 * escapechar, skipinitialspace and strict, fed to the reader whole and one character at a time:
 * pyjit's {@code _csv} must print what CPython's does, errors included.
 */
class CsvModuleTest {
    private static final String PROGRAM = """
            import csv, io, itertools
            fields = ['plain', 'a,b', 'say "hi"', 'line\\nbreak', 'cr\\rhere', ' lead', 'back\\\\slash', '', None, 3, 2.5,
                      'nul\\x00char', '\\u00e9\\U0001f600', "'single'"]
            rows = [fields[i:] + fields[:i] for i in range(0, len(fields), 3)] + [[''], []]
            for quoting, doublequote, escapechar, skip, strict in itertools.product(
                    range(4), (True, False), (None, '\\\\'), (False, True), (False, True)):
                opts = dict(quoting=quoting, doublequote=doublequote, escapechar=escapechar,
                            skipinitialspace=skip, strict=strict)
                out = io.StringIO()
                w = csv.writer(out, **opts)
                try:
                    for row in rows:
                        w.writerow(row)
                except csv.Error as e:
                    print(opts, 'write error', e)
                text = out.getvalue()
                print(opts, repr(text))
                for feed in (lambda t: io.StringIO(t, newline=''), lambda t: list(t)):
                    try:
                        print(list(csv.reader(feed(text), **opts)))
                    except (csv.Error, ValueError) as e:
                        print('read error', type(e).__name__, e)
            """;

    @Test
    void roundTripsPrintWhatCPythonPrints() throws IOException {
        String expected = CPython.run(PROGRAM);
        Path dir = Files.createTempDirectory("pyjit-csv");
        Path file = dir.resolve("csv_round_trips.py");
        Files.writeString(file, PROGRAM);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = PyRuntime.runIsolated(new PyRuntime.Script(file.toString()), List.of(file.getFileName().toString()),
                new PyRuntime.ProgramIO(new byte[0], out, err, dir));
        assertEquals("", err.toString(StandardCharsets.UTF_8), "stderr");
        assertEquals(0, status);
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
    }
}
