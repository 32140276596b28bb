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
        return run(cacheDir, program, mode, irDump, List.of());
    }

    private String run(Path cacheDir, Path program, String mode, Path irDump, List<String> jvmOptions) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CacheRunMain.class.getName(), program.toString(), mode));
        ProcessBuilder pb = new ProcessBuilder(command);
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
                && !l.startsWith("WARM") && !l.startsWith("PLAN") && !l.startsWith("EXIT") && !l.startsWith("REFUSED")).toList();
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
                    s = 0
                    for k in range(3):
                        s += x * k + y
                    return s
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
        // linked when the compile finished before the program's end, else compiled at exit for later runs
        assertTrue(line(first, "NATIVE").matches("NATIVE compiles=1 misses=1 linked=[01] status=0"), first);
        String second = run(cache, program, "on");
        assertEquals("WARM 1", line(second, "WARM"), second);
        assertEquals("NATIVE compiles=0 misses=0 linked=1 status=0", line(second, "NATIVE"), second);
        assertEquals(List.of(NativePrograms.cpython(dir, source).out().strip()), programOutput(second));
        assertEquals(programOutput(first), programOutput(second));
    }

    @Test
    void aUnitWithAnOsrEntryAtOffsetZeroIsCalledThroughItsCallEntry() throws Exception {
        // spin's loop starts at its first instruction: the unit compiled for it has an OSR entry at offset 0.
        // The calls made while the compile finishes in the background then go through the unit's call
        // entry, which must bind the arguments, not read an OSR frame (selector 0 once meant both). The
        // calls go on for 3 s, time enough for LLVM's start and the compile on a slow machine.
        String source = """
                import time
                def spin(n, k):
                    while True:
                        n -= 1
                        if n < 0:
                            return k
                        k = (k + n % 7) % 1000003
                print(spin(6000, 0))
                seen = set()
                for attempt in range(300):
                    time.sleep(0.01)
                    seen.add(tuple(spin(i, i) for i in range(30)))
                print(sorted(seen))
                """;
        Path program = dir.resolve("osr0.py");
        Files.writeString(program, source);
        String first = run(dir.resolve("cache"), program, "on");
        assertTrue(line(first, "NATIVE").matches("NATIVE compiles=1 misses=1 linked=1 status=0"), first);
        assertEquals(NativePrograms.cpython(dir, source).out().strip().lines().toList(), programOutput(first));
    }

    @Test
    void compilesQueuedAtTheEndAreFinishedForTheNextRunUnlessTheirFunctionCooledDown() throws Exception {
        // six functions pass the back-edge threshold two thirds into the run, all at once: the compiler thread
        // is still busy with them when the program ends, and their functions ran on after asking. last() asks
        // in its only call, a hundred iterations before the end: its unit would barely have run.
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            source.append("def f").append(i).append("(n, x):\n    s = ").append(i).append("\n    t = x\n")
                    .append("    for k in range(n):\n        s = (s * ").append(31 + i).append(" + k) % 1000003\n")
                    .append("        t = t * 0.5 + 0.25\n    return s + int(t)\n");
        }
        source.append("""
                def last(n):
                    s = 0
                    for k in range(n):
                        s = (s + k * 3) % 65521
                    return s
                total = 0
                for rep in range(30):
                    for f in (f0, f1, f2, f3, f4, f5):
                        total = (total + f(120, rep * 0.5)) % 1000000007
                print(total, last(2600))
                """);
        Path program = dir.resolve("late.py");
        Files.writeString(program, source.toString());
        Path cache = dir.resolve("cache");
        String first = run(cache, program, "on");
        assertTrue(line(first, "EXIT").matches("EXIT compiled=[1-6] cooled=1"), first);
        assertTrue(line(first, "NATIVE").matches("NATIVE compiles=6 misses=6 linked=[0-5] status=0"), first);
        String second = run(cache, program, "on");
        // each of the six is found at its first call (a short run links the first only: LLVM loads meanwhile)
        assertEquals("WARM 6", line(second, "WARM"), second);
        assertTrue(line(second, "NATIVE").matches("NATIVE compiles=0 misses=0 linked=[1-6] status=0"), second);
        assertEquals("EXIT compiled=0 cooled=1", line(second, "EXIT"), second);
        assertEquals(List.of(NativePrograms.cpython(dir, source.toString()).out().strip()), programOutput(second));
        assertEquals(programOutput(first), programOutput(second));
    }

    @Test
    void aFunctionWhoseUnitARunRefusedIsLeftToTheLowerTiersFromItsFirstCallInTheNext() throws Exception {
        String source = """
                class Account:
                    def __init__(self):
                        self.balance = 0
                    def deposit(self, amount):
                        self.balance = self.balance + abs(amount)
                        return self.balance
                a = Account()
                for i in range(3000):
                    a.deposit(i)
                print(a.balance)
                """;
        Path program = dir.resolve("refused.py");
        Files.writeString(program, source);
        Path cache = dir.resolve("cache");
        String first = run(cache, program, "on");
        assertEquals("REFUSED before=0 now=1", line(first, "REFUSED"), first);
        String second = run(cache, program, "on");
        assertEquals("REFUSED before=1 now=0", line(second, "REFUSED"), second);
        assertEquals("MAPS llvm=false rocksdb=true", line(second, "MAPS"), second);
        assertEquals(List.of(NativePrograms.cpython(dir, source).out().strip()), programOutput(second));
    }

    private static int filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (var files = Files.list(dir)) {
            return (int) files.count();
        }
    }

    @Test
    void aWarmRunBuildsNoIrWhenThePlanKeyIsInTheProfile() throws Exception {
        Path program = dir.resolve("prog.py");
        Files.writeString(program, PROGRAM);
        Path cache = dir.resolve("cache");
        Path ir1 = dir.resolve("ir1"), ir2 = dir.resolve("ir2");
        String first = run(cache, program, "always", ir1);
        assertEquals("PLAN 0", line(first, "PLAN"), first);
        assertTrue(filesIn(ir1) > 0, "the cold run lowered no IR:\n" + first);
        String second = run(cache, program, "always", ir2);
        String linked = line(first, "NATIVE").replaceAll(".*linked=(\\d+).*", "$1");
        assertEquals("NATIVE compiles=0 misses=0 linked=" + linked + " status=0", line(second, "NATIVE"), second);
        assertEquals("PLAN " + linked, line(second, "PLAN"), second);
        assertEquals(0, filesIn(ir2), "the warm run lowered IR");
        assertEquals(programOutput(first), programOutput(second));
    }

    @Test
    void aChangedCompilerIdMissesThePlanKeyAndFindsTheObjectByItsIr() throws Exception {
        Path program = dir.resolve("prog.py");
        Files.writeString(program, PROGRAM);
        Path cache = dir.resolve("cache");
        String first = run(cache, program);
        String linked = line(first, "NATIVE").replaceAll(".*linked=(\\d+).*", "$1");
        List<String> otherCompiler = List.of("-D" + org.pyjit.compiler.llvm.CompilerFingerprint.OVERRIDE_PROPERTY + "=another-build");
        Path ir = dir.resolve("ir");
        String second = run(cache, program, "always", ir, otherCompiler);
        assertEquals("PLAN 0", line(second, "PLAN"), second);
        assertTrue(filesIn(ir) > 0, "a changed compiler must lower IR again");
        // the IR came out the same, so its key finds the objects: nothing is compiled
        assertEquals("NATIVE compiles=0 misses=0 linked=" + linked + " status=0", line(second, "NATIVE"), second);
        String third = run(cache, program, "always", null, otherCompiler);
        assertEquals("PLAN " + linked, line(third, "PLAN"), third);
        assertEquals(programOutput(first), programOutput(second));
        assertEquals(programOutput(first), programOutput(third));
    }

    @Test
    void aChangedAbiIdMissesEverything() throws Exception {
        Path program = dir.resolve("prog.py");
        Files.writeString(program, PROGRAM);
        Path cache = dir.resolve("cache");
        String first = run(cache, program);
        String second = run(cache, program, "always", null, List.of("-Dpyjit.abi-id=another-abi"));
        assertEquals("PLAN 0", line(second, "PLAN"), second);
        assertEquals(line(first, "NATIVE"), line(second, "NATIVE"), second); // compiled again, every unit
        assertEquals(programOutput(first), programOutput(second));
    }
}
