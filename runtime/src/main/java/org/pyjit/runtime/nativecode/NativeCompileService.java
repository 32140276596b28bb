package org.pyjit.runtime.nativecode;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pyjit.compiler.llvm.CompilerFingerprint;
import org.pyjit.compiler.llvm.LlvmTarget;
import org.pyjit.compiler.llvm.NativeUnitCompiler;
import org.pyjit.compiler.llvm.NativeUnitDescription;
import org.pyjit.compiler.llvm.PlannedUnit;
import org.pyjit.objcache.ArtifactKind;
import org.pyjit.objcache.LookupResult;
import org.pyjit.objcache.MissReason;
import org.pyjit.objcache.NativeObjectEnvironment;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.ObjectCacheKey;
import org.pyjit.objcache.ObjectMetadata;
import org.pyjit.runtime.cache.RuntimeCache;
import org.pyjit.runtime.stats.NativeStatistics;

/**
 * Turns planned units into linked native code: finds the object an earlier run compiled from an
 * equal plan through the profile store (no IR at all), else lowers to IR, looks the IR up in the object cache
 * (a hit skips optimization and code generation), compiles and stores on a miss, links, and
 * installs the unit for the interpreter. Runs jobs on one background thread, or in the caller
 * for {@code -X native=always}. Failures are counted, never thrown: the function stays interpreted.
 */
final class NativeCompileService {
    private NativeCompileService() {}

    /**
     * A unit to compile, its guard cells (already watched) and where to install it; {@code workAtRequest}
     * is the function's {@link NativeCodeState#work} when it asked.
     */
    record Job(PlannedUnit plan, MemorySegment[] cells, NativeCodeState state, long signature, String label, NativeWarmStart.Entry warm,
               long workAtRequest) {}

    /** A queued job; the program's thread takes these from the queue at the end of a run ({@link ExitCompiles}). */
    private record QueuedJob(Job job) implements Runnable {
        @Override
        public void run() {
            try {
                if (shuttingDown) return;
                if (ExitCompiles.active()) ExitCompiles.compile(job);
                else NativeCompileService.run(job);
            } finally {
                PENDING.decrementAndGet();
            }
        }
    }

    private static final AtomicInteger PENDING = new AtomicInteger();
    private static volatile boolean shuttingDown;
    private static volatile ThreadPoolExecutor executor;
    private static volatile NativeObjectEnvironment environment;
    /** Names the C compiler's code generation may call on its own (a libcall for an intrinsic). */
    private static final List<String> LIBCALL_FALLBACKS = List.of("floor", "ceil", "trunc", "fmod", "memset", "memcpy");

    private static volatile boolean prewarmed;

    /**
     * Loads LLVM and creates the JIT on the compiler thread ahead of the first compile (a function
     * is halfway to the threshold), so the first unit is not delayed by it.
     */
    static void prewarm() {
        if (prewarmed) return;
        prewarmed = true;
        ExecutorService e = executor();
        PENDING.incrementAndGet(); // counted, so the process does not exit under LLVM's initialization
        e.execute(() -> {
            try {
                if (!shuttingDown) startLlvm();
            } catch (NativeLinker.LinkFailure | RuntimeException | LinkageError failure) {
                // the first real compile reports it
            } finally {
                PENDING.decrementAndGet();
            }
        });
    }

    /** Whether {@link #prewarm} ran (or was asked to) in this process. */
    static boolean prewarmed() {
        return prewarmed;
    }

    private static ThreadPoolExecutor executor() {
        ThreadPoolExecutor e = executor;
        if (e == null) {
            synchronized (NativeCompileService.class) {
                if (executor == null) {
                    // one thread; its queue is visible, for ExitCompiles to take jobs from it
                    executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "pyjit-native-compiler");
                        t.setDaemon(true);
                        return t;
                    });
                    // the process must not exit (and run RocksDB's and LLVM's static destructors) under a running job
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        shuttingDown = true;
                        awaitIdle(20_000);
                    }, "pyjit-native-shutdown"));
                }
                e = executor;
            }
        }
        return e;
    }

    static void submit(Job job) {
        ExecutorService e = executor();
        PENDING.incrementAndGet();
        e.execute(new QueuedJob(job));
    }

    /** Takes the next queued task off the compiler thread's queue, for the caller to run; null when none is queued. */
    static Runnable takeQueued() {
        ThreadPoolExecutor e = executor;
        return e == null ? null : e.getQueue().poll();
    }

    /** The jobs waiting in the queue now, in order. */
    static List<Job> queuedJobs() {
        ThreadPoolExecutor e = executor;
        if (e == null) return List.of();
        List<Job> out = new java.util.ArrayList<>();
        for (Runnable r : e.getQueue()) if (r instanceof QueuedJob q) out.add(q.job());
        return out;
    }

    /** Whether jobs wait in the queue. */
    static boolean hasQueued() {
        ThreadPoolExecutor e = executor;
        return e != null && !e.getQueue().isEmpty();
    }

    /** Drops every queued job (counted as not compiled for {@code reason}); a running one goes on. */
    static int dropQueued(String reason) {
        int dropped = 0;
        for (Runnable r; (r = takeQueued()) != null; ) {
            if (r instanceof QueuedJob) {
                PENDING.decrementAndGet();
                NativeStatistics.notCompiled(reason);
                dropped++;
            } else {
                r.run(); // not a compile (LLVM's start-up): cheap, and it keeps its own count
            }
        }
        return dropped;
    }

    /** Runs {@code job} on the compiler thread (after what is queued) and waits for it. */
    static void submitAndWait(Job job) {
        ExecutorService e = executor();
        PENDING.incrementAndGet();
        java.util.concurrent.Future<?> done = e.submit(() -> {
            try {
                if (!shuttingDown) run(job);
            } finally {
                PENDING.decrementAndGet();
            }
        });
        try {
            done.get();
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException failed) {
            // run() counts its own failures; the function stays in the lower tier
        }
    }

    /** Waits until no job is queued or running (for tests and benchmarks), at most {@code millis}. */
    static void awaitIdle(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (PENDING.get() > 0 && System.currentTimeMillis() < end) {
            try {
                TimeUnit.MILLISECONDS.sleep(2);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Loads LLVM, initializes the host target and creates the JIT, timing it the first time. */
    private static void startLlvm() throws NativeLinker.LinkFailure {
        if (environment != null && NativeLinker.started()) return;
        long t0 = System.nanoTime();
        environment();
        NativeLinker.start();
        NativeStatistics.timeLlvmLoad(System.nanoTime() - t0);
    }

    static void run(Job job) {
        try {
            startLlvm();
            ObjectCache cache = RuntimeCache.isOpen() ? RuntimeCache.get() : null;
            ObjectCacheKey planKey = job.warm() == null || cache == null ? null : planKey(job.plan());
            ObjectCacheKey missed = null; // looked up by the plan's record and missed (counted there)
            if (planKey != null) {
                PlanOutcome outcome = linkFromPlan(job, cache, planKey);
                if (outcome.linked()) return;
                missed = outcome.missed();
            }
            CompiledUnit c = compileUnit(job, cache, missed);
            NativeUnitDescription d = c.description();
            LoadedUnit unit;
            try {
                unit = link(d, c.object(), job);
            } catch (NativeLinker.LinkFailure failure) {
                if (!c.fromCache()) throw failure;
                NativeStatistics.cacheMiss("link");
                unit = link(d, compileAndStore(d, c.key(), cache, job.label()), job);
            }
            job.state().install(unit);
            NativeWarmStart.record(job.warm(), c.key(), planKey, unit, job.state());
            NativeStatistics.unitLinked(d.functions().size());
        } catch (NativeLinker.LinkFailure | RuntimeException | LinkageError e) {
            NativeStatistics.notCompiled("failed");
            if (System.getenv("PYJIT_NATIVE_DEBUG") != null) {
                System.err.println("pyjit: native compile of " + job.label() + " failed: " + e);
            }
        }
    }

    /** A unit's description and object code, keyed by its IR; {@code fromCache} when the object was found, not compiled. */
    record CompiledUnit(NativeUnitDescription description, ObjectCacheKey key, byte[] object, boolean fromCache) {}

    /**
     * Lowers a job's unit to IR, then finds its object in the cache under the IR's key (unless that key
     * is {@code missed}: looked up already) or compiles and stores it.
     */
    static CompiledUnit compileUnit(Job job, ObjectCache cache, ObjectCacheKey missed) {
        long t0 = System.nanoTime();
        NativeUnitDescription d = NativeUnitCompiler.lower(job.plan());
        NativeStatistics.timeIr(System.nanoTime() - t0);
        dump(job.label(), d.irText());
        if (System.getenv("PYJIT_NATIVE_DUMP") != null) dump(job.label() + ".plan", planText(job.plan()));
        ObjectCacheKey key = ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, d.irText().getBytes(StandardCharsets.UTF_8), environment());
        byte[] object = cache == null || key.equals(missed) ? null : lookup(cache, key);
        if (object != null) return new CompiledUnit(d, key, object, true);
        return new CompiledUnit(d, key, compileAndStore(d, key, cache, job.label()), false);
    }

    /**
     * The key of a unit's plan: its {@linkplain PlannedUnit#fingerprint() fingerprint} digested with the
     * native environment and the {@linkplain CompilerFingerprint compiler's own fingerprint}, so a rebuilt
     * compiler never finds what an older one recorded. Cheap next to building the unit's IR.
     */
    static ObjectCacheKey planKey(PlannedUnit plan) {
        long t0 = System.nanoTime();
        try {
            return ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, plan.fingerprint(), planEnvironment());
        } catch (RuntimeException e) {
            return null; // the unit is keyed by its IR as before
        } finally {
            NativeStatistics.timePlanKey(System.nanoTime() - t0);
        }
    }

    /**
     * A warm start without IR: when the profile store records the object an earlier run compiled from
     * an equal plan, links that object with a description made from the plan and the object's own
     * symbol lists. Not linked (nothing installed) when there is no such record, the object is gone
     * (a miss, counted here), its symbols are not the plan's, or it does not link: the caller lowers to IR then.
     */
    private static PlanOutcome linkFromPlan(Job job, ObjectCache cache, ObjectCacheKey planKey) {
        ObjectCacheKey objectKey = NativeWarmStart.objectKeyFor(job.warm(), planKey);
        if (objectKey == null) return PlanOutcome.NOT_LINKED;
        long t0 = System.nanoTime();
        LookupResult r = cache.lookup(objectKey);
        NativeStatistics.timeLookup(System.nanoTime() - t0);
        if (!(r instanceof LookupResult.Hit hit)) {
            countMiss((LookupResult.Miss) r); // the IR path skips this key's lookup then (a damaged entry is counted once)
            return new PlanOutcome(false, objectKey);
        }
        ObjectMetadata meta = hit.cached().metadata();
        List<String> libm = new java.util.ArrayList<>();
        for (String needed : meta.neededSymbols()) {
            if (needed.startsWith(NativeUnitCompiler.LIBM_PREFIX)) libm.add(needed.substring(NativeUnitCompiler.LIBM_PREFIX.length()));
        }
        LoadedUnit unit;
        try {
            NativeUnitDescription d = NativeUnitCompiler.describe(job.plan(), libm);
            if (!d.definedSymbols().equals(meta.definedSymbols()) || !d.neededSymbols().equals(meta.neededSymbols())) {
                return PlanOutcome.NOT_LINKED;
            }
            unit = link(d, hit.cached().bytes(), job);
        } catch (NativeLinker.LinkFailure | RuntimeException failure) {
            return PlanOutcome.NOT_LINKED;
        }
        NativeStatistics.cacheHit();
        NativeStatistics.linkedFromPlan();
        job.state().install(unit);
        NativeWarmStart.record(job.warm(), objectKey, planKey, unit, job.state());
        NativeStatistics.unitLinked(unit.description.functions().size());
        return PlanOutcome.LINKED;
    }

    /** What {@link #linkFromPlan} did: linked the unit, or not, naming the key it looked up and missed (else null). */
    private record PlanOutcome(boolean linked, ObjectCacheKey missed) {
        static final PlanOutcome LINKED = new PlanOutcome(true, null);
        static final PlanOutcome NOT_LINKED = new PlanOutcome(false, null);
    }

    /** A plan's fingerprint as text (printable bytes kept, others in hex), for comparing two runs' plans. */
    private static String planText(PlannedUnit plan) {
        StringBuilder sb = new StringBuilder();
        for (byte b : plan.fingerprint()) {
            if (b >= 32 && b < 127) sb.append((char) b);
            else sb.append(String.format("<%02x>", b & 0xff));
            if (b == 0) sb.append('\n');
        }
        return sb.toString();
    }

    /** {@code PYJIT_NATIVE_DUMP=DIR}: writes each unit's IR to DIR for inspection. */
    private static void dump(String label, String ir) {
        String dir = System.getenv("PYJIT_NATIVE_DUMP");
        if (dir == null) return;
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            java.nio.file.Files.writeString(java.nio.file.Path.of(dir, label.replaceAll("[^A-Za-z0-9_.-]", "_") + ".ll"), ir);
        } catch (java.io.IOException | RuntimeException e) {
            // a debugging aid only
        }
    }

    private static byte[] lookup(ObjectCache cache, ObjectCacheKey key) {
        long t0 = System.nanoTime();
        LookupResult r = cache.lookup(key);
        NativeStatistics.timeLookup(System.nanoTime() - t0);
        switch (r) {
            case LookupResult.Hit hit -> {
                NativeStatistics.cacheHit();
                return hit.cached().bytes();
            }
            case LookupResult.Miss miss -> {
                countMiss(miss);
                return null;
            }
        }
    }

    private static void countMiss(LookupResult.Miss miss) {
        if (miss.reason() != MissReason.UNAVAILABLE) NativeStatistics.cacheMiss(miss.reason().description());
        else NativeStatistics.cacheMiss("cache off");
    }

    private static byte[] compileAndStore(NativeUnitDescription d, ObjectCacheKey key, ObjectCache cache, String label) {
        if (cache == null) NativeStatistics.cacheMiss("cache off");
        NativeUnitCompiler.CompiledObject o = NativeUnitCompiler.compile(d.irText());
        NativeStatistics.compiled(o.optimizeNanos(), o.codegenNanos());
        if (cache != null) {
            long micros = (o.optimizeNanos() + o.codegenNanos()) / 1000;
            cache.put(key, o.bytes(), new ObjectMetadata(label, micros, d.definedSymbols(), d.neededSymbols()));
        }
        return o.bytes();
    }

    private static LoadedUnit link(NativeUnitDescription d, byte[] object, Job job) throws NativeLinker.LinkFailure {
        long t0 = System.nanoTime();
        Map<String, Long> bindings = new LinkedHashMap<>();
        for (int i = 0; i < job.cells().length; i++) bindings.put(NativeUnitCompiler.guardSymbol(i), job.cells()[i].address());
        for (String f : d.libmFunctions()) bindings.put(NativeUnitCompiler.LIBM_PREFIX + f, cSymbol(f));
        for (String f : LIBCALL_FALLBACKS) bindings.put(f, cSymbol(f));
        Map<String, Long> addresses = NativeLinker.link(object, bindings, d.definedSymbols());
        MethodHandle entry = downcall(addresses.get(d.entrySymbol()));
        Map<Integer, LoadedUnit.Osr> osr = new HashMap<>();
        for (NativeUnitDescription.OsrEntry e : d.osrEntries()) {
            osr.put(e.pc(), new LoadedUnit.Osr(e, downcall(addresses.get(e.symbol()))));
        }
        NativeStatistics.timeLink(System.nanoTime() - t0);
        return new LoadedUnit(d, job.signature(), entry, osr);
    }

    /**
     * A plain (not "critical") downcall: the thread is in native state while native code runs, so
     * a long native loop does not hold up the JVM's safepoints — garbage collection in other
     * threads, a second Ctrl-C, SIGTERM and {@code Runtime.halt} still work meanwhile.
     */
    private static MethodHandle downcall(long address) {
        return Linker.nativeLinker().downcallHandle(MemorySegment.ofAddress(address), FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    }

    private static final class CLibraries {
        static final SymbolLookup LIBM = SymbolLookup.libraryLookup("libm.so.6", java.lang.foreign.Arena.global());
        static final SymbolLookup DEFAULT = Linker.nativeLinker().defaultLookup();
    }

    private static long cSymbol(String name) throws NativeLinker.LinkFailure {
        MemorySegment s = CLibraries.LIBM.find(name).or(() -> CLibraries.DEFAULT.find(name))
                .orElseThrow(() -> new NativeLinker.LinkFailure("no C library function " + name));
        return s.address();
    }

    private static volatile NativeObjectEnvironment planEnvironment;

    /** The environment of plan keys: the native one with the compiler's fingerprint beside the ABI id. */
    private static NativeObjectEnvironment planEnvironment() {
        NativeObjectEnvironment e = planEnvironment;
        if (e == null) {
            NativeObjectEnvironment n = environment();
            e = new NativeObjectEnvironment(n.llvmVersion(), n.targetTriple(), n.cpuName(), n.cpuFeatures(), n.optimizationLevel(),
                    n.abiId() + "+plan+" + CompilerFingerprint.value());
            planEnvironment = e;
        }
        return e;
    }

    /** Everything that changes the machine code for the same IR (the cache key's environment). */
    static NativeObjectEnvironment environment() {
        NativeObjectEnvironment e = environment;
        if (e == null) {
            LlvmTarget t = LlvmTarget.host();
            e = new NativeObjectEnvironment(t.llvmVersion, t.triple, t.cpu, t.features, NativeUnitCompiler.optimizationLevel(),
                    org.pyjit.runtime.cache.CacheEnvironments.abiId()); // NativeAbi.ABI_ID unless -Dpyjit.abi-id overrides it
            environment = e;
        }
        return e;
    }
}
