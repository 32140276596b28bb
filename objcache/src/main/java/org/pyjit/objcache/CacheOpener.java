package org.pyjit.objcache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.rocksdb.RocksDBException;

/**
 * Opens a cache directory: as the primary if the database lock is free, else at once as a
 * secondary; on any failure a disabled cache and one warning.
 */
final class CacheOpener {
    private static final long PRIMARY_RETRY_MILLIS = 25;

    private CacheOpener() {}

    /** See {@link ObjectCache#open}. */
    static ObjectCache open(CacheConfig config) {
        Objects.requireNonNull(config, "config");
        OnceWarning warning = new OnceWarning(config.warnings());
        try {
            return openOrThrow(config, warning);
        } catch (IOException | RocksDBException | RuntimeException | LinkageError e) {
            String why = describe(e);
            warning.warn("object cache disabled (" + config.directory() + "): " + why + "; running without it");
            return new DisabledObjectCache(config, why);
        }
    }

    private static ObjectCache openOrThrow(CacheConfig config, OnceWarning warning) throws IOException, RocksDBException {
        CacheLayout layout = new CacheLayout(config.directory());
        // cached code is run: a directory other users can change is never used (nor written to)
        String untrusted = FilePermissions.whyOthersCanWrite(config.directory());
        if (untrusted != null) {
            throw new IOException(untrusted);
        }
        try {
            layout.create();
        } catch (IOException e) {
            throw new IOException("cannot create the cache directory: " + describe(e), e);
        }
        if (!Files.isWritable(config.directory())) {
            throw new IOException("the cache directory is not writable");
        }

        try {
            NativeLibraries.load(config.nativeLibraryDirectory());
        } catch (RuntimeException | LinkageError e) {
            throw new IOException("cannot load the RocksDB or zstd native library: " + describe(e), e);
        }
        long deadline = System.nanoTime() + config.primaryWait().toNanos();
        RocksDBException primaryFailure = null; // a failure other than "another process holds it"
        while (true) {
            RocksStore primary;
            try {
                primary = RocksStore.openPrimary(layout.database());
            } catch (RocksDBException e) {
                if (!RocksStore.isLockConflict(e)) {
                    primaryFailure = e;
                    break;
                }
                if (System.nanoTime() >= deadline) {
                    break;
                }
                sleepQuietly(PRIMARY_RETRY_MILLIS);
                continue;
            }
            try {
                return new RocksObjectCache(config, layout, warning, CacheMode.PRIMARY, primary, null);
            } catch (RocksDBException | RuntimeException e) {
                primary.close();
                throw e;
            }
        }
        // Another process is the primary (or the attempt failed for a reason a reader may not
        // share, e.g. a file operation racing with another process): read as a secondary.
        Path secondaryDir = layout.secondaries().resolve(ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime()));
        RocksStore secondary = null;
        try {
            CacheLayout.createPrivateDirectories(secondaryDir);
            secondary = RocksStore.openSecondary(layout.database(), secondaryDir);
        } catch (IOException | RocksDBException e) {
            if (primaryFailure != null) {
                RocksObjectCache.deleteTree(secondaryDir);
                throw new IOException("cannot open the database: " + describe(primaryFailure)
                        + " (delete " + layout.database() + " to start afresh)", primaryFailure);
            }
            // e.g. the primary is creating the database right now: work from the spool alone
        }
        return new RocksObjectCache(config, layout, warning, CacheMode.SECONDARY, secondary, secondaryDir);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(Throwable e) {
        return RocksObjectCache.describe(e);
    }
}
