package org.pyjit.objcache;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pyjit.objcache.RocksStore.Column;
import org.rocksdb.RocksDBException;

/** {@link CacheMaintenance} of a {@link RocksObjectCache}; changes need the primary. */
final class RocksMaintenance implements CacheMaintenance {
    /** A maintenance step that may fail in the database. */
    private interface Step<T> {
        T run() throws RocksDBException, CacheUnavailableException;
    }

    private final RocksObjectCache cache;

    RocksMaintenance(RocksObjectCache cache) {
        this.cache = cache;
    }

    @Override
    public List<CacheEntryInfo> entries() throws CacheUnavailableException {
        return locked(false, () -> {
            List<CacheEntryInfo> out = new ArrayList<>();
            RocksStore store = cache.store();
            if (store != null) {
                store.scan(Column.OBJECTS, (key, value) -> {
                    out.add(describe(key, value, UsageRecord.decode(store.get(Column.USAGE, key)), false));
                    return true;
                });
            }
            for (SpoolDirectory.Entry entry : cache.spool().list()) {
                byte[] digest = entry.digest();
                if (entry.kind() == SpoolDirectory.Kind.OBJECT && digest != null) {
                    byte[] value = cache.spool().readObject(digest);
                    if (value != null) {
                        out.add(describe(digest, value, null, true));
                    }
                }
            }
            out.sort(Comparator.comparing(CacheEntryInfo::lastUsed).reversed()
                    .thenComparing(CacheEntryInfo::keyHex));
            return out;
        });
    }

    private CacheEntryInfo describe(byte[] digest, byte[] value, UsageRecord usage, boolean pending) {
        String keyHex = HexFormatting.hex(digest);
        UsageTracker.Delta unsaved = cache.usage().peek(digest);
        long hits = (usage == null ? 0 : usage.hits()) + (unsaved == null ? 0 : unsaved.hits());
        if (!(ValueCodec.decodeHeader(value, digest) instanceof Decoded.Valid valid)) {
            Decoded.Invalid invalid = (Decoded.Invalid) ValueCodec.decodeHeader(value, digest);
            return new CacheEntryInfo(keyHex, null, "", value.length, 0, hits, Instant.EPOCH, Instant.EPOCH, 0,
                    pending, invalid.reason().description() + ": " + invalid.detail());
        }
        ValueHeader header = valid.header();
        long lastUsed = Math.max(header.createdMillis(), usage == null ? 0 : usage.lastUsedMillis());
        if (unsaved != null) {
            lastUsed = Math.max(lastUsed, unsaved.lastUsedMillis());
        }
        return new CacheEntryInfo(keyHex, header.kind(), header.label(), value.length, header.uncompressedLength(),
                hits, Instant.ofEpochMilli(lastUsed), Instant.ofEpochMilli(header.createdMillis()),
                header.compileTimeMicros(), pending, "");
    }

    @Override
    public VerifyReport verify() throws CacheUnavailableException {
        return locked(true, () -> {
            List<VerifyReport.Problem> problems = new ArrayList<>();
            int checked = 0;
            // spool first, so damaged files are reported rather than silently dropped by the merge
            for (SpoolDirectory.Entry entry : cache.spool().list()) {
                byte[] digest = entry.digest();
                if (entry.kind() != SpoolDirectory.Kind.OBJECT || digest == null) {
                    continue;
                }
                byte[] value = cache.spool().readObject(digest);
                if (value == null) {
                    continue;
                }
                checked++;
                if (ValueCodec.decode(value, digest) instanceof Decoded.Invalid invalid) {
                    problems.add(problem(digest, value, invalid, true));
                    cache.spool().deleteObject(digest);
                }
            }
            cache.importer().importAll();
            List<byte[][]> damaged = new ArrayList<>();
            int[] stored = {0};
            cache.store().scan(Column.OBJECTS, (key, value) -> {
                stored[0]++;
                if (ValueCodec.decode(value, key) instanceof Decoded.Invalid invalid) {
                    problems.add(problem(key, value, invalid, false));
                    damaged.add(new byte[][] {key, value});
                }
                return true;
            });
            checked += stored[0];
            for (byte[][] pair : damaged) {
                cache.writer().delete(pair[0], pair[1]);
            }
            List<byte[]> damagedProfiles = new ArrayList<>();
            int[] profiles = {0};
            cache.store().scan(Column.PROFILES, (key, value) -> {
                profiles[0]++;
                if (ProfileCodec.decode(value, key) == null) {
                    damagedProfiles.add(key);
                }
                return true;
            });
            for (byte[] key : damagedProfiles) {
                cache.writer().deleteProfile(key);
            }
            cache.writer().repair();
            return new VerifyReport(checked, problems, profiles[0], damagedProfiles.size());
        });
    }

    private static VerifyReport.Problem problem(byte[] digest, byte[] value, Decoded.Invalid invalid, boolean pending) {
        String label = ValueCodec.decodeHeader(value, digest) instanceof Decoded.Valid valid ? valid.header().label() : "";
        return new VerifyReport.Problem(HexFormatting.hex(digest), label, invalid.reason(), invalid.detail(), pending);
    }

    @Override
    public GcReport gc() throws CacheUnavailableException {
        return locked(true, () -> {
            PrimaryWriter writer = cache.writer();
            SpoolImporter.Result merged = cache.importer().importAll();
            cache.recordEviction(writer.evictIfOver(cache.config().maxBytes(), () -> false));
            PrimaryWriter.Eviction eviction = writer.takeUnreportedEvictions();
            long after = writer.bytes();
            int repaired = writer.repair();
            cache.store().compact();
            cache.layout().removeStaleSecondaries();
            return new GcReport(merged.objects() + merged.profiles() + merged.statistics(), eviction.entries(),
                    eviction.bytes(), repaired, after + eviction.bytes(), writer.bytes(), cache.config().maxBytes());
        });
    }

    @Override
    public void clear() throws CacheUnavailableException {
        locked(true, () -> {
            for (SpoolDirectory.Entry entry : cache.spool().list()) {
                switch (entry.kind()) {
                    case OBJECT, PROFILE, TOMBSTONE -> SpoolDirectory.deleteQuietly(entry.path());
                    default -> { } // statistics survive a clear, as in ccache
                }
            }
            cache.writer().clear();
            cache.store().compact();
            return null;
        });
    }

    @Override
    public void zeroStatistics() throws CacheUnavailableException {
        locked(true, () -> {
            for (SpoolDirectory.Entry entry : cache.spool().list()) {
                if (entry.kind() == SpoolDirectory.Kind.STATS) {
                    SpoolDirectory.deleteQuietly(entry.path());
                }
            }
            cache.writer().zeroCounters(System.currentTimeMillis());
            return null;
        });
    }

    /** Runs {@code step} while the cache cannot close; {@code write} steps need the primary. */
    private <T> T locked(boolean write, Step<T> step) throws CacheUnavailableException {
        cache.lifecycle().readLock().lock();
        try {
            if (write) {
                String why = cache.whyNotWritable();
                if (why != null) {
                    throw new CacheUnavailableException(why);
                }
            } else if (!cache.isUsable()) {
                throw new CacheUnavailableException("the cache at " + cache.directory() + " is not usable");
            }
            return step.run();
        } catch (RocksDBException | RuntimeException e) {
            if (write) {
                cache.writeFailed(e);
            } else {
                cache.readFailed(e);
            }
            throw new CacheUnavailableException("the cache at " + cache.directory() + " failed: "
                    + RocksObjectCache.describe(e));
        } finally {
            cache.lifecycle().readLock().unlock();
        }
    }
}
