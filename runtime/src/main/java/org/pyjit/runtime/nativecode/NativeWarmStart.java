package org.pyjit.runtime.nativecode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.llvm.ValueKind;
import org.pyjit.objcache.FunctionIdentity;
import org.pyjit.objcache.FunctionProfile;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.ObjectCacheKey;
import org.pyjit.objcache.ProfiledSignature;
import org.pyjit.runtime.cache.RuntimeCache;
import org.pyjit.runtime.objects.PyFunction;
import org.pyjit.runtime.stats.NativeStatistics;

/**
 * Warm start of the native tier from the object cache's profile store: a linked unit is recorded
 * under its root function's identity (module, qualified name, bytecode hash) with the profile it
 * was planned from (argument kinds; for an OSR unit also the loop header and the registers' kinds
 * there) and its object's key. A later run calling the same function with the same argument kinds
 * plans the same unit again at the function's first call once the cache is open (same IR, so the
 * lookup hits and nothing is compiled) instead of counting calls or back-edges to the thresholds.
 * Only consulted when the cache is already open (for imports, or by the first compile), so a
 * program that never opened it pays nothing for the profile store; each function is looked up once.
 */
final class NativeWarmStart {
    private NativeWarmStart() {}

    /** What a compile job records once its unit is linked: the root function and its profile, encoded. */
    record Entry(FunctionIdentity identity, List<String> argumentTypes) {}

    /** Separates the argument kinds from an OSR entry's loop header and register kinds in a stored signature. */
    private static final String LOOP_MARK = "@loop=";

    /** The entry for a unit of {@code f} planned from {@code profile}, or null when the cache is off. */
    static Entry entryFor(PyFunction f, FrameProfile profile) {
        if (!RuntimeCache.isEnabled()) return null;
        return new Entry(identity(f), encode(profile));
    }

    /**
     * The argument kinds by name; for a unit with an OSR entry then {@code @loop=PC} and each register's
     * kinds at that header joined by {@code +} (empty for unbound), everything the plan depended on.
     */
    static List<String> encode(FrameProfile profile) {
        List<String> out = new ArrayList<>();
        for (ValueKind k : profile.argumentKinds()) out.add(k.name());
        if (profile.loopEntryPc() >= 0) {
            out.add(LOOP_MARK + profile.loopEntryPc());
            for (Set<ValueKind> kinds : profile.loopRegisterKinds()) {
                out.add(String.join("+", kinds.stream().map(ValueKind::name).toList()));
            }
        }
        return out;
    }

    /** The profile {@link #encode} wrote, or null when the text is not one (another build's names). */
    static FrameProfile decode(List<String> types, int argcount) {
        try {
            List<ValueKind> args = new ArrayList<>();
            for (int i = 0; i < argcount; i++) args.add(ValueKind.valueOf(types.get(i)));
            if (types.size() == argcount) return new FrameProfile(args, List.of(), -1);
            if (!types.get(argcount).startsWith(LOOP_MARK)) return null;
            int pc = Integer.parseInt(types.get(argcount).substring(LOOP_MARK.length()));
            List<Set<ValueKind>> registers = new ArrayList<>();
            for (String r : types.subList(argcount + 1, types.size())) {
                Set<ValueKind> kinds = EnumSet.noneOf(ValueKind.class);
                if (!r.isEmpty()) for (String k : r.split("\\+")) kinds.add(ValueKind.valueOf(k));
                registers.add(kinds);
            }
            return new FrameProfile(args, registers, pc);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /**
     * Records that {@code entry}'s unit compiled to the object under {@code key}, from a plan whose key
     * is {@code planKey} (null when none was made), on the compiler thread.
     */
    static void record(Entry entry, ObjectCacheKey key, ObjectCacheKey planKey) {
        if (entry == null || !RuntimeCache.isOpen()) return;
        ObjectCache cache = RuntimeCache.get();
        if (cache == null) return;
        try {
            ProfiledSignature signature = new ProfiledSignature(entry.argumentTypes(), 1, key, planKey);
            cache.recordProfile(new FunctionProfile(entry.identity(), List.of(signature)));
        } catch (RuntimeException e) {
            // the profile store is an optimization; the unit is linked either way
        }
    }

    /**
     * The key of the object an earlier run compiled for {@code entry}'s function and profile from a plan
     * with key {@code planKey}, or null: then the unit's IR decides its key.
     */
    static ObjectCacheKey objectKeyFor(Entry entry, ObjectCacheKey planKey) {
        if (entry == null || planKey == null || !RuntimeCache.isOpen()) return null;
        ObjectCache cache = RuntimeCache.get();
        if (cache == null) return null;
        try {
            Optional<FunctionProfile> profile = cache.profile(entry.identity());
            if (profile.isEmpty()) return null;
            for (ProfiledSignature s : profile.get().signatures()) {
                if (s.argumentTypes().equals(entry.argumentTypes()) && planKey.equals(s.inputKey()) && s.compiledKey() != null) {
                    return s.compiledKey();
                }
            }
        } catch (RuntimeException e) {
            // a damaged or unreadable profile: the IR path still works
        }
        return null;
    }

    /**
     * The profile of a unit an earlier run compiled for {@code f} with these argument kinds (the most
     * observed one, an OSR unit's included), or null.
     */
    static FrameProfile compiledBefore(PyFunction f, List<ValueKind> kinds) {
        if (!RuntimeCache.isOpen()) return null;
        ObjectCache cache = RuntimeCache.get();
        if (cache == null) return null;
        Optional<FunctionProfile> profile;
        try {
            profile = cache.profile(identity(f));
        } catch (RuntimeException e) {
            return null;
        }
        if (profile.isEmpty()) return null;
        for (ProfiledSignature s : profile.get().signatures()) {
            if (s.compiled().isEmpty()) continue;
            FrameProfile p = decode(s.argumentTypes(), kinds.size());
            if (p != null && p.argumentKinds().equals(kinds)) {
                NativeStatistics.warmStart();
                return p;
            }
        }
        return null;
    }

    private static FunctionIdentity identity(PyFunction f) {
        Object module = f.globals.get("__name__");
        return new FunctionIdentity(module instanceof String s ? s : "?", f.code.qualname, bytecodeHash(f.code));
    }

    /**
     * A constant as the same text in every run: nested code by qualified name and line, and the
     * constants that hold arrays (keyword names, frozensets) by their elements, whose records' own
     * {@code toString} would show an array's identity and so give the function another identity each run.
     */
    private static String constantText(Object c) {
        return switch (c) {
            case null -> "null";
            case CodeObject nested -> "code " + nested.qualname + " " + nested.firstLineno;
            case org.pyjit.compiler.bytecode.KeywordNames k -> "KeywordNames " + java.util.Arrays.toString(k.names());
            case org.pyjit.compiler.bytecode.FrozenSetConstant f -> {
                StringBuilder sb = new StringBuilder("FrozenSetConstant");
                for (Object e : f.elements()) sb.append(' ').append(constantText(e).length()).append(':').append(constantText(e));
                yield sb.toString();
            }
            default -> c.getClass().getSimpleName() + " " + c;
        };
    }

    /** SHA-256 over the instructions, the constants (nested code by qualified name) and the names. */
    static byte[] bytecodeHash(CodeObject code) {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ByteBuffer b = ByteBuffer.allocate(4 * code.code.length + 16);
        b.putInt(code.argcount).putInt(code.registerCount).putInt(code.flags).putInt(code.code.length);
        for (int w : code.code) b.putInt(w);
        d.update(b.array());
        StringBuilder sb = new StringBuilder();
        for (Object c : code.consts) {
            String text = constantText(c);
            sb.append(text.length()).append(':').append(text);
        }
        for (String n : code.names) sb.append(n.length()).append(':').append(n);
        d.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        return d.digest();
    }
}
