package org.pyjit.objcache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePermissionsTest {
    @TempDir
    Path dir;

    private Path file(String name, String content, String mode) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    @Test
    void anOwnerOnlySecretIsReadWithoutItsTrailingNewline() throws IOException {
        Path key = file("key", "0123456789abcdef0123456789abcdef\n", "rw-------");
        assertArrayEquals("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
                FilePermissions.readOwnerOnlySecret(key, "KEY"));
        assertArrayEquals("x".getBytes(StandardCharsets.US_ASCII),
                FilePermissions.readOwnerOnlySecret(file("ro", "x", "r--------"), "KEY"));
    }

    @Test
    void aSecretOthersCanReadOrWriteIsRefusedWithAClearMessage() throws IOException {
        for (String mode : List.of("rw-r-----", "rw----r--", "rw-rw-rw-", "rw--w----", "rw-----w-")) {
            Path key = file("key-" + mode, "secret", mode);
            IOException e = assertThrows(IOException.class, () -> FilePermissions.readOwnerOnlySecret(key, "PYJIT_REMOTE_CACHE_KEY_FILE"));
            assertTrue(e.getMessage().contains("readable or writable by other users"), e.getMessage());
            assertTrue(e.getMessage().contains("chmod 600 " + key), e.getMessage());
            assertTrue(e.getMessage().startsWith("PYJIT_REMOTE_CACHE_KEY_FILE"), e.getMessage());
        }
    }

    @Test
    void aMissingFileOrADirectoryIsRefused() {
        assertTrue(assertThrows(IOException.class, () -> FilePermissions.readOwnerOnlySecret(dir.resolve("none"), "K"))
                .getMessage().contains("does not exist"));
        assertTrue(assertThrows(IOException.class, () -> FilePermissions.readOwnerOnlySecret(dir, "K"))
                .getMessage().contains("not a regular file"));
    }

    @Test
    void aDirectoryOthersCanWriteIsReported() throws IOException {
        Path cache = Files.createDirectory(dir.resolve("cache"));
        for (String ok : List.of("rwx------", "rwxr-xr-x", "rwxr-x---")) {
            Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString(ok));
            assertNull(FilePermissions.whyOthersCanWrite(cache), ok);
        }
        for (String bad : List.of("rwxrwx---", "rwx---rwx", "rwxrwxrwx")) {
            Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString(bad));
            String why = FilePermissions.whyOthersCanWrite(cache);
            assertTrue(why != null && why.contains("other users can write") && why.contains("chmod go-w"), bad + ": " + why);
        }
        assertNull(FilePermissions.whyOthersCanWrite(dir.resolve("not-yet-created")));
    }

    @Test
    void theCacheRefusesADirectoryOthersCanWrite() throws IOException {
        Path cache = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        List<String> warnings = new ArrayList<>();
        try (ObjectCache opened = ObjectCache.open(TestObjects.config(cache, warnings::add))) {
            assertEquals(CacheMode.DISABLED, opened.mode());
            assertTrue(opened.get(TestObjects.nativeKey("x")).isEmpty());
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("other users can write the cache directory (mode 777)"), warnings.get(0));
        assertTrue(Files.notExists(cache.resolve("db")), "nothing was created in it");
    }
}
