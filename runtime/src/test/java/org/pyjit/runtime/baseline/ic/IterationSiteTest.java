package org.pyjit.runtime.baseline.ic;

import static org.pyjit.runtime.baseline.BaselineStats.SiteState.*;
import static org.pyjit.runtime.baseline.IcScenario.invoke;

import java.lang.invoke.MethodType;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.baseline.IcScenario;
import org.pyjit.runtime.objects.PyList;

/** The for-loop step: Java iterators by exact class, Python iterators generically. */
class IterationSiteTest {
    private static PyList drain(IterationSite site, Object it) {
        PyList out = new PyList();
        for (Object v = invoke(site, it); v != null; v = invoke(site, it)) out.append(v);
        return out;
    }

    @Test
    void listsRangesAndPythonIterators() {
        IterationSite next = new IterationSite(MethodType.methodType(Object.class, Object.class));
        new IcScenario("""
                class Countdown:
                    def __init__(self, n):
                        self.n = n
                    def __iter__(self):
                        return self
                    def __next__(self):
                        if self.n == 0:
                            raise StopIteration
                        self.n -= 1
                        return self.n
                """)
                .check("list(iter([1, 2, 3]))", t -> drain(next, t.eval("iter([1, 2, 3])")))
                .expectState(next, MONOMORPHIC)
                .check("list(iter(range(4)))", t -> drain(next, t.eval("iter(range(4))")))
                .check("list(Countdown(3))", t -> drain(next, t.eval("Countdown(3)")))
                .expectState(next, POLYMORPHIC)
                .exec("Countdown.__next__ = lambda self: next(iter(()))")
                .check("list(Countdown(3))", t -> drain(next, t.eval("Countdown(3)")))
                .verify();
    }
}
