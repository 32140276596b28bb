package org.pyjit.runtime.baseline.ic;

import static org.pyjit.runtime.baseline.BaselineStats.SiteState.*;
import static org.pyjit.runtime.baseline.IcScenario.invoke;

import java.lang.invoke.MethodType;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.baseline.IcScenario;

/** Function, method, class and builtin call inline caches. */
class CallSitesTest {
    private static MethodType args(int n) {
        return MethodType.genericMethodType(n);
    }

    private static final String SETUP = """
            def twice(x):
                return 2 * x
            def make(n):
                def add(x):
                    return x + n
                return add
            add1, add2 = make(1), make(2)
            def defaults(x, y=10):
                return x + y
            class P:
                def __init__(self, x):
                    self.x = x
                def get(self, k):
                    return self.x * k
            p = P(3)
            import math
            mod = type(math)('mod')
            mod.sqrt = math.sqrt
            """;

    @Test
    void functionsByCodeClosuresAndRedefinition() {
        FunctionCallSite call = new FunctionCallSite(args(2));
        new IcScenario(SETUP)
                .check("twice(4)", t -> invoke(call, t.eval("twice"), 4L))
                .check("add1(4)", t -> invoke(call, t.eval("add1"), 4L))
                .check("add2(4)", t -> invoke(call, t.eval("add2"), 4L))
                .expectState(call, POLYMORPHIC)
                .exec("def twice(x):\n    return 'redefined'")
                .check("twice(4)", t -> invoke(call, t.eval("twice"), 4L))
                .check("defaults(1)", t -> invoke(call, t.eval("defaults"), 1L))
                .exec("defaults.__defaults__ = (100,)")
                .check("defaults(1)", t -> invoke(call, t.eval("defaults"), 1L))
                .check("twice(1, 2) if False else add1()", t -> invoke(new FunctionCallSite(args(1)), t.eval("add1")))
                .verify();
    }

    @Test
    void boundMethodsBuiltinsAndClasses() {
        FunctionCallSite call = new FunctionCallSite(args(2));
        FunctionCallSite make = new FunctionCallSite(args(2));
        new IcScenario(SETUP)
                .check("p.get(5)", t -> invoke(call, t.eval("p.get"), 5L))
                .check("abs(-5)", t -> invoke(call, t.eval("abs"), -5L))
                .check("P(7).x", t -> ((org.pyjit.runtime.objects.PyObject) invoke(make, t.eval("P"), 7L)).getInstanceAttr("x"))
                .expectState(make, MONOMORPHIC)
                .exec("P.__init__ = lambda self, x: setattr(self, 'x', -x)")
                .check("P(7).x", t -> ((org.pyjit.runtime.objects.PyObject) invoke(make, t.eval("P"), 7L)).getInstanceAttr("x"))
                .exec("P.__init__ = lambda self, x: 5")
                .check("P(7)", t -> invoke(make, t.eval("P"), 7L))
                .check("int('12')", t -> invoke(make, t.eval("int"), "12"))
                .verify();
    }

    @Test
    void methodCallsReplacementShadowingAndModules() {
        MethodCallSite get = new MethodCallSite(args(2), "get");
        MethodCallSite append = new MethodCallSite(args(2), "append");
        MethodCallSite sqrt = new MethodCallSite(args(2), "sqrt");
        new IcScenario(SETUP + "lst = []\n")
                .check("p.get(2)", t -> invoke(get, t.eval("p"), 2L))
                .expectState(get, MONOMORPHIC)
                .exec("P.get = lambda self, k: ('replaced', k)")
                .check("p.get(2)", t -> invoke(get, t.eval("p"), 2L))
                .exec("p.get = lambda k: ('instance', k)")
                .check("p.get(2)", t -> invoke(get, t.eval("p"), 2L))
                .check("P.get(p, 2)", t -> invoke(new MethodCallSite(args(3), "get"), t.eval("P"), t.eval("p"), 2L))
                .check("(lst.append(1), lst)", t -> org.pyjit.runtime.objects.PyTuple.of(invoke(append, t.eval("lst"), 1L), t.eval("lst")))
                .check("mod.sqrt(16)", t -> invoke(sqrt, t.eval("mod"), 16L))
                .exec("mod.sqrt = lambda x: 'patched'")
                .check("mod.sqrt(16)", t -> invoke(sqrt, t.eval("mod"), 16L))
                .check("p.missing(1)", t -> invoke(new MethodCallSite(args(2), "missing"), t.eval("p"), 1L))
                .check("'a,b'.split(',')", t -> invoke(new MethodCallSite(args(2), "split"), "a,b", ","))
                .verify();
    }

    @Test
    void megamorphicMethodCalls() {
        MethodCallSite name = new MethodCallSite(args(1), "name");
        IcScenario s = new IcScenario("""
                objs = []
                for i in range(6):
                    objs.append(type('C%d' % i, (), {'name': (lambda i: lambda self: 'C%d' % i)(i)})())
                """);
        for (int i = 0; i < 6; i++) {
            int k = i;
            s.check("objs[" + k + "].name()", t -> invoke(name, t.eval("objs[" + k + "]")));
        }
        s.expectState(name, MEGAMORPHIC).check("objs[0].name()", t -> invoke(name, t.eval("objs[0]"))).verify();
    }

    @Test
    void builtinClassesAreInstantiatedThroughTheirNewAndInit() {
        FunctionCallSite one = new FunctionCallSite(args(2));
        FunctionCallSite none = new FunctionCallSite(args(1));
        new IcScenario(SETUP + "class L(list):\n    pass\n")
                .check("list((1, 2))", t -> invoke(one, t.eval("list"), t.eval("(1, 2)")))
                .check("tuple([3])", t -> invoke(one, t.eval("tuple"), t.eval("[3]")))
                .check("str(5)", t -> invoke(one, t.eval("str"), 5L))
                .check("int('x')", t -> invoke(one, t.eval("int"), "x"))
                .check("list(1)", t -> invoke(one, t.eval("list"), 1L))
                .check("L('ab')", t -> invoke(one, t.eval("L"), "ab"))
                .check("set()", t -> invoke(none, t.eval("set")))
                .check("dict()", t -> invoke(none, t.eval("dict")))
                .check("bytearray(3)", t -> invoke(one, t.eval("bytearray"), 3L))
                .check("range(4)", t -> invoke(one, t.eval("range"), 4L))
                .verify();
    }
}
