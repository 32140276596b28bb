package org.pyjit.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.runtime.PyRuntime;

/** Where the standard library is looked for, and what happens when it is missing. */
class StdlibLocationTest {
    @Test
    void environmentWinsThenRecordThenHomeFileThenFallback(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("build"));
        Files.writeString(home.resolve("build/stdlib-path"), "/from/home/file\n");
        assertEquals("/env/lib", StdlibLocation.choose("/env/lib/", "/recorded", home.toString()));
        assertEquals("/recorded", StdlibLocation.choose(null, "/recorded", home.toString()));
        assertEquals("/from/home/file", StdlibLocation.choose("", " ", home.toString()));
        assertEquals(StdlibLocation.FALLBACK, StdlibLocation.choose(null, null, home.resolve("nowhere").toString()));
        assertEquals(StdlibLocation.FALLBACK, StdlibLocation.choose(null, null, null));
    }

    @Test
    void prefixIsTheInstallationAboveLibPython() {
        assertEquals("/usr", StdlibLocation.prefixOf("/usr/lib/python3.11"));
        assertEquals("/opt/py", StdlibLocation.prefixOf("/opt/py/lib/python3.11"));
        assertEquals("/somewhere/Lib", StdlibLocation.prefixOf("/somewhere/Lib"));
    }

    /**
     * Runs a program in a child JVM whose recorded library directory does not exist (a child, so
     * this JVM's runtime state stays as the other tests expect it).
     */
    @Test
    void missingLibraryGivesOneLineAndStatusOneButBuiltinModulesWork(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("uses_os.py");
        Files.writeString(script, "import math\nprint(math.floor(2.5))\nimport os\nprint('not reached')\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // as bin/pyjit runs it: the object cache (RocksDB) loads native code for the script's bytecode
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "-Dpyjit.stdlib.recorded=" + dir.resolve("no-library"), Child.class.getName(), script.toString());
        pb.environment().remove("PYJIT_STDLIB");
        pb.environment().put("PYJIT_CACHE_DIR", dir.resolve("cache").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), err);
        assertEquals("2\n", out);
        assertTrue(err.startsWith("pyjit: cannot import 'os': CPython 3.11's standard library was not found in "), err);
        assertTrue(err.contains("libpython3.11-stdlib") && err.contains("PYJIT_STDLIB"), err);
        assertEquals(1, err.split("\n").length, err);
    }

    /** The child process: runs the script given as its argument and exits with its status. */
    public static final class Child {
        public static void main(String[] args) {
            int status = PyRuntime.run(new PyRuntime.Script(args[0]), List.of(args[0]));
            System.out.flush();
            System.exit(status);
        }
    }
}
