package org.pyjit.runtime.baseline.ic;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyjit.runtime.baseline.BaselineStats.SiteState.*;
import static org.pyjit.runtime.baseline.IcScenario.invoke;

import java.lang.invoke.MethodType;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.baseline.BaselineStats;
import org.pyjit.runtime.baseline.IcScenario;

/** Attribute load and store inline caches: their kinds, states, and invalidation by every kind of change. */
class AttributeSitesTest {
    private static final MethodType LOAD = MethodType.methodType(Object.class, Object.class);
    private static final MethodType STORE = MethodType.methodType(void.class, Object.class, Object.class);

    private static final String CLASSES = """
            class P:
                kind = 'p'
                def __init__(self, x):
                    self.x = x
                def m(self):
                    return 'P.m', self.x
            class Q:
                kind = 'q'
                def __init__(self, x):
                    self.x = x
                def m(self):
                    return 'Q.m', self.x
            p1, p2, q = P(1), P(2), Q(3)
            """;

    @Test
    void instanceSlotMonomorphicThenPolymorphic() {
        AttributeLoadSite x = new AttributeLoadSite(LOAD, "x");
        IcScenario s = new IcScenario(CLASSES);
        s.check("p1.x", t -> invoke(x, t.eval("p1"))).check("p2.x", t -> invoke(x, t.eval("p2")))
                .expectState(x, MONOMORPHIC)
                .check("q.x", t -> invoke(x, t.eval("q"))).check("p1.x", t -> invoke(x, t.eval("p1")))
                .expectState(x, POLYMORPHIC)
                .verify();
    }

    @Test
    void megamorphicAfterFourKinds() {
        AttributeLoadSite v = new AttributeLoadSite(LOAD, "v");
        IcScenario s = new IcScenario("""
                class C1: v = 1
                class C2: v = 2
                class C3: v = 3
                class C4: v = 4
                class C5: v = 5
                objs = [C1(), C2(), C3(), C4(), C5()]
                """);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 5; i++) {
                int k = i;
                s.check("objs[" + k + "].v", t -> invoke(v, t.eval("objs[" + k + "]")));
            }
        }
        s.expectState(v, MEGAMORPHIC).exec("C3.v = 33").check("objs[2].v", t -> invoke(v, t.eval("objs[2]"))).verify();
    }

    @Test
    void classAttributeAssignmentInvalidates() {
        AttributeLoadSite kind = new AttributeLoadSite(LOAD, "kind");
        long before = BaselineStats.invalidations();
        new IcScenario(CLASSES)
                .check("p1.kind", t -> invoke(kind, t.eval("p1")))
                .exec("P.kind = 'changed'")
                .check("p1.kind", t -> invoke(kind, t.eval("p1")))
                .expectState(kind, MONOMORPHIC)
                .verify();
        assertTrue(BaselineStats.invalidations() > before, "the stale entry was counted");
    }

    @Test
    void methodReplacementOnClass() {
        AttributeLoadSite m = new AttributeLoadSite(LOAD, "m");
        new IcScenario(CLASSES)
                .check("p1.m()", t -> org.pyjit.runtime.ops.Ops.call(invoke(m, t.eval("p1"))))
                .exec("P.m = lambda self: ('new', self.x)")
                .check("p1.m()", t -> org.pyjit.runtime.ops.Ops.call(invoke(m, t.eval("p1"))))
                .exec("p1.m = lambda: 'instance'")
                .check("p1.m()", t -> org.pyjit.runtime.ops.Ops.call(invoke(m, t.eval("p1"))))
                .exec("del p1.m")
                .check("p1.m()", t -> org.pyjit.runtime.ops.Ops.call(invoke(m, t.eval("p1"))))
                .verify();
    }

    @Test
    void classAssignmentAndMroChange() {
        AttributeLoadSite kind = new AttributeLoadSite(LOAD, "kind");
        new IcScenario(CLASSES + """
                class Base1: kind = 'base1'
                class Base2: kind = 'base2'
                class D(Base1): pass
                d = D()
                """)
                .check("p1.kind", t -> invoke(kind, t.eval("p1")))
                .exec("p1.__class__ = Q")
                .check("p1.kind", t -> invoke(kind, t.eval("p1")))
                .check("d.kind", t -> invoke(kind, t.eval("d")))
                .exec("D.__bases__ = (Base2,)")
                .check("d.kind", t -> invoke(kind, t.eval("d")))
                .verify();
    }

    @Test
    void dataDescriptorAddedLaterWins() {
        AttributeLoadSite x = new AttributeLoadSite(LOAD, "x");
        new IcScenario(CLASSES)
                .check("p1.x", t -> invoke(x, t.eval("p1")))
                .exec("P.x = property(lambda self: 'property')")
                .check("p1.x", t -> invoke(x, t.eval("p1")))
                .exec("del P.x")
                .check("p1.x", t -> invoke(x, t.eval("p1")))
                .check("p1.nope", t -> invoke(new AttributeLoadSite(LOAD, "nope"), t.eval("p1")))
                .verify();
    }

    @Test
    void classObjectAndModuleAttributes() {
        AttributeLoadSite kind = new AttributeLoadSite(LOAD, "kind");
        AttributeLoadSite pi = new AttributeLoadSite(LOAD, "pi");
        new IcScenario(CLASSES + "import math\nmod = type(math)('mod')\nmod.pi = 3.14\n")
                .check("P.kind", t -> invoke(kind, t.eval("P")))
                .exec("P.kind = 'class changed'")
                .check("P.kind", t -> invoke(kind, t.eval("P")))
                .check("mod.pi", t -> invoke(pi, t.eval("mod")))
                .exec("mod.pi = 3")
                .check("mod.pi", t -> invoke(pi, t.eval("mod")))
                .exec("del mod.pi")
                .check("mod.pi", t -> invoke(pi, t.eval("mod")))
                .verify();
    }

    @Test
    void storesByShapeTransitionAndThroughSetters() {
        AttributeStoreSite y = new AttributeStoreSite(STORE, "y");
        AttributeLoadSite load = new AttributeLoadSite(LOAD, "y");
        new IcScenario(CLASSES)
                .check("(setattr(p1, 'y', 10), p1.y)[1]", t -> {
                    invoke(y, t.eval("p1"), 10L);
                    return invoke(load, t.eval("p1"));
                })
                .check("(setattr(p2, 'y', 20), p2.y)[1]", t -> {
                    invoke(y, t.eval("p2"), 20L);
                    return invoke(load, t.eval("p2"));
                })
                .expectState(y, MONOMORPHIC)
                .check("(setattr(p1, 'y', 11), p1.y)[1]", t -> {
                    invoke(y, t.eval("p1"), 11L);
                    return invoke(load, t.eval("p1"));
                })
                .exec("P.y = property(lambda self: self.x * 100, lambda self, v: setattr(self, 'x', v))")
                .check("(setattr(p2, 'y', 7), p2.y, p2.__dict__)[1:]", t -> {
                    invoke(y, t.eval("p2"), 7L);
                    return org.pyjit.runtime.objects.PyTuple.of(invoke(load, t.eval("p2")), t.eval("p2.__dict__"));
                })
                .verify();
    }

    @Test
    void slotsAndReadOnlyAttributes() {
        AttributeStoreSite a = new AttributeStoreSite(STORE, "a");
        AttributeLoadSite load = new AttributeLoadSite(LOAD, "a");
        new IcScenario("""
                class S:
                    __slots__ = ('a',)
                s = S()
                """)
                .check("s.a", t -> invoke(load, t.eval("s")))
                .check("(setattr(s, 'a', 5), s.a)[1]", t -> {
                    invoke(a, t.eval("s"), 5L);
                    return invoke(load, t.eval("s"));
                })
                .check("(1).real", t -> invoke(new AttributeLoadSite(LOAD, "real"), 1L))
                .check("setattr(1, 'a', 2)", t -> {
                    invoke(a, 1L, 2L);
                    return null;
                })
                .verify();
    }
    @Test
    void propertyGettersAreCalledDirectlyWhileThePropertyKeepsThem() {
        AttributeLoadSite area = new AttributeLoadSite(LOAD, "area");
        new IcScenario("""
                class R:
                    def __init__(self, w):
                        self.w = w
                    @property
                    def area(self):
                        return self.w * self.w
                r = R(3)
                def other(self):
                    return 'other'
                def failing(self):
                    raise KeyError('in getter')
                """)
                .check("r.area", t -> invoke(area, t.eval("r")))
                .check("R(4).area", t -> invoke(area, t.eval("R(4)")))
                .expectState(area, MONOMORPHIC)
                .exec("R.area.__init__(other)")
                .check("r.area", t -> invoke(area, t.eval("r")))
                .exec("R.area = property(failing)")
                .check("r.area", t -> invoke(area, t.eval("r")))
                .exec("R.area = property(lambda self, extra: extra)")
                .check("r.area", t -> invoke(area, t.eval("r")))
                .verify();
    }
}
