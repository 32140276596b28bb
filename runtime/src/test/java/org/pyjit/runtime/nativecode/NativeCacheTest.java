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
        return run(cacheDir, program, "always");
    }

    private String run(Path cacheDir, Path program, String mode) throws IOException, InterruptedException {
        return run(cacheDir, program, mode, null);
    }

    private String run(Path cacheDir, Path program, String mode, Path irDump) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                CacheRunMain.class.getName(), program.toString(), mode);
        pb.environment().put("PYJIT_CACHE_DIR", cacheDir.toString());
        if (irDump != null) pb.environment().put("PYJIT_NATIVE_DUMP", irDump.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run did not finish");
        return new String(out, StandardCharsets.UTF_8);
    }

    private static List<String> programOutput(String output) {
        return output.lines().filter(l -> !l.startsWith("NATIVE") && !l.startsWith("MAPS") && !l.startsWith("REASONS")
                && !l.startsWith("WARM")).toList();
    }

    /** Flips one byte of every stored native object, as a disk error would. */
    private static int corruptObjects(Path cacheDir) throws Exception {
        org.rocksdb.RocksDB.loadLibrary();
        String db = cacheDir.resolve("db").toString();
        int damaged = 0;
        try (org.rocksdb.Options options = new org.rocksdb.Options()) {
            List<byte[]> names = org.rocksdb.RocksDB.listColumnFamilies(options, db);
            List<org.rocksdb.ColumnFamilyDescriptor> descriptors = names.stream().map(org.rocksdb.ColumnFamilyDescriptor::new).toList();
            List<org.rocksdb.ColumnFamilyHandle> handles = new java.util.ArrayList<>();
            try (org.rocksdb.DBOptions dbOptions = new org.rocksdb.DBOptions();
                 org.rocksdb.RocksDB rocks = org.rocksdb.RocksDB.open(dbOptions, db, descriptors, handles)) {
                for (int i = 0; i < names.size(); i++) {
                    if (!new String(names.get(i), StandardCharsets.UTF_8).equals("objects")) continue;
                    List<byte[][]> entries = new java.util.ArrayList<>();
                    try (org.rocksdb.RocksIterator it = rocks.newIterator(handles.get(i))) {
                        for (it.seekToFirst(); it.isValid(); it.next()) entries.add(new byte[][] {it.key(), it.value()});
                    }
                    for (byte[][] e : entries) {
                        e[1][e[1].length - 3] ^= 0x5a;
                        rocks.put(handles.get(i), e[0], e[1]);
                        damaged++;
                    }
                }
                handles.forEach(org.rocksdb.ColumnFamilyHandle::close);
            }
        }
        return damaged;
    }

    @Test
    void aCorruptedEntryIsAMissRecompiledWithTheSameOutput() throws Exception {
        Path program = dir.resolve("prog.py");
        Files.writeString(program, PROGRAM);
        Path cache = dir.resolve("cache");
        String first = run(cache, program);
        assertTrue(corruptObjects(cache) > 0, "the first run stored objects");
        String second = run(cache, program);
        assertEquals(programOutput(first), programOutput(second));
        assertTrue(line(second, "REASONS").contains("corrupt="), second);
        assertTrue(line(second, "NATIVE").matches("NATIVE compiles=[1-9]\\d* .*"), second);
        String third = run(cache, program);
        assertTrue(line(third, "NATIVE").startsWith("NATIVE compiles=0 misses=0 "), third);
        assertEquals(programOutput(first), programOutput(third));
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
        List<String> out1 = programOutput(first);
        List<String> out2 = programOutput(second);
        assertEquals(out1, out2);
        String expected = NativePrograms.cpython(dir, PROGRAM).out().strip();
        assertEquals(List.of(expected), out1);
        String s1 = line(first, "NATIVE"), s2 = line(second, "NATIVE");
        assertTrue(s1.matches("NATIVE compiles=[1-9]\\d* misses=[1-9]\\d* linked=[1-9]\\d* status=0"), s1);
        String linked1 = s1.replaceAll(".*linked=(\\d+).*", "$1");
        assertEquals("NATIVE compiles=0 misses=0 linked=" + linked1 + " status=0", s2);
        assertEquals("MAPS llvm=true rocksdb=true", line(second, "MAPS"));
    }

    @Test
    void aProgramWithNothingHotLoadsNoLlvm() throws Exception {
        Path program = dir.resolve("pass.py");
        Files.writeString(program, "def f(x):\n    return x + 1\nprint(f(1))\n");
        String out = run(dir.resolve("cache"), program, "on");
        assertEquals("2", out.lines().findFirst().orElse(""));
        // RocksDB does load: the script's own bytecode is cached (a warm start skips the parser)
        assertEquals("MAPS llvm=false rocksdb=true", line(out, "MAPS"));
    }

    @Test
    void twoProcessesWriteByteIdenticalIr() throws Exception {
        Path program = dir.resolve("prog.py");
        Files.writeString(program, PROGRAM);
        Path ir1 = dir.resolve("ir1"), ir2 = dir.resolve("ir2");
        run(dir.resolve("cache1"), program, "always", ir1);
        run(dir.resolve("cache2"), program, "always", ir2);
        List<String> names;
        try (var files = Files.list(ir1)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(!names.isEmpty(), "the first run dumped no IR");
        try (var files = Files.list(ir2)) {
            assertEquals(names, files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String name : names) {
            assertEquals(Files.readString(ir1.resolve(name)), Files.readString(ir2.resolve(name)), name + " differs between the two processes");
        }
    }

    @Test
    void aFunctionCompiledInAnEarlierRunIsLinkedAtItsFirstCall() throws Exception {
        String source = """
                import os
                def poly(x, y):
                    return x * x + 3 * y - 1
                t = 0
                for i in range(20000):
                    t += poly(i, 2)
                print(t)
                """;
        Path program = dir.resolve("warm.py");
        Files.writeString(program, source);
        Path cache = dir.resolve("cache");
        String first = run(cache, program, "on");
        assertEquals("WARM 0", line(first, "WARM"), first);
        assertTrue(line(first, "NATIVE").matches("NATIVE compiles=1 misses=1 linked=1 status=0"), first);
        String second = run(cache, program, "on");
        assertEquals("WARM 1", line(second, "WARM"), second);
        assertEquals("NATIVE compiles=0 misses=0 linked=1 status=0", line(second, "NATIVE"), second);
        assertEquals(List.of(NativePrograms.cpython(dir, source).out().strip()), programOutput(second));
        assertEquals(programOutput(first), programOutput(second));
    }
}
