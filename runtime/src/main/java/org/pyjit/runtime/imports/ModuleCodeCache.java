package org.pyjit.runtime.imports;

import java.nio.charset.StandardCharsets;
import org.pyjit.compiler.bytecode.BytecodeCompiler;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.bytecode.CodeObjectSerializer;
import org.pyjit.objcache.ArtifactKind;
import org.pyjit.objcache.CachedObject;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.ObjectCacheKey;
import org.pyjit.objcache.ObjectMetadata;
import org.pyjit.runtime.baseline.Tier1Profiles;
import org.pyjit.runtime.cache.CacheEnvironments;
import org.pyjit.runtime.cache.RuntimeCache;
import org.pyjit.runtime.stats.RuntimeStatistics;

/**
 * pyjit's {@code .pyc}: the main script's and imported modules' compiled bytecode, stored in the object cache under a
 * key made of the file name, the source text and the bytecode format version (content, not
 * modification time, so an edit invalidates exactly that module).
 */
public final class ModuleCodeCache {
    private ModuleCodeCache() {}

    /**
     * The module's code object: from the cache when an earlier run (or {@code pyjit aot}) stored
     * it, else compiled and stored. Either way the tier-1 profile of the module is looked up, so
     * functions that went to tier 1 in an earlier run do so at their first call.
     */
    public static CodeObject compile(String source, String filename) {
        if (!RuntimeCache.isEnabled()) return compileFresh(source, filename);
        // the file's status key first: the main script's is made while the cache may still be opening in the background
        long tk = System.nanoTime();
        SourceStatMemo.Observed seen = SourceStatMemo.observe(filename);
        ImportPrefetch.Loaded ahead = seen == null ? null : ImportPrefetch.take(filename); // waits for it
        if (ahead != null && ahead.status().equals(seen.text())) { // the file is as the prefetch found it
            ObjectCache cache = RuntimeCache.get();
            RuntimeStatistics.cacheLookup(System.nanoTime() - tk);
            RuntimeStatistics.moduleLoadedAhead(); // deserialized on the prefetch thread
            ImportPrefetch.moduleLoaded(cache, filename, ahead.key());
            Tier1Profiles.moduleLoaded(ahead.code(), ahead.key(), cache);
            return ahead.code();
        }
        SourceStatMemo.Status status = seen == null ? null : SourceStatMemo.statusOf(seen);
        RuntimeStatistics.cacheKey(System.nanoTime() - tk);
        ObjectCache cache = RuntimeCache.get();
        if (cache == null) return compileFresh(source, filename);
        long t0 = System.nanoTime();
        ObjectCacheKey memoKey = status == null ? null : SourceStatMemo.lookup(cache, status);
        CachedObject hit = memoKey == null ? null : cache.get(memoKey).orElse(null);
        ObjectCacheKey key = memoKey;
        if (hit == null) {
            long t = System.nanoTime();
            key = keyOf(source, filename);
            long t2 = System.nanoTime();
            RuntimeStatistics.cacheKey(t2 - t);
            t0 += t2 - t;
            hit = cache.get(key).orElse(null);
        }
        long t1 = System.nanoTime();
        RuntimeStatistics.cacheLookup(t1 - t0);
        CodeObject code = null;
        if (hit != null) {
            try {
                code = CodeObjectSerializer.deserialize(hit.bytes());
                RuntimeStatistics.moduleCacheHit(System.nanoTime() - t1);
            } catch (IllegalArgumentException damaged) {
                // a format we cannot read: compile again and replace it below
            }
        }
        if (code == null) {
            if (key == memoKey) key = keyOf(source, filename); // a damaged entry found through the memo
            code = compileFresh(source, filename);
            long micros = (System.nanoTime() - t1) / 1000;
            cache.put(key, CodeObjectSerializer.serialize(code), ObjectMetadata.of("module " + filename, micros));
        }
        if (status != null && !key.equals(memoKey)) SourceStatMemo.remember(cache, status, key, filename);
        ImportPrefetch.moduleLoaded(cache, filename, key);
        Tier1Profiles.moduleLoaded(code, key, cache);
        return code;
    }

    /** At the end of a program: records which modules it loaded, for the next run's prefetch ({@link ImportPrefetch}). */
    public static void programEnded() {
        ImportPrefetch.save(RuntimeCache.isOpen() ? RuntimeCache.get() : null);
    }

    /** The cache key of a module's bytecode: its file name and source text under the bytecode environment. */
    public static ObjectCacheKey keyOf(String source, String filename) {
        byte[] input = (filename + "\0" + source).getBytes(StandardCharsets.UTF_8);
        return ObjectCacheKey.of(ArtifactKind.MODULE_BYTECODE, input, CacheEnvironments.bytecode());
    }

    /** A module compiled ahead of time: its code, its key, and whether the cache had it already. */
    public record Precompiled(CodeObject code, ObjectCacheKey key, boolean wasCached) {}

    /**
     * For {@code pyjit aot}: the module's code from the cache, else compiled and stored; unlike
     * {@link #compile} nothing is registered for this process's tier policy.
     */
    public static Precompiled precompile(ObjectCache cache, String source, String filename) {
        ObjectCacheKey key = keyOf(source, filename);
        CachedObject hit = cache.get(key).orElse(null);
        if (hit != null) {
            try {
                return new Precompiled(CodeObjectSerializer.deserialize(hit.bytes()), key, true);
            } catch (IllegalArgumentException damaged) {
                // compile and replace
            }
        }
        long t0 = System.nanoTime();
        CodeObject code = compileFresh(source, filename);
        cache.put(key, CodeObjectSerializer.serialize(code), ObjectMetadata.of("module " + filename, (System.nanoTime() - t0) / 1000));
        return new Precompiled(code, key, false);
    }

    private static CodeObject compileFresh(String source, String filename) {
        long t0 = System.nanoTime();
        CodeObject code = SourceCompiler.compileModule(source, filename);
        RuntimeStatistics.moduleCompiled(System.nanoTime() - t0);
        return code;
    }
}
