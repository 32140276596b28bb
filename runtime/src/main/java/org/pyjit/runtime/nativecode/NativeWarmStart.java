package org.pyjit.runtime.nativecode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * Appended to a unit's stored signature to record a run in which the unit was linked but never
     * entered (compiled after the loops that asked for it had finished, or linked from the profile for
     * a function whose calls never fit it), or entered a few times for under a millisecond in all
     * ({@link LoadedUnit#barelyUsed}): a signature with no compiled key, so nothing links it.
     */
    static final String IDLE_MARK = "@idle";
    /** Appended to record a run in which a unit that an earlier run left idle was entered after all. */
    static final String ENTERED_MARK = "@entered";
    /**
     * Appended to record that a unit planned for these kinds was refused (not plannable, or it would
     * leave native code at once): a later run leaves the function's calls to the lower tiers from the
     * first one, without planning again or loading LLVM ahead for it.
     */
    static final String REFUSED_MARK = "@refused";
    /**
     * A function whose only units earlier runs left idle starts its counters this many thresholds
     * below zero: it stays in the lower tier (and the run does not load LLVM for it) unless this run
     * makes it several times hotter than the run that compiled it.
     */
    static final int IDLE_DELAY_THRESHOLDS = 4;

    /** A unit linked in this run with its profile entry, checked at exit ({@link #saveIdle}). */
    private record Linked(Entry entry, LoadedUnit unit, NativeCodeState state) {}

    private static final List<Linked> LINKED = new ArrayList<>();
    /**
     * Whether the program has ended ({@link #saveIdle} ran; guarded by {@link #LINKED}): a unit linked after
     * that (a compile that finished while {@code pyjit aot} precompiled, or while the process exited) was never
     * entered, and is recorded as idle at once.
     */
    private static boolean programEnded;
    /** Set by {@code pyjit aot --train}: units linked after its training program ended are that program's hot code, not idle. */
    private static volatile boolean lateUnitsAreHot;
    /** Whether this run called a function the profile store has a compiled unit for (see {@link #knownProgram}). */
    private static volatile boolean knownProgram;

    /**
     * Whether the profile store knew this program: some function it called had a compiled unit in an
     * earlier run (linked at its first call, or left idle). Such a warm start needs no speculative LLVM load.
     */
    static boolean knownProgram() {
        return knownProgram;
    }

    /** What the profile store says about a function's first call: a profile to link now, or that its units went unused. */
    record Earlier(FrameProfile profile, boolean idle, boolean refused, boolean loopRefused) {
        static final Earlier NONE = new Earlier(null, false, false, false);
        static final Earlier IDLE = new Earlier(null, true, false, false);
        /** An earlier run refused a unit for a call of the function. */
        static final Earlier REFUSED = new Earlier(null, false, true, false);
        /** An earlier run refused a unit for an OSR entry into one of the function's loops. */
        static final Earlier REFUSED_LOOP = new Earlier(null, false, true, true);

        /** An earlier run compiled a unit for this profile: link it now. */
        static Earlier linkNow(FrameProfile profile) {
            return new Earlier(profile, false, false, false);
        }
    }

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
    static void record(Entry entry, ObjectCacheKey key, ObjectCacheKey planKey, LoadedUnit unit, NativeCodeState state) {
        if (entry == null || !RuntimeCache.isOpen()) return;
        boolean afterTheProgram;
        synchronized (LINKED) {
            afterTheProgram = programEnded && !lateUnitsAreHot;
            if (!programEnded) LINKED.add(new Linked(entry, unit, state));
        }
        store(entry, signaturesOf(entry, key, planKey, afterTheProgram));
    }

    /**
     * Records a unit compiled at the end of a run for later runs ({@link ExitCompiles}): its function
     * stayed hot, so a later run links it at the first call, as if this run had linked it in time.
     */
    static void recordForLaterRuns(Entry entry, ObjectCacheKey key, ObjectCacheKey planKey) {
        if (entry != null && RuntimeCache.isOpen()) store(entry, signaturesOf(entry, key, planKey, false));
    }

    private static void store(Entry entry, List<ProfiledSignature> signatures) {
        ObjectCache cache = RuntimeCache.get();
        if (cache == null) return;
        MODULE_PROFILED.put(entry.identity().module(), Boolean.TRUE); // another code object of this identity may come later
        try {
            cache.recordProfile(new FunctionProfile(entry.identity(), signatures));
        } catch (RuntimeException e) {
            // the profile store is an optimization; the unit is linked either way
        }
    }

    /** What {@link #record} stores for a unit: its compiled signature, and the idle mark when it was linked after the program ended. */
    static List<ProfiledSignature> signaturesOf(Entry entry, ObjectCacheKey key, ObjectCacheKey planKey, boolean afterTheProgram) {
        ProfiledSignature compiled = new ProfiledSignature(entry.argumentTypes(), 1, key, planKey);
        return afterTheProgram ? List.of(compiled, marked(entry.argumentTypes(), IDLE_MARK)) : List.of(compiled);
    }

    /**
     * {@code pyjit aot --train} waits for the compiles its training program queued: those units were
     * requested because the program made their functions hot, so they are recorded for linking at the
     * first call of a later run, not as idle.
     */
    static void recordLateUnitsAsHot() {
        lateUnitsAreHot = true;
    }

    /** A program starts (in-process runs start several in one JVM): units linked from now on are checked at its end. */
    static void programStarted() {
        synchronized (LINKED) {
            programEnded = false;
        }
    }

    private static ProfiledSignature marked(List<String> argumentTypes, String mark) {
        List<String> types = new ArrayList<>(argumentTypes);
        types.add(mark);
        return new ProfiledSignature(types, 1, null, null);
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
     * observed one, an OSR unit's included); or, when there is none and every unit earlier runs
     * compiled for {@code f} was left idle in the runs that linked it and entered in none, that it was
     * idle (then nothing is linked now, and the counters start below zero); else {@link Earlier#NONE}.
     */
    static Earlier compiledBefore(PyFunction f, List<ValueKind> kinds) {
        if (!RuntimeCache.isOpen()) return Earlier.NONE;
        ObjectCache cache = RuntimeCache.get();
        if (cache == null) return Earlier.NONE;
        Optional<FunctionProfile> profile;
        try {
            // most functions of a start-up belong to modules no earlier run compiled anything of: one seek per module
            // spares them the bytecode hash and the profile look-up
            if (!moduleProfiled(cache, moduleName(f))) return Earlier.NONE;
            profile = cache.profile(identity(f));
        } catch (RuntimeException e) {
            return Earlier.NONE;
        }
        if (profile.isEmpty()) return Earlier.NONE;
        Earlier earlier = decide(profile.get().signatures(), kinds);
        if (earlier.profile() != null) NativeStatistics.warmStart();
        else if (earlier.idle()) NativeStatistics.idleBefore();
        else if (earlier.refused()) NativeStatistics.refusedBefore();
        return earlier;
    }

    /** {@link #compiledBefore}'s decision from a function's stored signatures and its first call's argument kinds. */
    static Earlier decide(List<ProfiledSignature> signatures, List<ValueKind> kinds) {
        Set<List<String>> idle = new java.util.HashSet<>();
        Set<List<String>> entered = new java.util.HashSet<>();
        Set<List<String>> refusedTypes = new java.util.HashSet<>();
        for (ProfiledSignature s : signatures) {
            List<String> t = s.argumentTypes();
            if (t.isEmpty()) continue;
            if (t.getLast().equals(IDLE_MARK)) idle.add(t.subList(0, t.size() - 1));
            else if (t.getLast().equals(ENTERED_MARK)) entered.add(t.subList(0, t.size() - 1));
            else if (t.getLast().equals(REFUSED_MARK)) refusedTypes.add(t.subList(0, t.size() - 1));
        }
        boolean allIdle = true;
        boolean anyCompiled = false;
        for (ProfiledSignature s : signatures) {
            // compiled by an earlier build, then refused when a later run planned it again from that profile (a
            // refused function is never planned for those kinds again, so the refusal is the newer): without this,
            // every run would plan it at its first call and refuse it once more
            if (s.compiled().isEmpty() || refusedTypes.contains(s.argumentTypes())) continue;
            anyCompiled = true;
            knownProgram = true;
            allIdle &= idle.contains(s.argumentTypes()) && !entered.contains(s.argumentTypes());
            FrameProfile p = decode(s.argumentTypes(), kinds.size());
            // linked now, idle or not: a unit that came too late in the run that compiled it is in time now
            if (p != null && p.argumentKinds().equals(kinds)) return Earlier.linkNow(p);
        }
        // no unit fits the first call (re's _parse is first called with an int where later calls pass a bool): this
        // run would link its units at the threshold again, as late as the runs that left them idle
        if (anyCompiled && allIdle) return Earlier.IDLE;
        // a function an earlier run refused, and compiled nothing of since
        if (anyCompiled || refusedTypes.isEmpty()) return Earlier.NONE;
        boolean loop = refusedTypes.stream().anyMatch(t -> t.stream().anyMatch(x -> x.startsWith(LOOP_MARK)));
        return loop ? Earlier.REFUSED_LOOP : Earlier.REFUSED;
    }

    /** Records that a unit planned for {@code entry}'s function and kinds was refused ({@link #REFUSED_MARK}). */
    static void recordRefused(Entry entry) {
        if (entry != null && RuntimeCache.isOpen()) store(entry, List.of(marked(entry.argumentTypes(), REFUSED_MARK)));
    }

    /**
     * At the end of a run: marks the profile of each unit linked in it but never (or barely) entered as
     * idle, and of each unit entered for a function that earlier runs had left idle as entered (which lifts the
     * delay for later runs). Units in ordinary use write nothing here.
     */
    static void saveIdle() {
        List<Linked> linked;
        synchronized (LINKED) {
            linked = List.copyOf(LINKED);
            LINKED.clear();
            programEnded = true;
        }
        if (linked.isEmpty() || !RuntimeCache.isOpen()) return;
        ObjectCache cache = RuntimeCache.get();
        if (cache == null) return;
        for (Linked l : linked) {
            String mark = l.unit().barelyUsed() ? IDLE_MARK : l.state().idleBefore ? ENTERED_MARK : null;
            if (mark == null) continue;
            try {
                cache.recordProfile(new FunctionProfile(l.entry().identity(), List.of(marked(l.entry().argumentTypes(), mark))));
            } catch (RuntimeException e) {
                // the profile store is an optimization
            }
        }
    }

    private static FunctionIdentity identity(PyFunction f) {
        return new FunctionIdentity(moduleName(f), f.code.qualname, bytecodeHash(f.code));
    }

    private static String moduleName(PyFunction f) {
        Object module = f.globals.get("__name__");
        return module instanceof String s ? s : "?";
    }

    /** Per module name: whether the profile store had a profile of one of its functions when first asked. */
    private static final Map<String, Boolean> MODULE_PROFILED = new ConcurrentHashMap<>();
    /** The cache {@link #MODULE_PROFILED} describes (tests open several in one JVM). */
    private static volatile ObjectCache profiledCache;

    /** Whether {@code module} has stored profiles, asked of the store once per module and run. */
    private static boolean moduleProfiled(ObjectCache cache, String module) {
        if (cache != profiledCache) {
            synchronized (MODULE_PROFILED) {
                if (cache != profiledCache) {
                    MODULE_PROFILED.clear();
                    profiledCache = cache;
                }
            }
        }
        Boolean known = MODULE_PROFILED.get(module);
        if (known != null) return known;
        boolean has = cache.hasProfiles(module);
        MODULE_PROFILED.putIfAbsent(module, has);
        return has;
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
        b.asIntBuffer().put(code.code); // one bulk copy: the JVM interprets a putInt loop at start-up, for every function's first call
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
