package org.pyjit.runtime.baseline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.objcache.ArtifactKind;
import org.pyjit.objcache.CachedObject;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.ObjectCacheKey;
import org.pyjit.objcache.ObjectMetadata;
import org.pyjit.runtime.cache.CacheEnvironments;
import org.pyjit.runtime.cache.RuntimeCache;

/**
 * The tier-1 profile of each module: which of its code objects went to tier 1 in earlier runs.
 * One record per module (not per function), so a warm start pays one cache lookup per imported
 * module. The code objects of a module are numbered in depth-first order of their constants, which
 * the module's source fixes; the record is keyed by the module's bytecode key, so an edited module
 * starts without one. A code object named by the profile compiles (or loads its class from the
 * cache) at its first call or loop back-edge instead of after {@link BaselineOptions#threshold}.
 * Records grow as runs make more code hot; they are written when the program ends ({@link #save}).
 */
public final class Tier1Profiles {
    private Tier1Profiles() {}

    /**
     * One module's code objects (weakly: a program run in-process must not keep its code alive
     * for the next one), the hot set read from the cache, and what went hot this run.
     */
    private record ModuleProfile(ObjectCacheKey key, ObjectCacheKey moduleKey, String filename, List<WeakReference<CodeObject>> codes, BitSet stored, BitSet hot) {
        CodeObject code(int i) {
            return i < codes.size() ? codes.get(i).get() : null;
        }

        boolean collected() {
            for (WeakReference<CodeObject> r : codes) {
                if (r.get() != null) return false;
            }
            return true;
        }
    }

    private record Position(ModuleProfile module, int index) {}

    private static final Map<CodeObject, Position> POSITIONS = new WeakHashMap<>();
    private static final List<ModuleProfile> MODULES = new ArrayList<>();

    /** Registers a module's code (fresh or from the cache) and marks the code objects its profile names. */
    public static void moduleLoaded(CodeObject module, ObjectCacheKey moduleKey, ObjectCache cache) {
        List<CodeObject> codes = codeObjects(module);
        BitSet stored = read(cache, moduleKey);
        List<WeakReference<CodeObject>> refs = new ArrayList<>(codes.size());
        for (CodeObject c : codes) refs.add(new WeakReference<>(c));
        ModuleProfile profile = new ModuleProfile(keyOf(moduleKey), moduleKey, module.filename, refs, stored, new BitSet());
        synchronized (Tier1Profiles.class) {
            MODULES.add(profile);
            for (int i = 0; i < codes.size(); i++) POSITIONS.put(codes.get(i), new Position(profile, i));
        }
        if (BaselineOptions.mode() == BaselineOptions.Mode.OFF) return;
        boolean nativeTier = org.pyjit.runtime.nativecode.NativeTier.active;
        for (int i = stored.nextSetBit(0); i >= 0 && i < codes.size(); i = stored.nextSetBit(i + 1)) {
            CodeObject code = codes.get(i);
            // the code's tier state and the native tier's share one slot: leave what native code may run to it
            if (code.runtimeState != null || nativeTier && org.pyjit.compiler.llvm.NativeUnitCompiler.eligible(code)) continue;
            TierState st = TierPolicy.stateOf(code);
            // one more call or back-edge passes the threshold: compiles (or loads) at first use
            int almost = Math.max(0, BaselineOptions.threshold() - 1);
            st.calls = Math.max(st.calls, almost);
            st.backEdges = Math.max(st.backEdges, almost);
            if (i > 0) Tier1Prefetch.start(cache, code, new Tier1ClassCache.CodePosition(moduleKey, i));
        }
    }

    /** Where {@code code} is: its module's bytecode key and its position, or null for code not from a module file. */
    static synchronized Tier1ClassCache.CodePosition positionOf(CodeObject code) {
        Position p = POSITIONS.get(code);
        return p == null ? null : new Tier1ClassCache.CodePosition(p.module.moduleKey, p.index);
    }

    /** Records that {@code code} went to tier 1 in this run. */
    static synchronized void compiled(CodeObject code) {
        Position p = POSITIONS.get(code);
        if (p != null) p.module.hot.set(p.index);
    }

    /** Writes the profiles that grew in this run (called when the program ends). */
    public static void save() {
        ObjectCache cache = RuntimeCache.isOpen() ? RuntimeCache.get() : null;
        if (cache == null) return;
        List<ModuleProfile> grown = new ArrayList<>();
        synchronized (Tier1Profiles.class) {
            for (ModuleProfile m : MODULES) {
                BitSet added = (BitSet) m.hot.clone();
                added.andNot(m.stored);
                if (!added.isEmpty()) {
                    m.stored.or(m.hot);
                    grown.add(m);
                }
            }
            MODULES.removeIf(ModuleProfile::collected);
        }
        for (ModuleProfile m : grown) {
            cache.put(m.key, encode((BitSet) m.stored.clone()), ObjectMetadata.of("tier-1 profile " + m.filename, 0));
        }
    }

    /** The code objects of the modules loaded in this process that earlier runs or this one made hot. */
    public static synchronized List<CodeObject> hotCode() {
        List<CodeObject> out = new ArrayList<>();
        for (ModuleProfile m : MODULES) {
            BitSet all = (BitSet) m.stored.clone();
            all.or(m.hot);
            for (int i = all.nextSetBit(0); i >= 0; i = all.nextSetBit(i + 1)) {
                CodeObject c = m.code(i);
                if (c != null) out.add(c);
            }
        }
        return out;
    }

    /** The code objects of {@code module}, itself first, numbered depth-first through constants. */
    public static List<CodeObject> codeObjects(CodeObject module) {
        List<CodeObject> out = new ArrayList<>();
        collect(module, out);
        return out;
    }

    private static void collect(CodeObject code, List<CodeObject> out) {
        out.add(code);
        for (Object c : code.consts) {
            if (c instanceof CodeObject inner) collect(inner, out);
        }
    }

    /** The positions (in {@link #codeObjects} order) of the code the stored profile names; empty when none. */
    public static BitSet hotSet(ObjectCache cache, ObjectCacheKey moduleKey) {
        return read(cache, moduleKey);
    }

    private static BitSet read(ObjectCache cache, ObjectCacheKey moduleKey) {
        CachedObject hit = cache.get(keyOf(moduleKey)).orElse(null);
        return hit == null ? new BitSet() : decode(hit.bytes());
    }

    /**
     * The profile's key: the module's bytecode key under an environment of its own (the ABI id, not
     * the generator digest: a rebuilt baseline compiler regenerates the classes, the profile stays).
     */
    static ObjectCacheKey keyOf(ObjectCacheKey moduleKey) {
        byte[] tag = "tier-1 profile\0".getBytes(StandardCharsets.UTF_8);
        byte[] input = ByteBuffer.allocate(tag.length + ObjectCacheKey.LENGTH).put(tag).put(moduleKey.digest()).array();
        return ObjectCacheKey.of(ArtifactKind.TIER1_CLASS, input,
                CacheEnvironments.tier1Profile("tier-1-profile-1-"));
    }

    static byte[] encode(BitSet bits) {
        return bits.toByteArray().length == 0 ? new byte[] {0} : bits.toByteArray();
    }

    static BitSet decode(byte[] bytes) {
        return BitSet.valueOf(bytes);
    }
}
