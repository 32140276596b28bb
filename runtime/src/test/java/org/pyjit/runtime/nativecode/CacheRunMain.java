package org.pyjit.runtime.nativecode;

import java.util.List;
import org.pyjit.runtime.PyRuntime;
import org.pyjit.runtime.stats.NativeStatistics;

/** Runs one program with {@code -X native=always} in a fresh JVM and prints the native tier's counts (for cache tests). */
public final class CacheRunMain {
    private CacheRunMain() {}

    public static void main(String[] args) {
        NativeTier.setMode(NativeTier.Mode.ALWAYS);
        int status = PyRuntime.run(new PyRuntime.Script(args[0]), List.of(args[0]));
        System.out.flush();
        System.out.println("NATIVE compiles=" + NativeStatistics.compiles() + " misses=" + NativeStatistics.cacheMisses()
                + " linked=" + NativeStatistics.unitsLinked() + " status=" + status);
        System.out.flush();
        System.exit(0);
    }
}
