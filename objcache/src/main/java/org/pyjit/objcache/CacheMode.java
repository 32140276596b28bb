package org.pyjit.objcache;

/** How this process uses the cache directory; see the module README for the multi-process design. */
public enum CacheMode {
    /** This process owns the database: it reads, writes, evicts and merges the spool. */
    PRIMARY,
    /**
     * Another process owns the database: this one reads it as a RocksDB secondary instance and
     * writes to the spool directory, which the primary merges.
     */
    SECONDARY,
    /** The cache could not be used; every lookup misses and every store is dropped. */
    DISABLED
}
