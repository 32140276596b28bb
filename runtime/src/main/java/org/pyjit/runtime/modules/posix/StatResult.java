package org.pyjit.runtime.modules.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.pyjit.runtime.io.OsErrors;
import org.pyjit.runtime.modules.StructSeqType;
import org.pyjit.runtime.ops.IntArith;

/**
 * {@code os.stat_result} and the reading of a file's attributes through the JDK's {@code unix}
 * attribute view (which is the C library's {@code struct stat}: mode with the file type bits,
 * inode, device, link count, owner, size and nanosecond times). The view has no block counts:
 * {@code st_blksize} is 4096 and {@code st_blocks} the size in 512-byte units rounded up to whole
 * 4096-byte blocks, which is what common Linux file systems report for files without holes.
 */
public final class StatResult {
    private StatResult() {}

    /** Ten tuple items (the three integer times unnamed), then the attribute-only fields. */
    public static final StructSeqType TYPE = new StructSeqType("os.stat_result",
            new String[] {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
                "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks",
                "st_rdev"}, 10);

    private static final String ATTRIBUTES = "unix:mode,ino,dev,nlink,uid,gid,size,rdev,lastAccessTime,lastModifiedTime,ctime";

    /** The attributes of {@code p} (of the link itself unless {@code follow}); OSError naming {@code filename}. */
    public static Map<String, Object> read(Path p, boolean follow, Object filename) {
        try {
            return follow ? Files.readAttributes(p, ATTRIBUTES) : Files.readAttributes(p, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, filename);
        } catch (UnsupportedOperationException e) {
            throw OsErrors.of(OsErrors.EIO, filename);
        }
    }

    /** {@code os.stat(p)}. */
    public static Object stat(Path p, boolean follow, Object filename) {
        return make(read(p, follow, filename));
    }

    /** The stat_result of attributes read by {@link #read}. */
    public static Object make(Map<String, Object> a) {
        long size = ((Number) a.get("size")).longValue();
        long[] at = split((FileTime) a.get("lastAccessTime"));
        long[] mt = split((FileTime) a.get("lastModifiedTime"));
        long[] ct = split((FileTime) a.get("ctime"));
        return TYPE.make(num(a, "mode"), num(a, "ino"), num(a, "dev"), num(a, "nlink"), num(a, "uid"), num(a, "gid"), size,
                at[0], mt[0], ct[0],
                at[0] + at[1] * 1e-9, mt[0] + mt[1] * 1e-9, ct[0] + ct[1] * 1e-9,
                nanos(at), nanos(mt), nanos(ct),
                4096L, (size + 4095) / 4096 * 8, num(a, "rdev"));
    }

    /** A stat_result for an open file that no longer has a name (deleted since it was opened): mode and size. */
    public static Object anonymous(long mode, long size) {
        long now = java.time.Instant.now().getEpochSecond();
        Object ns = IntArith.mul(now, 1_000_000_000L);
        return TYPE.make(mode, 0L, 0L, 0L, 0L, 0L, size, now, now, now, (double) now, (double) now, (double) now, ns, ns, ns,
                4096L, (size + 4095) / 4096 * 8, 0L);
    }

    /** The file type and permission bits ({@code st_mode}). */
    public static int mode(Map<String, Object> a) {
        return ((Number) a.get("mode")).intValue();
    }

    private static Long num(Map<String, Object> a, String key) {
        return ((Number) a.get(key)).longValue();
    }

    /** Seconds (floored) and nanoseconds of a time. */
    private static long[] split(FileTime t) {
        long ns = t.to(TimeUnit.NANOSECONDS);
        long s = Math.floorDiv(ns, 1_000_000_000L);
        return new long[] {s, ns - s * 1_000_000_000L};
    }

    private static Object nanos(long[] t) {
        return IntArith.add(IntArith.mul(t[0], 1_000_000_000L), t[1]);
    }
}
