package org.pyjit.runtime.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.objcache.CacheConfig;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.ObjectCacheKey;

/** The file-status memo that spares hashing unchanged sources: what changes its key, and its round trip. */
class SourceStatMemoTest {
    @TempDir
    Path dir;

    @Test
    void anEditThatKeepsSizeAndModificationTimeStillChangesTheStatus() throws Exception {
        Path file = dir.resolve("m.py");
        Files.writeString(file, "x = 1\n");
        FileTime mtime = Files.getLastModifiedTime(file);
        SourceStatMemo.Status before = SourceStatMemo.status(file.toString());
        assertNotNull(before);
        assertEquals(before.key(), SourceStatMemo.status(file.toString()).key());
        assertFalse(before.settled(), "a file written just now is not memoized");
        Thread.sleep(50); // past the file system's time-stamp tick
        Files.writeString(file, "x = 2\n");
        Files.setLastModifiedTime(file, mtime);
        assertNotEquals(before.key(), SourceStatMemo.status(file.toString()).key(), "the change time moved");
    }

    @Test
    void namesThatAreNotFilesHaveNoStatus() {
        assertNull(SourceStatMemo.status("<string>"));
        assertNull(SourceStatMemo.status(dir.resolve("missing.py").toString()));
    }

    @Test
    void aSettledStatusRemembersTheContentKey() throws Exception {
        Path file = dir.resolve("m.py");
        Files.writeString(file, "x = 1\n");
        SourceStatMemo.Status status = new SourceStatMemo.Status(SourceStatMemo.status(file.toString()).key(), true);
        ObjectCacheKey content = ModuleCodeCache.keyOf("x = 1\n", file.toString());
        try (ObjectCache cache = ObjectCache.open(CacheConfig.defaults().withDirectory(dir.resolve("cache")))) {
            assertNull(SourceStatMemo.lookup(cache, status));
            SourceStatMemo.remember(cache, status, content, file.toString());
            assertEquals(content, SourceStatMemo.lookup(cache, status));
        }
    }
}
