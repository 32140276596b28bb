package org.pyjit.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyjit.tools.TestCommands.pyjit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regular-expression programs come from the object cache in a later run (RegexProgramCache) and
 * behave as freshly compiled ones: the same groups, names, flags and matches as CPython, the
 * parser's warnings still given, and errors still raised.
 */
class RegexProgramCacheTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = """
            import re, warnings
            warnings.simplefilter("always")
            patterns = [
                (r"(?P<year>\\d{4})-(?P<month>\\d\\d)(?:-(\\d\\d))?", 0, "on 2024-05-17 and 1999-12"),
                (r"(?i)hello\\s+(world|there)", 0, "HeLLo   World"),
                (r"^\\w+$", re.MULTILINE | re.ASCII, "one\\ntwo words\\nthree"),
                (rb"(?P<k>[a-z]+)=(?P<v>\\d+)", 0, b"a=1 bb=22"),
                (r"[[a]]", 0, "[a]]"),
                (r"x{2,3}?y", re.VERBOSE, "xxxy"),
            ]
            for text, flags, subject in patterns:
                p = re.compile(text, flags)
                print(p.pattern, p.flags, p.groups, dict(p.groupindex))
                print([m.group(0) for m in p.finditer(subject)], [m.groups() for m in p.finditer(subject)])
                print([m.groupdict() for m in p.finditer(subject)])
            try:
                re.compile(r"(unclosed")
            except re.error as e:
                print("error:", e)
            print(re.sub(r"(\\w)(\\w*)", lambda m: m.group(1).upper() + m.group(2), "regex programs from the cache"))
            """;

    private static int regexPrograms(TestCommands.Output r) {
        Matcher m = Pattern.compile("regex programs (\\d+)\\)").matcher(r.stderr());
        assertTrue(m.find(), r.stderr());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aWarmRunRebuildsPatternsFromTheCacheWithCPythonsBehaviour() throws Exception {
        Path script = Files.writeString(dir.resolve("regexes.py"), PROGRAM);
        TestCommands.Output expected = TestCommands.runWithCache(dir, TestCommands.python3(script.toString()));
        TestCommands.Output cold = TestCommands.runWithCache(dir, pyjit("-s", script.toString()));
        TestCommands.Output warm = TestCommands.runWithCache(dir, pyjit("-s", script.toString()));
        assertEquals(expected.stdout(), cold.stdout());
        assertEquals(expected.stdout(), warm.stdout());
        assertTrue(regexPrograms(warm) >= 5, "the program's own patterns come from the cache:\n" + warm.stderr());
        assertTrue(regexPrograms(warm) > regexPrograms(cold), cold.stderr() + "\n" + warm.stderr());
        for (TestCommands.Output r : List.of(cold, warm)) {
            assertTrue(r.stderr().contains("FutureWarning: Possible nested set at position 1"), r.stderr());
        }
    }
}
