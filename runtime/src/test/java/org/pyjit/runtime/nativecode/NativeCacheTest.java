package org.pyjit.runtime.nativecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two separate JVMs share a fresh cache directory: the second links every unit from the cache. */
class NativeCacheTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = """
            import math
            def fib(n):
                if n < 2:
                    return n
                return fib(n - 1) + fib(n - 2)
            def norm(x, y):
                return math.sqrt(x * x + y * y)
            def total(n):
                s = 0.0
                for i in range(n):
                    s += norm(i, i + 1)
                return s
            print(fib(20), total(1000))
            """;

    private String run(Path cacheDir, Path program) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                CacheRunMain.class.getName(), program.toString());
        pb.environment().put("PYJIT_CACHE_DIR", cacheDir.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run did not finish");
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String line(String output, String prefix) {
        return output.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError("no " + prefix + " in\n" + output));
    }

    @Test
    void secondRunCompilesNothing() throws Exception {
        Path program = dir.resolve("prog.py");
        Files.writeString(program, PROGRAM);
        Path cache = dir.resolve("cache");
        String first = run(cache, program);
        String second = run(cache, program);
        List<String> out1 = first.lines().filter(l -> !l.startsWith("NATIVE")).toList();
        List<String> out2 = second.lines().filter(l -> !l.startsWith("NATIVE")).toList();
        assertEquals(out1, out2);
        String expected = NativePrograms.cpython(dir, PROGRAM).out().strip();
        assertEquals(List.of(expected), out1);
        String s1 = line(first, "NATIVE"), s2 = line(second, "NATIVE");
        assertTrue(s1.matches("NATIVE compiles=[1-9]\\d* misses=[1-9]\\d* linked=[1-9]\\d* status=0"), s1);
        String linked1 = s1.replaceAll(".*linked=(\\d+).*", "$1");
        assertEquals("NATIVE compiles=0 misses=0 linked=" + linked1 + " status=0", s2);
    }
}
