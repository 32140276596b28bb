package org.pyjit.objcache;

import java.nio.file.Path;

/**
 * Measures, in a fresh JVM, what loading RocksDB's and zstd's JNI libraries costs: with the
 * libraries' own loaders (a new temporary copy each JVM) or from pyjit's extracted copies; and
 * what a whole first {@link ObjectCache#open} costs. Run by {@code objcache/bench.sh}.
 */
public final class NativeLoadCost {
    private NativeLoadCost() {}

    public static void main(String[] args) {
        long start = System.nanoTime();
        switch (args[0]) {
            case "own-loaders" -> {
                org.rocksdb.RocksDB.loadLibrary();
                com.github.luben.zstd.util.Native.load();
            }
            case "extracted-copies" -> NativeLibraries.load(Path.of(args[1]));
            case "open" -> ObjectCache.open(CacheConfig.at(Path.of(args[2])).withNativeLibraryDirectory(Path.of(args[1]))).close();
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.printf("%.1f%n", (System.nanoTime() - start) / 1e6);
    }
}
