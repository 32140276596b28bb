package org.pyjit.runtime.nativecode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
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
 * Warm start of the native tier from the object cache's profile store: a unit compiled for a
 * function's call signature is recorded under the function's identity (module, qualified name,
 * bytecode hash) with its object's key; a later run that calls the same function with the same
 * argument kinds plans and links that unit at the first call (the IR is the same, so the lookup
 * hits) instead of counting calls to the threshold again. Only consulted when the cache is
 * already open, so a program that never opened it pays nothing for the profile store.
 */
final class NativeWarmStart {
    private NativeWarmStart() {}

    /** What a compile job records once its unit is linked: the root function and its argument kinds. */
    record Entry(FunctionIdentity identity, List<String> argumentTypes) {}

    /** The entry for a call-signature unit of {@code f}, or null when the cache is off. */
    static Entry entryFor(PyFunction f, List<ValueKind> kinds) {
        if (!RuntimeCache.isEnabled()) return null;
        return new Entry(identity(f), kinds.stream().map(ValueKind::name).toList());
    }

    /** Records that {@code entry}'s signature compiled to the object under {@code key} (compiler thread). */
    static void record(Entry entry, ObjectCacheKey key) {
        if (entry == null || !RuntimeCache.isOpen()) return;
        ObjectCache cache = RuntimeCache.get();
        if (cache == null) return;
        try {
            cache.recordProfile(new FunctionProfile(entry.identity(), List.of(new ProfiledSignature(entry.argumentTypes(), 1, key))));
        } catch (RuntimeException e) {
            // the profile store is an optimization; the unit is linked either way
        }
    }

    /** Whether an earlier run compiled {@code f} for these argument kinds (then it is compiled at its first call). */
    static boolean compiledBefore(PyFunction f, List<ValueKind> kinds) {
        if (!RuntimeCache.isOpen()) return false;
        ObjectCache cache = RuntimeCache.get();
        if (cache == null) return false;
        Optional<FunctionProfile> profile;
        try {
            profile = cache.profile(identity(f));
        } catch (RuntimeException e) {
            return false;
        }
        if (profile.isEmpty()) return false;
        List<String> types = kinds.stream().map(ValueKind::name).toList();
        for (ProfiledSignature s : profile.get().signatures()) {
            if (s.argumentTypes().equals(types) && s.compiled().isPresent()) {
                NativeStatistics.warmStart();
                return true;
            }
        }
        return false;
    }

    private static FunctionIdentity identity(PyFunction f) {
        Object module = f.globals.get("__name__");
        return new FunctionIdentity(module instanceof String s ? s : "?", f.code.qualname, bytecodeHash(f.code));
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
            String text = c instanceof CodeObject nested ? "code " + nested.qualname + " " + nested.firstLineno
                    : c == null ? "null" : c.getClass().getSimpleName() + " " + c;
            sb.append(text.length()).append(':').append(text);
        }
        for (String n : code.names) sb.append(n.length()).append(':').append(n);
        d.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        return d.digest();
    }
}
