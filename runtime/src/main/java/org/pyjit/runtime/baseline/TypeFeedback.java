package org.pyjit.runtime.baseline;

import java.lang.invoke.MethodHandles;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.baseline.ic.InlineCache;

/**
 * The type feedback of tier 1, for the native tier: the inline cache of each dynamic instruction
 * of a compiled code object, whose {@link InlineCache#kinds} are the cases it has seen and whose
 * {@link InlineCache#state} tells whether there are few (mono-, polymorphic) or too many
 * (megamorphic). One source of truth for both tiers: the caches are the profile.
 */
public final class TypeFeedback {
    private TypeFeedback() {}

    /** Called by the bootstraps: the site of the instruction at {@code pc} of the calling baseline class. */
    public static void register(MethodHandles.Lookup baselineClass, int pc, InlineCache site) {
        CodeObject code = BaselineCompiler.codeOf(baselineClass);
        TierState st = TierPolicy.stateOf(code);
        synchronized (st) {
            if (st.sites == null) st.sites = new HashMap<>();
            st.sites.put(pc, site);
        }
    }

    /** The inline cache of the instruction at {@code pc}, or null (not compiled, not run yet, or no site). */
    public static InlineCache siteAt(CodeObject code, int pc) {
        return sites(code).get(pc);
    }

    /** Every linked inline cache of {@code code} by instruction offset (empty when it is not in tier 1). */
    public static Map<Integer, InlineCache> sites(CodeObject code) {
        if (!(code.runtimeState instanceof TierState st)) return Map.of();
        synchronized (st) {
            return st.sites == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(st.sites));
        }
    }
}
