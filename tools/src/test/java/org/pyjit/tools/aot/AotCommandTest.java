package org.pyjit.tools.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pyjit aot} and warm starts, each run in a JVM of its own with a fresh cache directory:
 * the same output cold, warm and after {@code aot}; nothing compiled on a warm start; a content
 * edit invalidates exactly that module; a new ABI id invalidates everything.
 */
class AotCommandTest {
    @TempDir
    Path dir;

    private static final String HELPER = """
            def scale(v, k):
                return [x * k for x in v]
            """;

    private static final String MAIN = """
            import helper
            def step(i):
                return (i * 7 + 3) % 11
            total = 0
            for i in range(300):
                total += step(i)
            print(total, helper.scale([1, 2, 3], 4))
            """;

    /** The outcome of one child JVM. */
    private record Run(int status, String stdout, String stderr) {
        long stat(String name) {
            Matcher m = Pattern.compile("  " + Pattern.quote(name) + "\\s+(\\d+)").matcher(stderr);
            assertTrue(m.find(), "no '" + name + "' in -s output:\n" + stderr);
            return Long.parseLong(m.group(1));
        }
    }

    private Run pyjit(Path cache, Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-Dpyjit.home=" + System.getProperty("pyjit.home", "."));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.pyjit.tools.Main");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("PYJIT_CACHE_DIR", cache.toString());
        pb.environment().putAll(env);
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "pyjit did not finish");
        return new Run(p.exitValue(), out, Files.readString(err));
    }

    private Run pyjit(Path cache, String... args) throws IOException, InterruptedException {
        return pyjit(cache, Map.of(), List.of(), args);
    }

    private void writeProgram() throws IOException {
        Files.writeString(dir.resolve("helper.py"), HELPER);
        Files.writeString(dir.resolve("main.py"), MAIN);
    }

    @Test
    void coldWarmAndAotRunsPrintTheSameAndWarmRunsCompileNothing() throws Exception {
        writeProgram();
        Path cache = dir.resolve("cache");
        Run cold = pyjit(cache, "-s", "main.py");
        assertEquals(0, cold.status(), cold.stderr());
        assertEquals("1504 [4, 8, 12]\n", cold.stdout());
        assertEquals(2, cold.stat("modules compiled"));
        assertTrue(cold.stat("baseline compiles") >= 1, cold.stderr());

        Run warm = pyjit(cache, "-s", "main.py");
        assertEquals(cold.stdout(), warm.stdout());
        assertEquals(0, warm.stat("modules compiled"));
        assertEquals(2, warm.stat("modules from cache"));
        assertEquals(0, warm.stat("baseline compiles"));
        assertEquals(cold.stat("baseline compiles"), warm.stat("baseline classes cached"));
        // the loop entered tier 1 mid-run (OSR) when cold; the profile sends it there at its first run when warm
        assertTrue(cold.stat("OSR entries into tier 1") >= 1, cold.stderr());
        assertEquals(0, warm.stat("OSR entries into tier 1"));

        Path aotCache = dir.resolve("aot-cache");
        Run aot = pyjit(aotCache, "aot", "-q", "--train", "main.py");
        assertEquals(0, aot.status(), aot.stderr());
        assertTrue(aot.stdout().startsWith(cold.stdout()), aot.stdout());
        assertTrue(aot.stdout().contains("pyjit aot: done"), aot.stdout());
        Run afterAot = pyjit(aotCache, "-s", "main.py");
        assertEquals(cold.stdout(), afterAot.stdout());
        assertEquals(0, afterAot.stat("modules compiled"));
        assertEquals(0, afterAot.stat("baseline compiles"));
    }

    @Test
    void aotTrainingCompilesEveryUnitItsProgramQueuedSoTheNextRunCompilesNone() throws Exception {
        StringBuilder program = new StringBuilder();
        int functions = 8;
        for (int i = 0; i < functions; i++) {
            program.append("def f").append(i).append("(n, x):\n    s = 0\n    for k in range(n):\n")
                    .append("        s = (s * 31 + k + ").append(i).append(") % 1000003\n        x = x * 0.5 + 0.25\n")
                    .append("    return s + int(x)\n");
        }
        program.append("total = 0\nfor rep in range(400):\n");
        for (int i = 0; i < functions; i++) program.append("    total = (total + f").append(i).append("(150, rep * 0.5)) % 1000000007\n");
        program.append("print(total)\n");
        Files.writeString(dir.resolve("numeric.py"), program.toString());
        Path cache = dir.resolve("cache");
        Run aot = pyjit(cache, "aot", "-q", "--train", "numeric.py");
        assertEquals(0, aot.status(), aot.stderr());
        Run after = pyjit(cache, "-s", "numeric.py");
        assertEquals(0, after.status(), after.stderr());
        assertTrue(aot.stdout().startsWith(after.stdout()), aot.stdout());
        // the training program ends long before its queued compiles do; aot waits for them
        assertTrue(aot.stdout().contains("native: " + functions + " compiled"), aot.stdout() + aot.stderr());
        assertEquals(0, after.stat("native compiles"), after.stderr());
        assertEquals(functions, after.stat("native units linked"), after.stderr());
    }

    @Test
    void editingOneModuleRecompilesExactlyThatModule() throws Exception {
        writeProgram();
        Path cache = dir.resolve("cache");
        pyjit(cache, "main.py");
        // a new modification time alone changes nothing: the key is the content
        Files.setLastModifiedTime(dir.resolve("main.py"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Run touched = pyjit(cache, "-s", "main.py");
        assertEquals(0, touched.stat("modules compiled"));
        Files.writeString(dir.resolve("helper.py"), HELPER.replace("x * k", "k * x"));
        Run edited = pyjit(cache, "-s", "main.py");
        assertEquals("1504 [4, 8, 12]\n", edited.stdout());
        assertEquals(1, edited.stat("modules compiled"));
        assertEquals(1, edited.stat("modules from cache"));
    }

    @Test
    void anotherAbiIdInvalidatesEveryArtifact() throws Exception {
        writeProgram();
        Path cache = dir.resolve("cache");
        Run first = pyjit(cache, "-s", "main.py");
        Run other = pyjit(cache, Map.of(), List.of("-Dpyjit.abi-id=test-abi-2"), "-s", "main.py");
        assertEquals(first.stdout(), other.stdout());
        assertEquals(2, other.stat("modules compiled"));
        assertEquals(0, other.stat("modules from cache"));
        assertEquals(0, other.stat("baseline classes cached"));
        assertEquals(first.stat("baseline compiles"), other.stat("baseline compiles"));
    }

    @Test
    void stdlibCompilesEveryModuleAndReportsAndSkipsOnesThatDoNotCompile() throws Exception {
        Path lib = dir.resolve("lib");
        Files.createDirectories(lib.resolve("pkg"));
        Files.createDirectories(lib.resolve("test"));
        Files.writeString(lib.resolve("os.py"), "sep = '/'\n");
        Files.writeString(lib.resolve("a.py"), "def f():\n    return 1\n");
        Files.writeString(lib.resolve("pkg/__init__.py"), "");
        Files.writeString(lib.resolve("pkg/b.py"), "X = [i for i in range(3)]\n");
        Files.writeString(lib.resolve("bad.py"), "def broken(:\n    pass\n");
        Files.writeString(lib.resolve("test/test_a.py"), "import a\n");
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("PYJIT_STDLIB", lib.toString());
        Run first = pyjit(cache, env, List.of(), "aot", "--stdlib", "-q");
        assertEquals(0, first.status(), first.stderr());
        assertTrue(first.stdout().contains("4 compiled, 0 already cached, 1 skipped"), first.stdout());
        assertTrue(first.stderr().contains("skipped bad (") && first.stderr().contains("SyntaxError"), first.stderr());
        assertTrue(first.stdout().contains("added to cache     4 module bytecode"), first.stdout());
        Run again = pyjit(cache, env, List.of(), "aot", "--stdlib", "-q");
        assertTrue(again.stdout().contains("0 compiled, 4 already cached, 1 skipped"), again.stdout());
    }

    @Test
    void aModuleRunWithDashMStartsWarmToo() throws Exception {
        writeProgram();
        Path cache = dir.resolve("cache");
        Run cold = pyjit(cache, "-s", "-m", "main");
        assertEquals("1504 [4, 8, 12]\n", cold.stdout());
        assertEquals(2, cold.stat("modules compiled"));
        Run warm = pyjit(cache, "-s", "-m", "main");
        assertEquals(cold.stdout(), warm.stdout());
        assertEquals(0, warm.stat("modules compiled"));
        assertEquals(2, warm.stat("modules from cache"));
    }

    @Test
    void badUsageIsExitStatusTwo() throws Exception {
        Path cache = dir.resolve("cache");
        assertEquals(2, pyjit(cache, "aot").status());
        assertEquals(2, pyjit(cache, "aot", "--stdlib", "--opt-level", "7").status());
    }
}
