package org.pyjit.compiler.llvm;

import java.util.Locale;
import java.util.Set;

/**
 * The CPU the native tier generates code for: the host's own (name and feature string from LLVM,
 * the default) or a named baseline such as {@code x86-64-v3} ({@code -X native-cpu=NAME} or
 * {@code $PYJIT_NATIVE_CPU}), whose features are the ones LLVM gives that CPU. Machines of a mixed
 * fleet that share a remote cache pick one baseline, so their code is interchangeable; the choice
 * is part of every native cache key. Must be chosen before the first native compile.
 */
public final class NativeCpu {
    private NativeCpu() {}

    /** The value that selects the host CPU. */
    public static final String NATIVE = "native";

    private static volatile String selected = initial();

    private static String initial() {
        String env = System.getenv("PYJIT_NATIVE_CPU");
        return env == null || env.isBlank() || !isValidName(env.trim()) ? NATIVE : env.trim();
    }

    /**
     * Selects {@code name} ({@code native} for the host).
     *
     * @throws IllegalArgumentException if the name is not a CPU name LLVM could know
     */
    public static void select(String name) {
        String n = name.trim();
        if (!isValidName(n)) {
            throw new IllegalArgumentException("-X native-cpu: '" + name + "' is not a CPU LLVM knows; use native, a baseline"
                    + " (x86-64, x86-64-v2, x86-64-v3, x86-64-v4) or a CPU name such as haswell or znver3");
        }
        selected = n.toLowerCase(Locale.ROOT).equals(NATIVE) ? NATIVE : n;
    }

    /** The selected name: {@link #NATIVE} or a CPU name. */
    public static String selected() {
        return selected;
    }

    /**
     * x86-64 CPU names LLVM knows: on such a host an unknown name is refused up front (LLVM itself
     * would only print "not a recognized processor" for every unit and fall back to a generic CPU).
     */
    private static final Set<String> X86_64_CPUS = Set.of("x86-64", "x86-64-v2", "x86-64-v3", "x86-64-v4",
            "generic", "core2", "penryn", "nehalem", "corei7", "westmere", "sandybridge", "corei7-avx", "ivybridge",
            "core-avx-i", "haswell", "core-avx2", "broadwell", "skylake", "skylake-avx512", "skx", "cascadelake",
            "cooperlake", "cannonlake", "icelake-client", "rocketlake", "icelake-server", "tigerlake",
            "sapphirerapids", "alderlake", "raptorlake", "meteorlake", "arrowlake", "arrowlake-s", "lunarlake",
            "gracemont", "sierraforest", "grandridge", "graniterapids", "graniterapids-d", "emeraldrapids",
            "atom", "bonnell", "silvermont", "slm", "goldmont", "goldmont-plus", "tremont", "knl", "knm",
            "btver1", "btver2", "bdver1", "bdver2", "bdver3", "bdver4", "znver1", "znver2", "znver3", "znver4",
            "znver5", "k8", "opteron", "athlon64", "k8-sse3", "amdfam10", "barcelona");

    private static boolean isValidName(String name) {
        if (name.equalsIgnoreCase(NATIVE)) {
            return true;
        }
        String arch = System.getProperty("os.arch", "");
        if (arch.equals("amd64") || arch.equals("x86_64")) {
            return X86_64_CPUS.contains(name);
        }
        return name.matches("[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}");
    }
}
