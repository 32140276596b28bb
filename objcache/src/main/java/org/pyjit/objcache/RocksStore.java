package org.pyjit.objcache;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.DBOptions;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.Logger;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Status;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The RocksDB database of a cache directory with its column families, opened either as the one
 * read-write primary or as a read-only secondary instance that follows the primary.
 */
final class RocksStore implements AutoCloseable {

    /** The column families. */
    enum Column {
        /** key digest → stored value ({@link ValueCodec}) */
        OBJECTS("objects"),
        /** key digest → {@link UsageRecord} */
        USAGE("usage"),
        /** input digest → key digest of the latest entry stored for that input */
        INPUTS("inputs"),
        /** function identity → profile ({@link ProfileCodec}) */
        PROFILES("profiles"),
        /** counter and gauge name → 8-byte value */
        META("meta");

        final byte[] familyName;

        Column(String name) {
            this.familyName = name.getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** Visits stored pairs; returns false to stop. */
    interface Visitor {
        boolean visit(byte[] key, byte[] value) throws RocksDBException;
    }

    private final RocksDB db;
    private final boolean secondary;
    private final DBOptions dbOptions;
    private final List<? extends AutoCloseable> familyOptions; // column family options, table configs' filters
    private final List<ColumnFamilyHandle> allHandles;
    private final EnumMap<Column, ColumnFamilyHandle> handles = new EnumMap<>(Column.class);
    private final WriteOptions writeOptions = new WriteOptions();

    private RocksStore(RocksDB db, boolean secondary, DBOptions dbOptions, List<? extends AutoCloseable> familyOptions,
                       List<ColumnFamilyHandle> allHandles) {
        this.db = db;
        this.secondary = secondary;
        this.dbOptions = dbOptions;
        this.familyOptions = familyOptions;
        this.allHandles = allHandles;
        Column[] columns = Column.values();
        for (int i = 0; i < columns.length; i++) {
            handles.put(columns[i], allHandles.get(i + 1)); // 0 is RocksDB's mandatory default family
        }
    }

    /** Opens (creating if needed) the database for reading and writing; fails fast if locked. */
    static RocksStore openPrimary(Path directory) throws RocksDBException {
        return open(directory, null);
    }

    /** Opens the database as a secondary instance whose own files live in {@code secondaryDirectory}. */
    static RocksStore openSecondary(Path directory, Path secondaryDirectory) throws RocksDBException {
        return open(directory, secondaryDirectory);
    }

    private static RocksStore open(Path directory, Path secondaryDirectory) throws RocksDBException {
        boolean secondary = secondaryDirectory != null;
        // RocksDB rotates its LOG file (rename, unlink old ones) before it takes the database lock,
        // so two processes opening at once raced on it and one failed. With a logger of our own
        // no LOG file exists; errors still reach us as exceptions.
        Logger logger = new Logger(InfoLogLevel.ERROR_LEVEL) {
            @Override
            protected void log(InfoLogLevel level, String message) {
                // dropped: failures surface as RocksDBException where they matter
            }
        };
        DBOptions dbOptions = new DBOptions()
                .setLogger(logger)
                .setCreateIfMissing(!secondary)
                .setCreateMissingColumnFamilies(!secondary)
                .setInfoLogLevel(InfoLogLevel.ERROR_LEVEL)
                .setStatsDumpPeriodSec(0)
                .setStatsPersistPeriodSec(0)
                .setMaxBackgroundJobs(2)
                .setSkipStatsUpdateOnDbOpen(true); // no reading of every table file's properties
        if (secondary) {
            dbOptions.setMaxOpenFiles(-1); // required by secondary instances
        }
        List<AutoCloseable> familyOptions = new ArrayList<>();
        familyOptions.add(logger);
        List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
        ColumnFamilyOptions defaults = new ColumnFamilyOptions();
        familyOptions.add(defaults);
        descriptors.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, defaults));
        for (Column column : Column.values()) {
            BloomFilter filter = new BloomFilter(10); // most lookups of a fresh program miss
            familyOptions.add(filter);
            ColumnFamilyOptions options = new ColumnFamilyOptions()
                    .setTableFormatConfig(new BlockBasedTableConfig().setFilterPolicy(filter));
            if (column == Column.OBJECTS) {
                options.setCompressionType(CompressionType.NO_COMPRESSION); // values are zstd already
                options.setWriteBufferSize(8L << 20);
            } else {
                options.setWriteBufferSize(4L << 20);
            }
            familyOptions.add(options);
            descriptors.add(new ColumnFamilyDescriptor(column.familyName, options));
        }
        List<ColumnFamilyHandle> handles = new ArrayList<>();
        try {
            RocksDB db = secondary
                    ? RocksDB.openAsSecondary(dbOptions, directory.toString(), secondaryDirectory.toString(), descriptors, handles)
                    : RocksDB.open(dbOptions, directory.toString(), descriptors, handles);
            return new RocksStore(db, secondary, dbOptions, familyOptions, handles);
        } catch (RocksDBException | RuntimeException e) {
            for (ColumnFamilyHandle handle : handles) {
                handle.close();
            }
            closeAll(familyOptions);
            dbOptions.close();
            throw e;
        }
    }

    /** Whether an open failed only because another process (or instance) holds the database lock. */
    static boolean isLockConflict(RocksDBException e) {
        Status status = e.getStatus();
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        boolean ioError = status == null || status.getCode() == Status.Code.IOError;
        return ioError && (message.contains("lock hold by current process")
                || (message.contains("lock") && (message.contains("temporarily unavailable")
                        || message.contains("no locks available") || message.contains("resource busy"))));
    }

    boolean isSecondary() {
        return secondary;
    }

    byte[] get(Column column, byte[] key) throws RocksDBException {
        return db.get(handles.get(column), key);
    }

    void put(Column column, byte[] key, byte[] value) throws RocksDBException {
        db.put(handles.get(column), writeOptions, key, value);
    }

    /** A batch of writes applied atomically by {@link Batch#commit()}. */
    Batch batch() {
        return new Batch();
    }

    /** Whether {@code column} has a key beginning with {@code prefix}. */
    boolean anyWithPrefix(Column column, byte[] prefix) throws RocksDBException {
        try (RocksIterator iterator = db.newIterator(handles.get(column))) {
            iterator.seek(prefix);
            if (!iterator.isValid()) {
                iterator.status();
                return false;
            }
            byte[] key = iterator.key();
            return key.length >= prefix.length && java.util.Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
        }
    }

    /** Visits every pair of {@code column} in key order. */
    void scan(Column column, Visitor visitor) throws RocksDBException {
        try (RocksIterator iterator = db.newIterator(handles.get(column))) {
            for (iterator.seekToFirst(); iterator.isValid(); iterator.next()) {
                if (!visitor.visit(iterator.key(), iterator.value())) {
                    return;
                }
            }
            iterator.status();
        }
    }

    /** Secondary only: applies what the primary has written since the last catch-up. */
    void catchUp() throws RocksDBException {
        if (secondary) {
            db.tryCatchUpWithPrimary();
        }
    }

    /** Rewrites all files so deleted entries free their space. */
    void compact() throws RocksDBException {
        for (Column column : Column.values()) {
            db.compactRange(handles.get(column));
        }
    }

    @Override
    public void close() {
        for (ColumnFamilyHandle handle : allHandles) {
            handle.close();
        }
        try {
            db.closeE();
        } catch (RocksDBException e) {
            // the process is done with the cache; a failed close loses at most unsynced writes
        }
        writeOptions.close();
        closeAll(familyOptions);
        dbOptions.close();
    }

    private static void closeAll(List<? extends AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                // native option objects do not fail to close
            }
        }
    }

    /** Writes collected and applied together; RocksDB's write-ahead log makes them atomic. */
    final class Batch implements AutoCloseable {
        private final WriteBatch batch = new WriteBatch();

        Batch put(Column column, byte[] key, byte[] value) throws RocksDBException {
            batch.put(handles.get(column), key, value);
            return this;
        }

        Batch delete(Column column, byte[] key) throws RocksDBException {
            batch.delete(handles.get(column), key);
            return this;
        }

        int count() {
            return batch.count();
        }

        void commit() throws RocksDBException {
            if (batch.count() > 0) {
                db.write(writeOptions, batch);
            }
        }

        @Override
        public void close() {
            batch.close();
        }
    }
}
