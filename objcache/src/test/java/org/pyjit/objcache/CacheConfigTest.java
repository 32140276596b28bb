package org.pyjit.objcache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheConfigTest {
    @Test
    void directoryPrecedence() {
        assertEquals(Path.of("/tmp/explicit"),
                CacheConfig.defaultDirectory(Map.of("PYJIT_CACHE_DIR", "/tmp/explicit", "XDG_CACHE_HOME", "/x"), "/home/u"));
        assertEquals(Path.of("/x/pyjit"), CacheConfig.defaultDirectory(Map.of("XDG_CACHE_HOME", "/x"), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/pyjit"), CacheConfig.defaultDirectory(Map.of(), "/home/u"));
        // empty and relative XDG values are ignored, as the XDG spec says
        assertEquals(Path.of("/home/u/.cache/pyjit"), CacheConfig.defaultDirectory(Map.of("XDG_CACHE_HOME", "rel"), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/pyjit"),
                CacheConfig.defaultDirectory(Map.of("PYJIT_CACHE_DIR", "", "XDG_CACHE_HOME", ""), "/home/u"));
    }

    @Test
    void sizeLimitFromTheEnvironment() {
        assertEquals(CacheConfig.DEFAULT_MAX_BYTES, CacheConfig.fromEnvironment(Map.of(), "/h").maxBytes());
        assertEquals(512L << 20, CacheConfig.fromEnvironment(Map.of("PYJIT_CACHE_MAX_SIZE", "512M"), "/h").maxBytes());
        assertEquals(Path.of("/c/native"), CacheConfig.fromEnvironment(Map.of("PYJIT_CACHE_DIR", "/c"), "/h").nativeLibraryDirectory());
    }

    @Test
    void sizesParse() {
        assertEquals(1024, CacheConfig.parseSize("1024"));
        assertEquals(1024, CacheConfig.parseSize("1k"));
        assertEquals(3L << 30, CacheConfig.parseSize("3GiB"));
        assertEquals(3L << 29, CacheConfig.parseSize("1.5G"));
        assertEquals(64L << 20, CacheConfig.parseSize(" 64MB "));
        assertEquals(-1, CacheConfig.parseSize("lots"));
        assertEquals(-1, CacheConfig.parseSize("0"));
        assertEquals(-1, CacheConfig.parseSize("-5M"));
        assertEquals(-1, CacheConfig.parseSize(""));
    }

    @Test
    void directoriesAreCreatedPrivate(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("a/b/pyjit");
        new CacheLayout(root).create();
        for (Path dir : new Path[] {tmp.resolve("a"), tmp.resolve("a/b"), root, root.resolve("spool")}) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)), dir.toString());
        }
    }
}
