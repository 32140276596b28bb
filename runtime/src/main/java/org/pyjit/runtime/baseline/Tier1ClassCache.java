package org.pyjit.runtime.baseline;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.bytecode.CodeObjectSerializer;
import org.pyjit.objcache.ArtifactKind;
import org.pyjit.objcache.CachedObject;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.ObjectCacheKey;
import org.pyjit.objcache.ObjectMetadata;
import org.pyjit.runtime.cache.CacheEnvironments;
import org.pyjit.runtime.cache.RuntimeCache;
import org.pyjit.runtime.stats.RuntimeStatistics;

/**
 * Tier-1 class files in the object cache: a code object's baseline class is generated once and
 * defined from the cached bytes in every later run (or after {@code pyjit aot}).
 *
 * <p>Key: the code object's position in its module (the module's bytecode key, which covers its
 * file name, source and bytecode format, plus the depth-first index) — or, for code not from a
 * module file, its serialized form — under the baseline compiler's version and the digest of the
 * generator's classes. Either determines everything a generated class depends on. The class bytes are deterministic: the code's run-time constants and the
 * code object itself reach the class as class data ({@code defineHiddenClassWithClassData}), and
 * the invokedynamic bootstrap arguments are only names and numbers from the bytecode.
 * Stored value: the number of inline-cache sites and the length of the {@code body} method's code
 * (4 bytes each) followed by the class file; or, for
 * code the generator rejects (a method past the JVM's size limit), the 4 bytes of
 * {@link #NOT_COMPILABLE} alone, so later runs do not generate it again only to reject it (5 code
 * objects of the standard library cost ~9% of a warm import-heavy start that way).
 */
public final class Tier1ClassCache {
    private Tier1ClassCache() {}

    /** The site count stored for code whose class the generator rejected. */
    static final int NOT_COMPILABLE = -1;

    /** A loaded baseline class and whether its bytes came from the cache. */
    public record Outcome(BaselineCompiler.Loaded loaded, boolean fromCache) {}

    /** Compiles (or loads from the cache) {@code code}'s baseline class. */
    public static Outcome compile(CodeObject code) throws BaselineCompiler.NotCompilable {
        ObjectCache cache = RuntimeCache.get();
        if (cache == null) return new Outcome(BaselineCompiler.compile(code), false);
        long tk = System.nanoTime();
        Tier1Prefetch.Lookup prefetched = Tier1Prefetch.take(code); // made when the module loaded, if its profile named the code
        ObjectCacheKey key;
        CachedObject hit;
        long t0;
        if (prefetched != null) {
            key = prefetched.key();
            hit = prefetched.hit();
            t0 = tk; // any wait for the prefetch counts as lookup time
        } else {
            key = keyOf(code);
            t0 = System.nanoTime();
            RuntimeStatistics.cacheKey(t0 - tk);
            hit = cache.get(key).orElse(null);
        }
        long t1 = System.nanoTime();
        RuntimeStatistics.cacheLookup(t1 - t0);
        if (hit != null) {
            if (rejected(hit.bytes())) throw new BaselineCompiler.NotCompilable("rejected by the generator in an earlier run");
            BaselineCompiler.Generated cached = decode(hit.bytes());
            if (cached != null) {
                try {
                    BaselineCompiler.Loaded loaded = BaselineCompiler.load(code, cached);
                    RuntimeStatistics.tier1Loaded(System.nanoTime() - t1);
                    Tier1Profiles.compiled(code);
                    return new Outcome(loaded, true);
                } catch (LinkageError | IllegalStateException unusable) {
                    // bytes a different generator made (despite the key): regenerate and replace below
                }
            }
        }
        long t2 = System.nanoTime();
        BaselineCompiler.Generated generated = generateOrRemember(cache, key, code);
        long t3 = System.nanoTime();
        cache.put(key, encode(generated), ObjectMetadata.of("tier-1 " + code.qualname + " (" + code.filename + ")", (t3 - t2) / 1000));
        BaselineCompiler.Loaded loaded = BaselineCompiler.load(code, generated);
        RuntimeStatistics.tier1Generated(t3 - t2, System.nanoTime() - t3);
        Tier1Profiles.compiled(code);
        return new Outcome(loaded, false);
    }

    /**
     * Generates {@code code}'s class and stores it unless the cache has it (for {@code pyjit aot});
     * returns the bytes added, 0 when it was cached already.
     */
    public static long precompile(ObjectCache cache, CodeObject code) throws BaselineCompiler.NotCompilable {
        return precompile(cache, code, keyOf(code));
    }

    /** {@link #precompile(ObjectCache, CodeObject)} for the code at a known position of a module. */
    public static long precompile(ObjectCache cache, CodeObject code, CodePosition position) throws BaselineCompiler.NotCompilable {
        return precompile(cache, code, keyOf(position));
    }

    private static long precompile(ObjectCache cache, CodeObject code, ObjectCacheKey key) throws BaselineCompiler.NotCompilable {
        CachedObject present = cache.get(key).orElse(null);
        if (present != null && rejected(present.bytes())) throw new BaselineCompiler.NotCompilable("rejected by the generator in an earlier run");
        if (present != null) return 0;
        long t0 = System.nanoTime();
        BaselineCompiler.Generated generated = generateOrRemember(cache, key, code);
        byte[] value = encode(generated);
        cache.put(key, value, ObjectMetadata.of("tier-1 " + code.qualname + " (" + code.filename + ")", (System.nanoTime() - t0) / 1000));
        return value.length;
    }

    /**
     * A code object's place in a module file: the module's bytecode key (its file name, source and
     * bytecode environment) and the code's depth-first position ({@link Tier1Profiles#codeObjects}).
     * Together they determine the code object, so they key its class without serializing it.
     */
    public record CodePosition(ObjectCacheKey moduleKey, int index) {}

    /** The key of {@code code}'s class file: by its position in its module when known, else by its serialized form. */
    public static ObjectCacheKey keyOf(CodeObject code) {
        CodePosition p = Tier1Profiles.positionOf(code);
        if (p != null) return keyOf(p);
        return ObjectCacheKey.of(ArtifactKind.TIER1_CLASS, CodeObjectSerializer.serialize(code),
                CacheEnvironments.tier1(BaselineCompiler.VERSION));
    }

    /** The key of the class file of the code at {@code p}. */
    public static ObjectCacheKey keyOf(CodePosition p) {
        byte[] tag = "module code\0".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] input = ByteBuffer.allocate(tag.length + ObjectCacheKey.LENGTH + 4).put(tag).put(p.moduleKey().digest())
                .putInt(p.index()).array();
        return ObjectCacheKey.of(ArtifactKind.TIER1_CLASS, input, CacheEnvironments.tier1(BaselineCompiler.VERSION));
    }

    /** Generates {@code code}'s class; a rejection is stored under {@code key} before it is rethrown. */
    private static BaselineCompiler.Generated generateOrRemember(ObjectCache cache, ObjectCacheKey key, CodeObject code)
            throws BaselineCompiler.NotCompilable {
        try {
            return BaselineCompiler.generateClass(code);
        } catch (BaselineCompiler.NotCompilable e) {
            cache.put(key, ByteBuffer.allocate(4).putInt(NOT_COMPILABLE).array(),
                    ObjectMetadata.of("tier-1 rejected " + code.qualname + " (" + code.filename + ")", 0));
            throw e;
        }
    }

    /** Whether a stored value records that the generator rejected the code. */
    static boolean rejected(byte[] value) {
        return value.length == 4 && ByteBuffer.wrap(value).getInt() == NOT_COMPILABLE;
    }

    static byte[] encode(BaselineCompiler.Generated generated) {
        byte[] bytes = generated.bytes();
        return ByteBuffer.allocate(8 + bytes.length).putInt(generated.sites()).putInt(generated.bodyLength()).put(bytes).array();
    }

    /** The stored class, or null when the value is too short to be one. */
    static BaselineCompiler.Generated decode(byte[] value) {
        if (value.length < 12) return null;
        ByteBuffer b = ByteBuffer.wrap(value);
        int sites = b.getInt();
        int bodyLength = b.getInt();
        return new BaselineCompiler.Generated(Arrays.copyOfRange(value, 8, value.length), sites, bodyLength);
    }
}
