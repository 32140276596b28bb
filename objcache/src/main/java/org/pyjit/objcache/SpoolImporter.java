package org.pyjit.objcache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.pyjit.objcache.RocksStore.Column;
import org.rocksdb.RocksDBException;

/**
 * Merges the spool into the database; run by the primary only. Each file is applied, then
 * deleted: objects and profiles are idempotent, statistics carry an exactly-once marker, so a
 * primary killed in the middle leaves nothing counted twice or lost.
 */
final class SpoolImporter {
    /** What one import did. */
    record Result(int objects, int profiles, int statistics, int discarded) {
        static final Result NONE = new Result(0, 0, 0, 0);
    }

    /** Temporary files older than this are abandoned even if their writer's pid is alive again. */
    private static final long STALE_TEMPORARY_MILLIS = 3_600_000;
    private static final byte[] NO_DIGEST = new byte[ObjectCacheKey.LENGTH];

    private final SpoolDirectory spool;
    private final RocksStore store;
    private final PrimaryWriter writer;

    SpoolImporter(SpoolDirectory spool, RocksStore store, PrimaryWriter writer) {
        this.spool = spool;
        this.store = store;
        this.writer = writer;
    }

    Result importAll() throws RocksDBException {
        int objects = 0;
        int profiles = 0;
        int statistics = 0;
        int discarded = 0;
        List<SpoolDirectory.Entry> entries = spool.list();
        // objects first, so usage in statistics files finds the entries it refers to
        entries.sort(Comparator.comparing(SpoolDirectory.Entry::kind));
        for (SpoolDirectory.Entry entry : entries) {
            switch (entry.kind()) {
                case OBJECT -> {
                    byte[] digest = entry.digest();
                    byte[] value = read(entry.path());
                    if (digest == null || value == null) {
                        discarded += discard(entry.path(), digest == null);
                    } else if (importObject(digest, value) != null) {
                        objects++;
                        SpoolDirectory.deleteQuietly(entry.path());
                    } else {
                        discarded += discard(entry.path(), true);
                    }
                }
                case PROFILE -> {
                    byte[] bytes = read(entry.path());
                    FunctionProfile profile = bytes == null ? null : ProfileCodec.decode(bytes, null);
                    if (profile != null) {
                        writer.mergeProfile(profile);
                        profiles++;
                        SpoolDirectory.deleteQuietly(entry.path());
                    } else {
                        discarded += discard(entry.path(), bytes != null);
                    }
                }
                case STATS -> {
                    byte[] bytes = read(entry.path());
                    StatsDelta delta = bytes == null ? null : StatsDelta.decode(bytes);
                    if (delta != null) {
                        byte[] marker = MetaKeys.ascii(MetaKeys.IMPORTED_PREFIX + entry.name());
                        if (writer.applyStats(delta, marker)) {
                            statistics++;
                        }
                        SpoolDirectory.deleteQuietly(entry.path());
                        writer.deleteMeta(marker);
                    } else {
                        discarded += discard(entry.path(), bytes != null);
                    }
                }
                case TOMBSTONE -> {
                    byte[] digest = entry.digest();
                    if (digest != null) {
                        byte[] value = store.get(Column.OBJECTS, digest);
                        if (value != null && ValueCodec.decode(value, digest) instanceof Decoded.Invalid) {
                            writer.delete(digest, value);
                        }
                    }
                    SpoolDirectory.deleteQuietly(entry.path());
                }
                case TEMPORARY -> {
                    if (isAbandoned(entry)) {
                        SpoolDirectory.deleteQuietly(entry.path());
                    }
                }
                case UNKNOWN -> { } // not ours: leave it alone
            }
        }
        return new Result(objects, profiles, statistics, discarded);
    }

    /**
     * Stores a spooled value if it checks out and the database lacks it.
     *
     * @return the checked value, or {@code null} if it is damaged
     */
    Decoded.Valid importObject(byte[] digest, byte[] value) throws RocksDBException {
        if (!(ValueCodec.decode(value, digest) instanceof Decoded.Valid valid)) {
            return null;
        }
        if (store.get(Column.OBJECTS, digest) == null) {
            byte[] input = valid.header().inputDigest();
            writer.store(digest, value, Arrays.equals(input, NO_DIGEST) ? null : input,
                    valid.header().createdMillis(), false);
        }
        return valid;
    }

    private static int discard(Path path, boolean damaged) {
        SpoolDirectory.deleteQuietly(path);
        return damaged ? 1 : 0;
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isAbandoned(SpoolDirectory.Entry entry) {
        long pid = entry.writerPid();
        if (pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                return System.currentTimeMillis() - Files.getLastModifiedTime(entry.path()).toMillis() > STALE_TEMPORARY_MILLIS;
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
