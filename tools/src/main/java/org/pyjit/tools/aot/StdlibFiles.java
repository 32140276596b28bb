package org.pyjit.tools.aot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The modules of a standard-library directory that {@code pyjit aot --stdlib} compiles. */
final class StdlibFiles {
    private StdlibFiles() {}

    /** Directories never compiled: installed third-party packages and byte-code caches. */
    private static final Set<String> NEVER = Set.of("site-packages", "dist-packages", "__pycache__");
    /** The library's own test suites: large, and imported by no application. */
    private static final Set<String> TESTS = Set.of("test", "tests", "idle_test", "lib2to3_tests");

    /** Every {@code .py} file under {@code lib}, sorted by path, without tests unless asked for. */
    static List<Path> list(Path lib, boolean includeTests) {
        try (Stream<Path> walk = Files.walk(lib)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> included(lib.relativize(p), includeTests))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean included(Path relative, boolean includeTests) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String dir = relative.getName(i).toString();
            if (NEVER.contains(dir) || (!includeTests && TESTS.contains(dir))) return false;
        }
        return true;
    }

    /** The dotted module name of a file under {@code lib}: {@code json/decoder.py} → {@code json.decoder}. */
    static String moduleName(Path lib, Path file) {
        String rel = lib.relativize(file).toString().replace('/', '.');
        rel = rel.substring(0, rel.length() - ".py".length());
        return rel.endsWith(".__init__") ? rel.substring(0, rel.length() - ".__init__".length()) : rel;
    }
}
