package org.pyjit.runtime.baseline.ic;

import static org.pyjit.runtime.baseline.BaselineStats.SiteState.*;
import static org.pyjit.runtime.baseline.IcScenario.invoke;

import java.lang.invoke.MethodType;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.baseline.IcScenario;
import org.pyjit.runtime.imports.SourceCompiler;
import org.pyjit.runtime.interpreter.Frame;
import org.pyjit.runtime.interpreter.Tier1Support;

/** Global and builtin lookups: never stale after rebinding, shadowing, deletion or a change of the builtins module. */
class GlobalLoadSiteTest {
    private static final MethodType LOAD = MethodType.methodType(Object.class, Frame.class);

    private static Frame frame(IcScenario s) {
        return new Frame(SourceCompiler.compileModule("pass\n", "<frame>"), s.globals(), Tier1Support.builtinsOf(s.globals()),
                null, null);
    }

    @Test
    void globalRebindingAndDeletion() {
        GlobalLoadSite site = new GlobalLoadSite(LOAD, "LIMIT");
        IcScenario s = new IcScenario("LIMIT = 10\n");
        Frame f = frame(s);
        s.check("LIMIT", t -> invoke(site, f)).expectState(site, MONOMORPHIC)
                .exec("LIMIT = 'rebound'").check("LIMIT", t -> invoke(site, f))
                .exec("globals()['LIMIT'] = 12.5").check("LIMIT", t -> invoke(site, f))
                .exec("del LIMIT").check("LIMIT", t -> invoke(site, f))
                .exec("LIMIT = 3").check("LIMIT", t -> invoke(site, f))
                .expectState(site, MONOMORPHIC)
                .verify();
    }

    @Test
    void builtinShadowedByGlobalThenRestored() {
        GlobalLoadSite site = new GlobalLoadSite(LOAD, "len");
        IcScenario s = new IcScenario("items = [1, 2, 3]\n");
        Frame f = frame(s);
        s.check("len(items)", t -> org.pyjit.runtime.ops.Ops.call(invoke(site, f), t.eval("items")))
                .exec("len = lambda x: 42")
                .check("len(items)", t -> org.pyjit.runtime.ops.Ops.call(invoke(site, f), t.eval("items")))
                .exec("del len")
                .check("len(items)", t -> org.pyjit.runtime.ops.Ops.call(invoke(site, f), t.eval("items")))
                .verify();
    }

    @Test
    void builtinsModuleChanged() {
        GlobalLoadSite site = new GlobalLoadSite(LOAD, "abs");
        IcScenario s = new IcScenario("import builtins\nsaved = builtins.abs\n");
        Frame f = frame(s);
        try {
            s.check("abs(-2)", t -> org.pyjit.runtime.ops.Ops.call(invoke(site, f), -2L))
                    .exec("builtins.abs = lambda x: 'patched'")
                    .check("abs(-2)", t -> org.pyjit.runtime.ops.Ops.call(invoke(site, f), -2L));
        } finally {
            s.exec("builtins.abs = saved");
        }
        s.check("abs(-2)", t -> org.pyjit.runtime.ops.Ops.call(invoke(site, f), -2L)).verify();
    }

    @Test
    void otherNamespacesAreOtherEntries() {
        GlobalLoadSite site = new GlobalLoadSite(LOAD, "x");
        IcScenario a = new IcScenario("x = 'a'\n");
        IcScenario b = new IcScenario("x = 'b'\n");
        Frame fa = frame(a), fb = frame(b);
        a.check("x", t -> invoke(site, fa)).verify();
        b.check("x", t -> invoke(site, fb)).expectState(site, POLYMORPHIC).verify();
    }
}
