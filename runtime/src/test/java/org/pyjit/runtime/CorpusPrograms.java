package org.pyjit.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the corpus programs: {@code AREA/NAME.py} files whose name does not start with '_'. */
final class CorpusPrograms {
    private CorpusPrograms() {}

    static List<Path> list(Path corpus) throws IOException {
        try (Stream<Path> areas = Files.list(corpus)) {
            return areas.filter(Files::isDirectory).sorted().flatMap(area -> {
                try (Stream<Path> files = Files.list(area)) {
                    return files.filter(f -> f.getFileName().toString().endsWith(".py"))
                            .filter(f -> !f.getFileName().toString().startsWith("_")).sorted().toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
