package org.pyjit.runtime.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.objcache.CacheConfig;
import org.pyjit.objcache.CachedObject;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.ObjectCacheKey;
import org.pyjit.runtime.PyRuntime;
import org.pyjit.runtime.imports.ModuleCodeCache;
import org.pyjit.runtime.imports.SourceCompiler;

/** Tier-1 class files and tier-1 profiles in the object cache: deterministic bytes, keys, round trip. */
class Tier1ClassCacheTest {
    private static final String SOURCE = """
            def add(a, b):
                return a + b
            class K:
                def m(self, x):
                    return [x, 'text', 2.5, add(x, 1)]
            """;

    @TempDir
    Path dir;

    @AfterEach
    void clearAbi() {
        System.clearProperty("pyjit.abi-id");
    }

    private static CodeObject function(String source, String qualname) {
        PyRuntime.bootstrap();
        CodeObject module = SourceCompiler.compileModule(source, "/tmp/t1.py");
        return Tier1Profiles.codeObjects(module).stream().filter(c -> c.qualname.equals(qualname)).findFirst().orElseThrow();
    }

    @Test
    void classBytesAreTheSameForTwoSeparatelyCompiledCopiesOfTheCode() throws Exception {
        CodeObject first = function(SOURCE, "K.m");
        CodeObject second = function(SOURCE, "K.m");
        assertArrayEquals(BaselineCompiler.generateClass(first).bytes(), BaselineCompiler.generateClass(second).bytes());
        assertEquals(Tier1ClassCache.keyOf(first), Tier1ClassCache.keyOf(second));
    }

    @Test
    void keyChangesWithTheFunctionsBytecodeAndWithTheAbiId() {
        ObjectCacheKey key = Tier1ClassCache.keyOf(function(SOURCE, "add"));
        assertNotEquals(key, Tier1ClassCache.keyOf(function(SOURCE.replace("a + b", "a - b"), "add")));
        System.setProperty("pyjit.abi-id", "another-abi");
        assertNotEquals(key, Tier1ClassCache.keyOf(function(SOURCE, "add")));
    }

    @Test
    void moduleKeyIsContentBasedAndIncludesTheAbiId() {
        ObjectCacheKey key = ModuleCodeCache.keyOf(SOURCE, "/tmp/m.py");
        assertEquals(key, ModuleCodeCache.keyOf(SOURCE, "/tmp/m.py"));
        assertNotEquals(key, ModuleCodeCache.keyOf(SOURCE + "\n", "/tmp/m.py"));
        System.setProperty("pyjit.abi-id", "another-abi");
        assertNotEquals(key, ModuleCodeCache.keyOf(SOURCE, "/tmp/m.py"));
    }

    @Test
    void aPrecompiledClassLoadsFromTheCacheAndRuns() throws Exception {
        CodeObject add = function(SOURCE, "add");
        try (ObjectCache cache = ObjectCache.open(CacheConfig.defaults().withDirectory(dir))) {
            assertTrue(Tier1ClassCache.precompile(cache, add) > 0);
            assertEquals(0, Tier1ClassCache.precompile(cache, add), "stored once only");
            CachedObject hit = cache.get(Tier1ClassCache.keyOf(add)).orElseThrow();
            BaselineCompiler.Generated cached = Tier1ClassCache.decode(hit.bytes());
            assertNotNull(cached);
            BaselineCompiler.Generated fresh = BaselineCompiler.generateClass(add);
            assertArrayEquals(fresh.bytes(), cached.bytes());
            assertTrue(cached.bodyLength() > 0);
            assertEquals(fresh.bodyLength(), cached.bodyLength(), "the body's length is stored with the class");
            BaselineCompiler.Loaded loaded = BaselineCompiler.load(add, cached);
            assertNotNull(loaded.body());
            // the stored length decides, without parsing the class file
            assertThrows(BaselineCompiler.NotCompilable.class, () -> BaselineCompiler.load(add,
                    new BaselineCompiler.Generated(cached.bytes(), cached.sites(), Integer.MAX_VALUE)));
        }
    }

    @Test
    void aClassTheGeneratorRejectsIsRememberedAsRejected() throws Exception {
        // a body past the JVM's 64 KiB method limit
        StringBuilder huge = new StringBuilder("def huge(a, b):\n    t = 0\n");
        for (int i = 0; i < 4000; i++) huge.append("    t = t + a * b - ").append(i).append(" + len([a, b, t])\n");
        huge.append("    return t\n");
        CodeObject code = function(huge.toString(), "huge");
        try (ObjectCache cache = ObjectCache.open(CacheConfig.defaults().withDirectory(dir))) {
            assertThrows(BaselineCompiler.NotCompilable.class, () -> Tier1ClassCache.precompile(cache, code));
            CachedObject stored = cache.get(Tier1ClassCache.keyOf(code)).orElseThrow();
            assertTrue(Tier1ClassCache.rejected(stored.bytes()));
            BaselineCompiler.NotCompilable again =
                    assertThrows(BaselineCompiler.NotCompilable.class, () -> Tier1ClassCache.precompile(cache, code));
            assertTrue(again.getMessage().contains("earlier run"), again.getMessage());
        }
    }

    @Test
    void aPrefetchedLookupFindsThePrecompiledClassAndIsHandedOutOnce() throws Exception {
        PyRuntime.bootstrap();
        List<CodeObject> codes = Tier1Profiles.codeObjects(SourceCompiler.compileModule(SOURCE, "/tmp/t1.py"));
        ObjectCacheKey moduleKey = ModuleCodeCache.keyOf(SOURCE, "/tmp/t1.py");
        Tier1ClassCache.CodePosition addAt = new Tier1ClassCache.CodePosition(moduleKey, 1);
        Tier1ClassCache.CodePosition methodAt = new Tier1ClassCache.CodePosition(moduleKey, 3);
        try (ObjectCache cache = ObjectCache.open(CacheConfig.defaults().withDirectory(dir))) {
            assertTrue(Tier1ClassCache.precompile(cache, codes.get(1), addAt) > 0);
            Tier1Prefetch.start(cache, codes.get(1), addAt);
            Tier1Prefetch.start(cache, codes.get(3), methodAt);
            Tier1Prefetch.Lookup add = Tier1Prefetch.take(codes.get(1));
            assertEquals(Tier1ClassCache.keyOf(addAt), add.key());
            assertArrayEquals(cache.get(add.key()).orElseThrow().bytes(), add.hit().bytes());
            assertNull(Tier1Prefetch.take(codes.get(1)), "handed out once");
            Tier1Prefetch.Lookup method = Tier1Prefetch.take(codes.get(3));
            assertEquals(Tier1ClassCache.keyOf(methodAt), method.key());
            assertNull(method.hit(), "not precompiled: a miss, compiled by the caller");
        }
    }

    @Test
    void profileBitsRoundTripAndTheCodeOrderIsDepthFirst() {
        BitSet bits = new BitSet();
        bits.set(1);
        bits.set(3);
        assertEquals(bits, Tier1Profiles.decode(Tier1Profiles.encode(bits)));
        assertEquals(new BitSet(), Tier1Profiles.decode(Tier1Profiles.encode(new BitSet())));
        PyRuntime.bootstrap();
        List<String> order = Tier1Profiles.codeObjects(SourceCompiler.compileModule(SOURCE, "/tmp/t1.py")).stream()
                .map(c -> c.qualname).toList();
        assertEquals(List.of("<module>", "add", "K", "K.m"), order);
    }
}
