package org.pyjit.runtime.nativecode;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.llvm.NativeAbi;
import org.pyjit.compiler.llvm.NativeUnitCompiler;
import org.pyjit.compiler.llvm.PlannedUnit;
import org.pyjit.compiler.llvm.ValueKind;
import org.pyjit.runtime.cache.RuntimeCache;
import org.pyjit.runtime.interpreter.Frame;
import org.pyjit.runtime.interpreter.ThreadState;
import org.pyjit.runtime.objects.PyFunction;
import org.pyjit.runtime.stats.NativeStatistics;

/**
 * The native tier's policy and entry points, called by the interpreter: counts calls and loop
 * back-edges per code object, requests a compile when a function passes the thresholds (or at its
 * first call with {@code -X native=always}), enters native code at calls whose argument kinds a
 * unit was specialized for and at loop headers through OSR entries, and hands deoptimized calls
 * to the {@link Deoptimizer}. Nothing here loads LLVM until the first compile.
 */
public final class NativeTier {
    private NativeTier() {}

    /**
     * {@code -X native=} (or {@code PYJIT_NATIVE}): off, on (the default: tier up hot functions on a
     * background compiler thread), always (compile every eligible function at its first call).
     */
    public enum Mode { OFF, ON, ALWAYS }

    /** Whether the interpreter should call in at all (mode is not off); read on every call. */
    public static boolean active = true;
    /** {@link #backEdge} result: the OSR call finished the frame; the value is in {@code Frame.osrResult}. */
    public static final int FINISHED = -1;

    private static Mode mode = Mode.ON;

    static {
        String env = System.getenv("PYJIT_NATIVE"); // the default for -X native=, e.g. for a whole test run
        if (env != null) configure(env);
    }
    private static int callThreshold = 1500;
    private static int backEdgeThreshold = 2500;
    /**
     * A unit that has deoptimized this many times, on more than an eighth of its entries, is dropped: the
     * function is compiled again (from the profile of the frame that next passes the threshold, joined
     * with what earlier OSR requests saw) up to {@link #MAX_RECOMPILES} times, then left in the lower tier.
     */
    private static final int DEOPT_LIMIT = 50;
    private static final int MAX_RECOMPILES = 2;
    /** After this many frames that did not fit a function's OSR entries, its loops stop trying them. */
    private static final int OSR_MISFIT_LIMIT = 1000;
    /**
     * Baseline code hands a frame back for an OSR entry only while that function's frames misfit
     * its entries fewer times than this: each hand-back runs a loop iteration in the interpreter, and
     * a loop whose frames keep misfitting bounced up to OSR_MISFIT_LIMIT times (list_sort: 1982
     * tier-1 exits, about a second of CPU).
     */
    private static final int TIER1_OSR_MISFIT_LIMIT = 8;
    /** How many times baseline code hands frames of one function back for the interpreter to request an OSR entry. */
    private static final int TIER1_COUNT_HANDBACK_LIMIT = 8;

    public static void setMode(Mode m) {
        mode = m;
        active = m != Mode.OFF;
    }

    public static Mode mode() {
        return mode;
    }

    /** The not-compiled reasons of a refused unit ({@link #refused}). */
    static final String NOT_PLANNABLE = "not plannable", LEAVES_AT_ONCE = "leaves native code at once";

    /** The lower of the call and back-edge thresholds. */
    static int minThreshold() {
        return Math.min(callThreshold, backEdgeThreshold);
    }

    /**
     * At the end of a run, before the JVM exits: finishes the queued compiles of functions that stayed
     * hot, for later runs ({@link ExitCompiles}).
     */
    public static void finishCompilesForLaterRuns() {
        ExitCompiles.finish();
    }

    /** {@code -X native-threshold=CALLS[,BACKEDGES]}. */
    public static void setThresholds(int calls, int backEdges) {
        callThreshold = Math.max(1, calls);
        backEdgeThreshold = Math.max(1, backEdges);
    }

    /** Applies an option value like {@code off}, {@code on}, {@code always}; false if unknown. */
    public static boolean configure(String value) {
        switch (value) {
            case "off" -> setMode(Mode.OFF);
            case "on" -> setMode(Mode.ON);
            case "always" -> setMode(Mode.ALWAYS);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** At the start of a program's run (before {@link #saveProfiles} at its end). */
    public static void programStarted() {
        NativeWarmStart.programStarted();
    }

    /** At the end of a run: records in the profile store which units this run linked but never (or barely) entered. */
    public static void saveProfiles() {
        NativeWarmStart.saveIdle();
    }

    /**
     * {@code pyjit aot --train}, before its training program: units the program's compiles link after it
     * ended (a short program ends long before the compiler thread is through its queue; the command then
     * waits for them with {@link #awaitCompiles}) are recorded as its hot code, not as idle. Set before the
     * run, so no compile finishing between the program's end and the wait is recorded as idle. The end of
     * the run finishes every queued compile, without the budget of {@link ExitCompiles}.
     */
    public static void trainingRunStarting() {
        NativeWarmStart.recordLateUnitsAsHot();
        ExitCompiles.trainingRun();
    }

    /** Waits for queued background compiles (tests, benchmarks). */
    public static void awaitCompiles(long millis) {
        NativeCompileService.awaitIdle(millis);
    }

    private static NativeCodeState stateOf(CodeObject code) {
        Object s = code.nativeState;
        if (s instanceof NativeCodeState st) return st;
        NativeCodeState st = new NativeCodeState();
        st.disabled = !NativeUnitCompiler.eligible(code) || code.argcount > 20;
        st.smallLeaf = !st.disabled && isSmallLeaf(code);
        code.nativeState = st;
        return st;
    }

    /** Largest number of instructions of a function {@link #isSmallLeaf} keeps in tier 1. */
    private static final int SMALL_LEAF_INSTRUCTIONS = 32;

    /**
     * Whether {@code code} is a short function without loops or calls ({@code lambda x: x + 1}): once
     * it has baseline code, calls from Java stay there. Native code would do the same few operations,
     * but entering it from Java costs more than they do (arguments and result through the context
     * block, the downcall, boxing; ~90 ns a call against ~20 ns for the baseline body, which the JVM
     * can inline into its caller). Native callers still compile it into their own units.
     */
    static boolean isSmallLeaf(CodeObject code) {
        if (hasLoops(code)) return false;
        int[] c = code.code;
        int instructions = 0;
        for (int pc = 0; pc < c.length; ) {
            org.pyjit.compiler.bytecode.Opcode op = org.pyjit.compiler.bytecode.Opcode.of(c[pc]);
            if (op == org.pyjit.compiler.bytecode.Opcode.CALL || op == org.pyjit.compiler.bytecode.Opcode.CALL_METHOD
                    || op == org.pyjit.compiler.bytecode.Opcode.CALL_EX || ++instructions > SMALL_LEAF_INSTRUCTIONS) return false;
            pc += op.size();
        }
        return true;
    }

    /** Argument tags, three bits each; -1 when an argument is not unboxable. */
    private static long signature(Object[] regs, int argc) {
        long sig = 0;
        for (int i = 0; i < argc; i++) {
            int t = NativeValues.tagOf(regs[i]);
            if (t < 0) return -1;
            sig |= (long) t << (3 * i);
        }
        return sig;
    }

    /**
     * A call of {@code f} whose frame has its arguments bound: runs it natively and returns the
     * result, or returns null for the caller to run it in a lower tier. {@code hasBaselineCode}:
     * {@code f}'s code is compiled to tier 1, where a {@link #isSmallLeaf small leaf} then stays.
     */
    public static Object enter(PyFunction f, Frame frame, boolean hasBaselineCode) {
        // most calls of an object-heavy program end here: small enough for the JIT to inline into every
        // call path (the whole method, 365 bytes of bytecode, was compiled on its own, and recompiled
        // after each uncommon trap while the program warmed up)
        if (f.code.nativeState instanceof NativeCodeState st
                && (st.disabled || st.callsRefused || hasBaselineCode && st.keptInTier1)) return null;
        return enterCounting(f, frame, hasBaselineCode);
    }

    private static Object enterCounting(PyFunction f, Frame frame, boolean hasBaselineCode) {
        NativeCodeState st = stateOf(f.code);
        if (st == null || st.disabled || st.callsRefused) return null;
        if (hasBaselineCode && st.smallLeaf && mode == Mode.ON) {
            if (!st.keptInTier1) {
                st.keptInTier1 = true;
                NativeStatistics.keptInTier1();
            }
            return null;
        }
        long sig = signature(frame.regs, f.code.argcount);
        if (sig < 0) return null;
        LoadedUnit u = st.find(sig);
        if (u == null) {
            // once per function, at its first call after the object cache is open (a program that opened it for
            // imports or an earlier compile): an earlier run compiled it, so relink now rather than at the threshold
            // not for a small leaf: it runs natively from Java only until it reaches tier 1 (after a few calls),
            // so linking its unit at the first call would load LLVM for nothing
            if (!st.warmChecked && mode == Mode.ON && !st.smallLeaf && RuntimeCache.isOpen()) {
                st.warmChecked = true;
                NativeWarmStart.Earlier earlier = NativeWarmStart.compiledBefore(f, argumentKinds(frame.regs, f.code.argcount));
                if (earlier.profile() != null) {
                    requestWarm(f, st, sig, earlier.profile());
                    u = st.find(sig);
                    if (u != null) return invoke(u, frame, st);
                } else if (earlier.refused()) {
                    leaveToLowerTiers(f, st, earlier.loopRefused());
                    return null;
                } else if (earlier.idle()) {
                    // its units went unused: no warm link, and only a much hotter run compiles it (loading LLVM)
                    st.idleBefore = true;
                    st.calls = -NativeWarmStart.IDLE_DELAY_THRESHOLDS * callThreshold;
                    st.backEdges = -NativeWarmStart.IDLE_DELAY_THRESHOLDS * backEdgeThreshold;
                }
            }
            st.work++;
            if (++st.calls >= callThreshold / 2 && !st.prewarmChecked) prewarmFor(f, st, frame.regs, -1);
            if (mode == Mode.ALWAYS || st.calls >= callThreshold) {
                request(f, st, sig, frame.regs, -1, mode == Mode.ALWAYS);
                u = st.find(sig);
            }
            if (u == null) return null;
        }
        return invoke(u, frame, st);
    }

    private static Object invoke(LoadedUnit u, Frame frame, NativeCodeState st) {
        ThreadState ts = ThreadState.current();
        long limit = Math.min(ThreadState.recursionLimit() - ts.depth, u.maxDepthForRecords());
        if (limit < 1) return null;
        NativeContext ctx = NativeContext.current();
        for (int i = 0; i < frame.code.argcount; i++) ctx.argument(i, ctx.word(frame.regs[i]));
        ctx.prepare(limit);
        long tag;
        long t0 = u.timesNextEntry() ? System.nanoTime() : 0;
        try {
            tag = (long) u.entry.invokeExact(ctx.block);
        } catch (Throwable t) {
            throw new IllegalStateException("native call failed", t);
        }
        if (t0 != 0) u.measuredNanos += System.nanoTime() - t0;
        st.nativeCalls++;
        u.entries++;
        NativeStatistics.nativeCall();
        if (tag != NativeAbi.TAG_DEOPT) {
            ctx.releaseHandles();
            return NativeValues.box(tag, ctx.result());
        }
        List<Deoptimizer.Record> records = Deoptimizer.read(ctx, u);
        if (!ctx.interrupted()) noteDeopt(st, u); // leaving for a check point says nothing about the guards
        return Deoptimizer.finishCall(u, frame, records);
    }

    private static void noteDeopt(NativeCodeState st, LoadedUnit u) {
        st.deopts++;
        u.deopts++;
        // an eighth, not a half: a recursive function leaving at an instruction native code does not run
        // (hanoi's list subscript) deoptimizes on ~45% of its entries, each rebuilding its native callers
        if (u.deopts < DEOPT_LIMIT || u.deopts * 8 <= u.entries || st.disabled) return;
        st.uninstall(u);
        if (st.recompiles < MAX_RECOMPILES) {
            st.recompiles++;
            st.unmarkRequested(u.signature);
            st.osrRequested.removeAll(u.osr.keySet());
            st.calls = 0;
            st.backEdges = 0;
            NativeStatistics.recompileAfterDeopts();
        } else {
            st.disabled = true;
            NativeStatistics.leftInInterpreter();
        }
    }

    /**
     * A backward jump to {@code header} in a function frame: counts it, and enters native code
     * through an OSR entry when one is ready. Returns the offset to continue at ({@code header} when
     * nothing happened), or {@link #FINISHED}.
     */
    public static int backEdge(Frame f, int header) {
        if (f.locals != null) return header;
        NativeCodeState st = stateOf(f.code);
        if (st == null || st.disabled) return header;
        LoadedUnit u = st.withOsrAt(header);
        if (u != null && st.osrMisfits > OSR_MISFIT_LIMIT) return header;
        if (u == null) {
            st.work++;
            if (++st.backEdges >= backEdgeThreshold / 2 && !st.prewarmChecked) prewarmFor(f.function, st, f.regs, header);
            if (st.backEdges >= backEdgeThreshold || mode == Mode.ALWAYS) {
                st.backEdges = 0;
                long sig = signature(f.regs, f.code.argcount);
                // marked even when the arguments do not fit native code, so baseline code stops handing frames back here
                if (st.osrRequested.add(header) && sig >= 0) {
                    st.unmarkRequested(sig); // a unit with this loop entry replaces one without
                    request(f.function, st, sig, f.regs, header, mode == Mode.ALWAYS);
                }
            }
            return header;
        }
        sealStrAccumulators(f.regs);
        return osr(u, f, header, st);
    }

    /**
     * Native code knows nothing of the interpreter's string buffers (STR_APPEND): a loop it enters
     * gets them as str, which its STR_SEAL then leaves alone.
     */
    private static void sealStrAccumulators(Object[] regs) {
        for (int i = 0; i < regs.length; i++) {
            if (regs[i] instanceof org.pyjit.runtime.types.string.StrAccumulator) {
                regs[i] = org.pyjit.runtime.types.string.StrAccumulator.seal(regs[i]);
            }
        }
    }

    /**
     * A backward jump to {@code header} in baseline (tier 1) code, which keeps registers in JVM
     * locals: counts it as the interpreter does, and answers true when the frame should go back to
     * the interpreter at {@code header} — an OSR entry is ready there (the interpreter enters it at its
     * next back-edge), or the count just passed the threshold (the interpreter asks for the entry with
     * the frame's registers, then returns to baseline code while it compiles).
     */
    public static boolean tier1BackEdge(Frame f, int header) {
        // as enter: the common case inlined into the loop, the rest a call
        if (!active || f.code.nativeState instanceof NativeCodeState st && st.disabled) return false;
        return tier1BackEdgeCounting(f, header);
    }

    private static boolean tier1BackEdgeCounting(Frame f, int header) {
        if (f.locals != null || f.function == null) return false;
        NativeCodeState st = stateOf(f.code);
        if (st.disabled) return false;
        if (st.withOsrAt(header) != null) {
            return handBack(f, header, st.osrMisfits < (mode == Mode.ALWAYS ? OSR_MISFIT_LIMIT + 1 : TIER1_OSR_MISFIT_LIMIT));
        }
        st.work++;
        if (st.osrRequested.contains(header)) return false;
        if (++st.backEdges >= backEdgeThreshold / 2 && !st.prewarmChecked && mode == Mode.ON) {
            // baseline code's registers are in JVM locals: the interpreter plans from the frame at its back-edge
            if (!NativeCompileService.prewarmed() && ++st.tier1CountHandbacks <= TIER1_COUNT_HANDBACK_LIMIT) return true;
            st.prewarmChecked = true;
        }
        if (mode == Mode.ALWAYS) return handBack(f, header, true);
        if (st.backEdges < backEdgeThreshold - 1) return false;
        // the tier switch asks for the entry at this header (Interpreter.switchTiers); the limit keeps
        // a function whose requests never give an entry from coming back here at every iteration
        return handBack(f, header, ++st.tier1CountHandbacks <= TIER1_COUNT_HANDBACK_LIMIT);
    }

    /** Marks {@code f} as handed back at {@code header} (for the tier switch to try the OSR entry there) when {@code yes}. */
    private static boolean handBack(Frame f, int header, boolean yes) {
        if (yes) f.extras().nativeHandback = header;
        return yes;
    }

    private static int osr(LoadedUnit u, Frame f, int header, NativeCodeState st) {
        LoadedUnit.Osr o = u.osr.get(header);
        int[] expected = o.entry().expectedTags();
        List<Object> objects = u.description.objects();
        NativeContext ctx = NativeContext.current();
        Object[] regs = f.regs;
        for (int r = 0; r < regs.length; r++) {
            int e = expected[r];
            if (e == NativeAbi.TAG_UNBOUND) {
                if (regs[r] != null) { // the interpreter got further than native code would
                    ctx.releaseHandles();
                    st.osrMisfits++;
                    return header;
                }
                continue;
            }
            long[] w = NativeValues.toWords(regs[r], objects, e, ctx);
            if (e != -1 && w[0] != e) {
                ctx.releaseHandles();
                st.osrMisfits++;
                return header;
            }
            for (int i = 0; i < 4; i++) ctx.argumentWord(4L * r + i, w[i]);
        }
        ThreadState ts = ThreadState.current();
        long limit = Math.min(ThreadState.recursionLimit() - ts.depth + 1, u.maxDepthForRecords());
        if (limit < 1) return header;
        ctx.prepare(limit);
        long tag;
        long t0 = u.timesNextEntry() ? System.nanoTime() : 0;
        try {
            tag = (long) o.handle().invokeExact(ctx.block);
        } catch (Throwable t) {
            throw new IllegalStateException("native OSR call failed", t);
        }
        if (t0 != 0) u.measuredNanos += System.nanoTime() - t0;
        NativeStatistics.osrEntry();
        st.nativeCalls++;
        u.entries++;
        if (tag != NativeAbi.TAG_DEOPT) {
            ctx.releaseHandles();
            f.extras().osrResult = NativeValues.box(tag, ctx.result());
            return FINISHED;
        }
        List<Deoptimizer.Record> records = Deoptimizer.read(ctx, u);
        if (!ctx.interrupted()) noteDeopt(st, u); // leaving for a check point says nothing about the guards
        Deoptimizer.Resume resume = Deoptimizer.finishOsr(u, f, records);
        f.extras().osrThrown = resume.thrown();
        return resume.pc();
    }

    /**
     * Halfway to the threshold: loads LLVM and creates the JIT ahead of the first compile, unless the
     * unit planned from this frame would not be compiled (it would leave native code at once): a
     * warm import-heavy start loaded LLVM (~140 ms of CPU) for four re parser methods that never compile.
     * Not in a run whose functions the profile store knows ({@link NativeWarmStart#knownProgram}): their
     * units link at their first calls, and a loop halfway to the threshold there (re's
     * {@code _optimize_charset}) mostly never reaches it; a new hot function then waits for LLVM once.
     */
    private static void prewarmFor(PyFunction f, NativeCodeState st, Object[] regs, int loopHeader) {
        st.prewarmChecked = true;
        if (mode != Mode.ON || f == null || NativeCompileService.prewarmed() || NativeWarmStart.knownProgram()
                || signature(regs, f.code.argcount) < 0) return;
        long t0 = System.nanoTime();
        try {
            List<Set<ValueKind>> loopKinds = loopHeader < 0 ? List.of() : FrameProfile.join(st.loopKinds.get(loopHeader), regs);
            FrameProfile profile = new FrameProfile(argumentKinds(regs, f.code.argcount), loopKinds, loopHeader);
            if (!NativeUnitCompiler.plan(f.code, new RuntimeGlobals(f.globals), profile).worthCompiling()) return;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return; // not plannable: the request at the threshold finds that too
        } finally {
            NativeStatistics.timePlan(System.nanoTime() - t0);
        }
        NativeCompileService.prewarm();
    }

    private static List<ValueKind> argumentKinds(Object[] regs, int argc) {
        List<ValueKind> kinds = new ArrayList<>(argc);
        for (int i = 0; i < argc; i++) kinds.add(NativeValues.kindOf(NativeValues.tagOf(regs[i])));
        return kinds;
    }

    /** Plans a unit for these argument values on this thread, then compiles it (here or in the background). */
    private static void request(PyFunction f, NativeCodeState st, long sig, Object[] regs, int loopHeader, boolean synchronous) {
        if (f == null || !st.markRequested(sig)) return;
        List<ValueKind> kinds = argumentKinds(regs, f.code.argcount);
        List<Set<ValueKind>> loopKinds = List.of();
        if (loopHeader >= 0) {
            loopKinds = FrameProfile.join(st.loopKinds.get(loopHeader), regs);
            st.loopKinds.put(loopHeader, loopKinds);
        }
        compile(f, st, sig, new FrameProfile(kinds, loopKinds, loopHeader), synchronous);
    }

    /**
     * A warm start: the unit an earlier run compiled for this profile, planned and linked now (a cache
     * hit). Linked before the call returns when LLVM is loaded already (a few milliseconds); the first
     * one of a run links on the compiler thread instead, so loading LLVM and creating the JIT (a few
     * hundred milliseconds) do not stop the program, whose calls run in the lower tier meanwhile.
     */
    private static void requestWarm(PyFunction f, NativeCodeState st, long sig, FrameProfile profile) {
        if (!st.markRequested(sig)) return;
        if (profile.loopEntryPc() >= 0) {
            st.loopKinds.put(profile.loopEntryPc(), profile.loopRegisterKinds());
            st.osrRequested.add(profile.loopEntryPc());
        }
        compile(f, st, sig, profile, NativeLinker.ready());
    }

    /**
     * A unit was refused (not plannable, or it would leave native code at once). What refused one
     * profile (an attribute of {@code self}, a call of a method) almost always refuses the others,
     * and each later call would pay for the native tier's checks again (a parser's methods: ~12% of
     * expression_parser.py's samples): the function's calls stay in the lower tiers for good. One
     * without loops has no other way in and is left to them altogether; so is one whose loop was
     * refused an OSR entry (its back-edges stop counting). A function whose call was refused can still
     * get an OSR entry for a loop. Native callers still compile the function into their units. The
     * profile store keeps the refusal, so later runs do the same from the first call ({@link
     * NativeWarmStart#REFUSED_MARK}). Not with {@code -X native=always}, which tries every signature (tests).
     */
    private static void refused(PyFunction f, NativeCodeState st, FrameProfile profile) {
        if (mode != Mode.ON) return;
        leaveToLowerTiers(f, st, profile.loopEntryPc() >= 0);
        NativeWarmStart.recordRefused(NativeWarmStart.entryFor(f, profile));
    }

    /** The function's calls (and, when {@code loopRefused}, its loops) stay in the lower tiers; no LLVM load ahead is made for it. */
    private static void leaveToLowerTiers(PyFunction f, NativeCodeState st, boolean loopRefused) {
        st.prewarmChecked = true;
        if (loopRefused || !hasLoops(f.code)) st.disabled = true;
        else st.callsRefused = true;
    }

    /** Whether {@code code} has a backward jump. */
    private static boolean hasLoops(CodeObject code) {
        int[] c = code.code;
        for (int pc = 0; pc < c.length; ) {
            org.pyjit.compiler.bytecode.Opcode op = org.pyjit.compiler.bytecode.Opcode.of(c[pc]);
            for (int i = 0; i < op.operandCount; i++) {
                if (op.operands.charAt(i) == 't' && c[pc + 1 + i] <= pc) return true;
            }
            pc += op.size();
        }
        return false;
    }

    private static void compile(PyFunction f, NativeCodeState st, long sig, FrameProfile profile, boolean synchronous) {
        List<ValueKind> kinds = profile.argumentKinds();
        long t0 = System.nanoTime();
        PlannedUnit plan;
        try {
            plan = NativeUnitCompiler.plan(f.code, new RuntimeGlobals(f.globals), profile);
        } catch (IllegalArgumentException | IllegalStateException e) {
            NativeStatistics.notCompiled(NOT_PLANNABLE);
            refused(f, st, profile);
            return;
        } finally {
            NativeStatistics.timePlan(System.nanoTime() - t0);
        }
        if (!plan.worthCompiling()) {
            NativeStatistics.notCompiled(LEAVES_AT_ONCE);
            refused(f, st, profile);
            return;
        }
        List<Object> guards = plan.guards();
        MemorySegment[] cells = new MemorySegment[guards.size()];
        for (int i = 0; i < cells.length; i++) cells[i] = GlobalWatchers.cell((GuardToken) guards.get(i));
        // opened here, on the program's thread: opening it from the compiler thread could race with the
        // process's exit and leave RocksDB open under its own static destructors
        if (RuntimeCache.isEnabled() && !RuntimeCache.isOpen()) {
            long c0 = System.nanoTime();
            RuntimeCache.get();
            NativeStatistics.timeCacheOpen(System.nanoTime() - c0);
        }
        NativeWarmStart.Entry warm = NativeWarmStart.entryFor(f, profile);
        NativeCompileService.Job job = new NativeCompileService.Job(plan, cells, st, sig, f.qualname + kinds, warm, st.work);
        if (synchronous && mode == Mode.ON) NativeCompileService.submitAndWait(job); // LLVM stays on one thread
        else if (synchronous) NativeCompileService.run(job);
        else NativeCompileService.submit(job);
    }
}
