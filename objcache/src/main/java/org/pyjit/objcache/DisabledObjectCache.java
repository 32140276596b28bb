package org.pyjit.objcache;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The cache of a process that cannot use its cache directory: empty, silent, never failing. */
final class DisabledObjectCache implements ObjectCache, CacheMaintenance {
    private final CacheConfig config;
    private final String reason;

    DisabledObjectCache(CacheConfig config, String reason) {
        this.config = config;
        this.reason = reason;
    }

    /** Why the cache is disabled. */
    String reason() {
        return reason;
    }

    @Override
    public LookupResult lookup(ObjectCacheKey key) {
        return new LookupResult.Miss(MissReason.UNAVAILABLE, reason);
    }

    @Override
    public boolean put(ObjectCacheKey key, byte[] object, ObjectMetadata metadata) {
        return false;
    }

    @Override
    public Optional<FunctionProfile> profile(FunctionIdentity function) {
        return Optional.empty();
    }

    @Override
    public void recordProfile(FunctionProfile update) {
        // nothing is kept
    }

    @Override
    public boolean hasProfiles(String module) {
        return false;
    }

    @Override
    public List<FunctionProfile> profiles() {
        return List.of();
    }

    @Override
    public CacheStatistics statistics() {
        return CacheStatistics.empty(config.maxBytes());
    }

    @Override
    public CacheStatistics sessionStatistics() {
        return CacheStatistics.empty(config.maxBytes());
    }

    @Override
    public CacheMode mode() {
        return CacheMode.DISABLED;
    }

    @Override
    public Path directory() {
        return config.directory();
    }

    @Override
    public CacheMaintenance maintenance() {
        return this;
    }

    @Override
    public void close() {
        // nothing is open
    }

    private CacheUnavailableException unavailable() {
        return new CacheUnavailableException("the cache at " + config.directory() + " is disabled: " + reason);
    }

    @Override
    public List<CacheEntryInfo> entries() throws CacheUnavailableException {
        throw unavailable();
    }

    @Override
    public VerifyReport verify() throws CacheUnavailableException {
        throw unavailable();
    }

    @Override
    public GcReport gc() throws CacheUnavailableException {
        throw unavailable();
    }

    @Override
    public void clear() throws CacheUnavailableException {
        throw unavailable();
    }

    @Override
    public void zeroStatistics() throws CacheUnavailableException {
        throw unavailable();
    }
}
