package org.pyjit.runtime.errors;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Source lines of files, for tracebacks (CPython's {@code linecache}); registered text wins over files. */
public final class SourceLines {
    private SourceLines() {}

    private static final Map<String, String[]> CACHE = new ConcurrentHashMap<>();

    /** Makes the text of {@code filename} known without a file (e.g. {@code -c} code). */
    public static void register(String filename, String source) {
        CACHE.put(filename, source.split("\r\n|\r|\n", -1));
    }

    /** Line {@code n} (1-based) without its newline, or null. */
    public static String line(String filename, int n) {
        String[] lines = CACHE.computeIfAbsent(filename, f -> {
            try {
                return Files.readString(Path.of(f), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
            } catch (Exception e) {
                return new String[0];
            }
        });
        return n >= 1 && n <= lines.length ? lines[n - 1] : null;
    }
}
