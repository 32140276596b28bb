package org.pyjit.runtime.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.pyjit.objcache.ArtifactKind;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.ObjectCacheKey;
import org.pyjit.objcache.ObjectMetadata;
import org.pyjit.runtime.cache.CacheEnvironments;

/**
 * Saves hashing a module's source on a warm start, as git's index and ccache's direct mode do:
 * a small cache entry maps a file's identity and status (path, size, modification and change
 * times, inode) to the content key its source had. The bytecode is still stored under the
 * content key; any change of the status (an edit, a touch) makes the memo miss and the source is
 * hashed again, so a touch recompiles nothing and an edit recompiles exactly that module. The
 * change time (which no program can set back) covers edits that restore the modification time.
 * A file changed within the last two seconds gets no memo ("racily clean" in git's terms: it may
 * still be changing within one time-stamp tick), so the memo never outlives a concurrent edit.
 * Hashing runs in the JVM's interpreter at start-up, where SHA-256 manages about 2 MB/s.
 */
final class SourceStatMemo {
    private SourceStatMemo() {}

    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** A file's status as the memo keys it, and whether it is old enough to be memoized. */
    record Status(ObjectCacheKey key, boolean settled) {}

    /** What the file system says of a file: the text its status key hashes, and its newest time stamp. */
    record Observed(String text, long newestNanos) {}

    /** The status of {@code filename}, or null for a name that is not a readable file ({@code <string>}). */
    static Status status(String filename) {
        Observed o = observe(filename);
        return o == null ? null : statusOf(o);
    }

    /** The file's identity and status as text (no hashing), or null for a name that is not a readable file. */
    static Observed observe(String filename) {
        if (filename.startsWith("<")) return null;
        try {
            Map<String, Object> a = Files.readAttributes(Path.of(filename), "unix:size,lastModifiedTime,ctime,ino,dev");
            long mtime = nanos(a.get("lastModifiedTime"));
            long ctime = nanos(a.get("ctime"));
            String text = "source status\0" + filename + "\0" + a.get("size") + "\0" + mtime + "\0" + ctime + "\0" + a.get("ino")
                    + "\0" + a.get("dev");
            return new Observed(text, Math.max(mtime, ctime));
        } catch (IOException | RuntimeException e) { // no such file, no unix attributes: hash the source
            return null;
        }
    }

    /** The status key of what was observed, and whether the file is old enough to be memoized. */
    static Status statusOf(Observed o) {
        ObjectCacheKey key = ObjectCacheKey.of(ArtifactKind.MODULE_BYTECODE, o.text().getBytes(StandardCharsets.UTF_8),
                CacheEnvironments.bytecode());
        long now = System.currentTimeMillis() * 1_000_000L;
        return new Status(key, now - o.newestNanos() > RACY_NANOS);
    }

    private static long nanos(Object time) {
        return time instanceof FileTime t ? t.to(TimeUnit.NANOSECONDS) : 0;
    }

    /** The content key the memo holds for this status, or null. */
    static ObjectCacheKey lookup(ObjectCache cache, Status status) {
        byte[] digest = cache.get(status.key()).map(hit -> hit.bytes()).orElse(null);
        return digest != null && digest.length == ObjectCacheKey.LENGTH
                ? ObjectCacheKey.fromDigest(ArtifactKind.MODULE_BYTECODE, digest) : null;
    }

    /** Remembers that a file with this status has the source whose key is {@code contentKey}. */
    static void remember(ObjectCache cache, Status status, ObjectCacheKey contentKey, String filename) {
        if (status.settled()) cache.put(status.key(), contentKey.digest(), ObjectMetadata.of("source status " + filename, 0));
    }
}
