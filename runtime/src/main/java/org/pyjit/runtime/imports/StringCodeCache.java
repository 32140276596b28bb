package org.pyjit.runtime.imports;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Compiled code of strings given to {@code exec} and {@code eval}, in the object cache beside the
 * modules' bytecode: the standard library builds functions from source text at import
 * ({@code collections.namedtuple}'s {@code __new__}, {@code dataclasses}' methods), so without it a
 * warm start still started the parser (its ANTLR tables alone are tens of milliseconds) for them.
 * Keyed by mode, file name and text under the bytecode environment. Only while the cache is open
 * already (a program that opened it for its imports), and at most {@link #STORES_PER_RUN} stores per
 * run, so a program that evaluates ever new strings does not fill the cache with them. Code that
 * does not compile is never stored: its {@code SyntaxError} comes from the compiler every time.
 */
public final class StringCodeCache {
    private StringCodeCache() {}

    static final int STORES_PER_RUN = 256;
    private static final AtomicInteger STORES = new AtomicInteger();

    /** {@code source} compiled as {@code exec} input (a module) or, when {@code isEval}, as an expression. */
    public static CodeObject compile(String source, String filename, boolean isEval) {
        ObjectCache cache = RuntimeCache.isOpen() ? RuntimeCache.get() : null;
        if (cache == null) return compileFresh(source, filename, isEval);
        long tk = System.nanoTime();
        ObjectCacheKey key = keyOf(source, filename, isEval);
        long t0 = System.nanoTime();
        RuntimeStatistics.cacheKey(t0 - tk);
        CachedObject hit = cache.get(key).orElse(null);
        long t1 = System.nanoTime();
        RuntimeStatistics.cacheLookup(t1 - t0);
        if (hit != null) {
            try {
                CodeObject code = CodeObjectSerializer.deserialize(hit.bytes());
                RuntimeStatistics.stringCodeLoaded(System.nanoTime() - t1);
                return code;
            } catch (IllegalArgumentException damaged) {
                // compile again and replace it below
            }
        }
        CodeObject code = compileFresh(source, filename, isEval);
        if (STORES.incrementAndGet() <= STORES_PER_RUN) {
            cache.put(key, CodeObjectSerializer.serialize(code),
                    ObjectMetadata.of((isEval ? "eval " : "exec ") + filename, (System.nanoTime() - t1) / 1000));
        }
        return code;
    }

    /** The key of a string's code: its mode, file name and text under the bytecode environment. */
    static ObjectCacheKey keyOf(String source, String filename, boolean isEval) {
        byte[] input = ((isEval ? "eval\0" : "exec\0") + filename + "\0" + source).getBytes(StandardCharsets.UTF_8);
        return ObjectCacheKey.of(ArtifactKind.MODULE_BYTECODE, input, CacheEnvironments.bytecode());
    }

    private static CodeObject compileFresh(String source, String filename, boolean isEval) {
        return isEval ? SourceCompiler.compileExpression(source, filename) : SourceCompiler.compileModule(source, filename);
    }
}
