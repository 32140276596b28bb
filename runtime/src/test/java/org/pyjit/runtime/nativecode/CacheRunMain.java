package org.pyjit.runtime.nativecode;

import java.util.List;
import org.pyjit.runtime.PyRuntime;
import org.pyjit.runtime.stats.NativeStatistics;

/**
 * Runs one program in a fresh JVM ({@code -X native=always}, or the mode given second) and prints
 * the native tier's counts and whether LLVM's and RocksDB's libraries were mapped into the process.
 */
public final class CacheRunMain {
    private CacheRunMain() {}

    public static void main(String[] args) {
        NativeTier.configure(args.length > 1 ? args[1] : "always");
        int status = PyRuntime.run(new PyRuntime.Script(args[0]), List.of(args[0]));
        NativeTier.awaitCompiles(30_000); // background compiles of -X native=on finish and record their profiles
        System.out.flush();
        System.out.println("NATIVE compiles=" + NativeStatistics.compiles() + " misses=" + NativeStatistics.cacheMisses()
                + " linked=" + NativeStatistics.unitsLinked() + " status=" + status);
        System.out.println("REASONS " + NativeStatistics.cacheMissReasons());
        System.out.println("WARM " + NativeStatistics.warmStarts());
        System.out.println("REFUSED before=" + NativeStatistics.refusedBeforeCount() + " now="
                + NativePrograms.refusedUnits());
        System.out.println("EXIT compiled=" + NativeStatistics.compiledAtExitCount() + " cooled="
                + NativeStatistics.notCompiledCount(ExitCompiles.COOLED_DOWN));
        System.out.println("PLAN " + NativeStatistics.linkedFromPlanCount());
        String maps;
        try {
            maps = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/maps"));
        } catch (java.io.IOException e) {
            maps = "";
        }
        System.out.println("MAPS llvm=" + maps.contains("libLLVM") + " rocksdb=" + maps.contains("rocksdb"));
        System.out.flush();
        System.exit(0);
    }
}
