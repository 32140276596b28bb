package org.pyjit.objcache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to open a cache of 2000 entries in a JVM that has loaded the native libraries already:
 * as the primary, and as a secondary while another instance is the primary. Each invocation's
 * close runs outside the measured time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 30)
@Fork(value = 1, jvmArgs = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-XX:+UseSerialGC"})
@State(Scope.Benchmark)
public class OpenBenchmark {
    Path dir;
    CacheConfig config;
    ObjectCache opened;
    ObjectCache holder; // the primary while secondaries open

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("pyjit-objcache-open");
        config = CacheConfig.at(dir).withNativeLibraryDirectory(Path.of(System.getProperty("java.io.tmpdir"), "pyjit-bench-native"));
        try (ObjectCache cache = ObjectCache.open(config)) {
            byte[] object = new byte[2048];
            new java.util.Random(3).nextBytes(object);
            for (int i = 0; i < 2000; i++) {
                cache.put(ObjectCacheBenchmark.key("o" + i), object, ObjectMetadata.of("f" + i, 1000));
            }
        }
    }

    @TearDown(Level.Invocation)
    public void closeOpened() {
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (holder != null) {
            holder.close();
        }
        RocksObjectCache.deleteTree(dir);
    }

    @Benchmark
    public CacheMode openPrimary() {
        if (holder != null) {
            holder.close();
            holder = null;
        }
        opened = ObjectCache.open(config);
        return opened.mode();
    }

    @Benchmark
    public CacheMode openSecondary() {
        if (holder == null) {
            holder = ObjectCache.open(config);
        }
        opened = ObjectCache.open(config);
        if (opened.mode() != CacheMode.SECONDARY) {
            throw new IllegalStateException(opened.mode().toString());
        }
        return opened.mode();
    }
}
