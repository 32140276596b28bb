package org.pyjit.objcache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of get and put (primary and secondary) and of computing a key, on a cache holding
 * 2000 entries. Run with {@code objcache/bench.sh}; not part of the tests.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-XX:+UseSerialGC"})
@State(Scope.Benchmark)
public class ObjectCacheBenchmark {
    static final NativeObjectEnvironment ENV = new NativeObjectEnvironment(
            "20.1.7", "x86_64-unknown-linux-gnu", "znver3", "+avx2,+bmi2,+fma", 2, "pyjit-abi-1");
    static final int ENTRIES = 2000;

    /** Size of the stored objects (a small and a larger compiled function). */
    @Param({"1024", "16384"})
    public int objectBytes;

    Path dir;
    ObjectCache primary;
    ObjectCache secondary;
    ObjectCacheKey[] stored;
    byte[] object;
    byte[] input;
    long next;

    static ObjectCacheKey key(String name) {
        return ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, name.getBytes(), ENV);
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("pyjit-objcache-bench");
        CacheConfig config = CacheConfig.at(dir).withNativeLibraryDirectory(Path.of(System.getProperty("java.io.tmpdir"), "pyjit-bench-native"));
        primary = ObjectCache.open(config);
        secondary = ObjectCache.open(config);
        if (primary.mode() != CacheMode.PRIMARY || secondary.mode() != CacheMode.SECONDARY) {
            throw new IllegalStateException(primary.mode() + " " + secondary.mode());
        }
        object = new byte[objectBytes];
        // machine code compresses about 2:1; half random, half zero bytes mimics that
        new Random(1).nextBytes(object);
        java.util.Arrays.fill(object, objectBytes / 2, objectBytes, (byte) 0);
        stored = new ObjectCacheKey[ENTRIES];
        for (int i = 0; i < ENTRIES; i++) {
            stored[i] = key("stored-" + i);
            primary.put(stored[i], object, ObjectMetadata.of("f" + i + "(int)", 5000));
        }
        input = new byte[10_000]; // a mid-sized function's IR
        new Random(2).nextBytes(input);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        secondary.close();
        primary.close();
        RocksObjectCache.deleteTree(dir);
    }

    @Benchmark
    public Object getHitPrimary() {
        return primary.get(stored[(int) (next++ % ENTRIES)]);
    }

    @Benchmark
    public Object getMissPrimary() {
        return primary.lookup(key("absent-" + next++));
    }

    @Benchmark
    public Object getHitSecondary() {
        return secondary.get(stored[(int) (next++ % ENTRIES)]);
    }

    @Benchmark
    public Object getMissSecondary() {
        return secondary.lookup(key("absent-" + next++));
    }

    @Benchmark
    public boolean putPrimary() {
        return primary.put(key("new-" + next++), object, ObjectMetadata.of("g(int)", 5000));
    }

    @Benchmark
    public boolean putSecondary() {
        return secondary.put(key("spooled-" + next++), object, ObjectMetadata.of("g(int)", 5000));
    }

    @Benchmark
    public ObjectCacheKey keyOf10KbInput() {
        input[0] = (byte) next++;
        return ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, input, ENV);
    }
}
