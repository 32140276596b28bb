package org.pyjit.objcache;

import java.util.List;

/**
 * The operations behind {@code pyjit cache list|verify|gc|clear|zero-stats}. Listing works in any
 * mode but DISABLED; the others change the database and so need the cache opened as the primary
 * (see {@link CacheConfig#withPrimaryWait}); otherwise they throw {@link CacheUnavailableException}.
 */
public interface CacheMaintenance {

    /** Every entry, database and spool, most recently used first. */
    List<CacheEntryInfo> entries() throws CacheUnavailableException;

    /** Checks every entry and profile completely, deletes the damaged ones and reports them. */
    VerifyReport verify() throws CacheUnavailableException;

    /**
     * Merges the spool, evicts least-recently-used entries down to 80 % of the limit if the limit
     * is exceeded, drops stale bookkeeping and compacts the database.
     */
    GcReport gc() throws CacheUnavailableException;

    /** Deletes every entry and profile; statistics counters are kept. */
    void clear() throws CacheUnavailableException;

    /** Sets every statistics counter to zero. */
    void zeroStatistics() throws CacheUnavailableException;
}
