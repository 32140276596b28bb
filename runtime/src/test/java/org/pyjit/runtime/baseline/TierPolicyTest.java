package org.pyjit.runtime.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.objects.PyFunction;

/** When code moves to tier 1, what stays in tier 0, and that baseline classes can be unloaded. */
class TierPolicyTest {
    private static final String PROGRAM = """
            def square(x):
                return x * x
            def loop(n):
                t = 0
                for i in range(n):
                    t += i
                return t
            def gen(n):
                for i in range(n):
                    yield i
            """;

    private org.pyjit.runtime.nativecode.NativeTier.Mode nativeBefore;

    /**
     * These tests are about tier 1 alone: with the native tier on, a numeric function such as
     * {@code square} may be linked from an earlier run's native profile at its first call.
     */
    @org.junit.jupiter.api.BeforeEach
    void nativeTierOff() {
        nativeBefore = org.pyjit.runtime.nativecode.NativeTier.mode();
        org.pyjit.runtime.nativecode.NativeTier.setMode(org.pyjit.runtime.nativecode.NativeTier.Mode.OFF);
    }

    @AfterEach
    void restoreDefaults() {
        BaselineOptions.setMode(BaselineOptions.Mode.DEFAULT);
        BaselineOptions.setThreshold(BaselineOptions.DEFAULT_THRESHOLD);
        org.pyjit.runtime.nativecode.NativeTier.setMode(nativeBefore);
    }

    private static CodeObject code(IcScenario s, String function) {
        return ((PyFunction) s.globals().getStr(function)).code;
    }

    private static CompiledCode compiled(IcScenario s, String function) {
        Object st = code(s, function).runtimeState;
        return st instanceof TierState ts ? ts.compiled() : null;
    }

    @Test
    void compiledAfterThresholdCalls() {
        BaselineOptions.setThreshold(5);
        IcScenario s = new IcScenario(PROGRAM);
        s.exec("r = [square(i) for i in range(4)]");
        assertNull(compiled(s, "square"), "four calls stay in the interpreter");
        s.exec("r += [square(i) for i in range(4, 6)]");
        assertNotNull(compiled(s, "square"), "the fifth call compiles");
        s.check("r + [square(7)]", t -> t.eval("r + [square(7)]")).verify();
    }

    @Test
    void longLoopEntersTier1ByOsr() {
        BaselineOptions.setThreshold(25);
        long before = BaselineStats.osrEntries();
        IcScenario s = new IcScenario(PROGRAM);
        s.check("loop(1000)", t -> t.eval("loop(1000)"));
        assertNotNull(compiled(s, "loop"), "one call with a long loop compiles by back-edges");
        assertTrue(BaselineStats.osrEntries() > before, "the running frame moved into tier 1");
        s.verify();
    }

    @Test
    void offAndAlwaysModes() {
        BaselineOptions.setMode(BaselineOptions.Mode.OFF);
        IcScenario off = new IcScenario(PROGRAM);
        off.exec("for i in range(100): square(i)\nloop(1000)");
        assertNull(compiled(off, "square"));
        assertNull(compiled(off, "loop"));
        BaselineOptions.setMode(BaselineOptions.Mode.ALWAYS);
        IcScenario always = new IcScenario(PROGRAM);
        always.exec("square(1)");
        assertNotNull(compiled(always, "square"), "compiled before its first call");
    }

    @Test
    void generatorsResumeInTier1() {
        BaselineOptions.setThreshold(5);
        IcScenario s = new IcScenario(PROGRAM);
        s.check("sum(gen(3))", t -> t.eval("sum(gen(3))"));
        assertNull(compiled(s, "gen"), "four resumptions stay in the interpreter");
        s.check("sum(gen(100))", t -> t.eval("sum(gen(100))"));
        assertNotNull(compiled(s, "gen"), "resumptions count as calls");
        s.exec("g = gen(10)\nfirst = [next(g), next(g)]");
        s.check("(first, g.send(None), list(g))", t -> t.eval("(first, g.send(None), list(g))")).verify();
    }

    @Test
    void baselineClassIsUnloadedWhenUnreferenced() throws Exception {
        BaselineOptions.setMode(BaselineOptions.Mode.ALWAYS);
        IcScenario s = new IcScenario(PROGRAM);
        s.exec("loop(10)");
        CompiledCode cc = compiled(s, "loop");
        assertNotNull(cc);
        WeakReference<Class<?>> cls = new WeakReference<>(cc.getClass());
        assertTrue(cc.getClass().isHidden());
        cc = null;
        ((TierState) code(s, "loop").runtimeState).discard(); // what reaching tier 2 does
        for (int i = 0; i < 50 && cls.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(cls.get(), "the hidden class was collected");
        s.check("loop(10)", t -> t.eval("loop(10)")).verify();
    }

    @Test
    void sitesAreTheTypeFeedback() {
        BaselineOptions.setMode(BaselineOptions.Mode.ALWAYS);
        IcScenario s = new IcScenario(PROGRAM);
        s.exec("loop(10)");
        java.util.Map<Integer, org.pyjit.runtime.baseline.ic.InlineCache> sites = TypeFeedback.sites(code(s, "loop"));
        assertFalse(sites.isEmpty());
        assertTrue(sites.values().stream().anyMatch(site -> site.kinds().contains("int + int")),
                () -> "kinds: " + sites.values().stream().map(org.pyjit.runtime.baseline.ic.InlineCache::kinds).toList());
        int pc = sites.keySet().iterator().next();
        assertEquals(sites.get(pc), TypeFeedback.siteAt(code(s, "loop"), pc));
        assertTrue(TypeFeedback.sites(code(s, "square")).isEmpty(), "code never run has no sites");
    }

    @Test
    void thresholdOptionParsing() {
        assertTrue(BaselineOptions.applyOption("baseline-threshold", "7"));
        assertEquals(7, BaselineOptions.threshold());
        assertTrue(BaselineOptions.applyOption("baseline", "off"));
        assertEquals(BaselineOptions.Mode.OFF, BaselineOptions.mode());
        assertFalse(BaselineOptions.applyOption("cache", "off"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BaselineOptions.applyOption("baseline", "sometimes"));
    }
}
