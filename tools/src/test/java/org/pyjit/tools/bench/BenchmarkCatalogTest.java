package org.pyjit.tools.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BenchmarkCatalogTest {
    @TempDir
    Path dir;

    @Test
    void directoriesGiveTheirPythonFilesSortedByName() throws IOException {
        Files.writeString(dir.resolve("b.py"), "");
        Files.writeString(dir.resolve("a.py"), "");
        Files.writeString(dir.resolve("notes.txt"), "");
        List<Benchmark> programs = BenchmarkCatalog.programs(List.of(dir));
        assertEquals(List.of("a", "b"), programs.stream().map(Benchmark::name).toList());
        assertEquals(List.of(dir.resolve("a.py").toString()), programs.getFirst().arguments());
        assertEquals(dir, programs.getFirst().workingDirectory());
    }

    @Test
    void startupGroupHasAnEmptyProgramHelloAndImports() throws IOException {
        Files.writeString(dir.resolve("hello.py"), "");
        Files.writeString(dir.resolve("import_heavy.py"), "");
        List<Benchmark> startup = BenchmarkCatalog.startup(dir);
        assertEquals(List.of("-c pass", "hello", "import_heavy"), startup.stream().map(Benchmark::name).toList());
        assertEquals(List.of("-c", "pass"), startup.getFirst().arguments());
        startup.forEach(b -> assertEquals(BenchmarkGroup.STARTUP, b.group()));
    }

    @Test
    void missingPathsAreErrors() {
        assertThrows(BenchException.class, () -> BenchmarkCatalog.programs(List.of(dir.resolve("none.py"))));
        assertThrows(BenchException.class, () -> BenchmarkCatalog.startup(dir));
    }

    @Test
    void theShippedProgramsAreAtLeastTwelve() {
        // the benchmark suite the Makefile runs; tests run with the module directory as working directory
        assertEquals(true, BenchmarkCatalog.programs(List.of(Path.of("bench/programs"))).size() >= 12);
    }
}
