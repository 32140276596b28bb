package org.pyjit.compiler.llvm;

import java.util.Locale;

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
            throw new IllegalArgumentException("-X native-cpu: '" + name + "' is not a CPU name such as native or x86-64-v3");
        }
        selected = n.toLowerCase(Locale.ROOT).equals(NATIVE) ? NATIVE : n;
    }

    /** The selected name: {@link #NATIVE} or a CPU name. */
    public static String selected() {
        return selected;
    }

    private static boolean isValidName(String name) {
        return name.matches("[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}");
    }
}
