package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import org.pyjit.runtime.baseline.ic.Guards.ValueGuard;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.InstanceCreation;

/**
 * {@code f(a1, …, an)} with positional arguments only ({@code (Object f, Object × n) Object}).
 * Cached kinds: a Python function by its code object (arguments stored straight into the new
 * frame when the code takes exactly them), a bound method of such a function, a builtin function
 * by identity, a class whose {@code __new__} is object's and whose {@code __init__} is a Python
 * function (guard: the class and its version; allocation then a direct {@code __init__} call),
 * and other callables by type (generic call).
 */
public final class FunctionCallSite extends InlineCache {
    private final int nargs;

    public FunctionCallSite(MethodType type) {
        super(type);
        this.nargs = type.parameterCount() - 1;
        start();
    }

    @Override
    protected MethodHandle missHandler() {
        return CallSites.spread(this::miss, nargs + 1);
    }

    @Override
    protected MethodHandle generic() {
        return CallSites.genericCall(nargs).asType(type());
    }

    Object miss(Object[] all) {
        Object fn = all[0];
        relink(plan(fn));
        return Ops.callKw(fn, Arrays.copyOfRange(all, 1, all.length), null);
    }

    private Entry plan(Object fn) {
        MethodType site = type();
        if (fn instanceof PyFunction f) {
            if (!FunctionCalls.isDirect(f.code, nargs)) {
                MethodHandle guard = Guards.onParameter(new FunctionCalls.FunctionOf(f.code), site, 0);
                return new Entry("function " + f.qualname + " (binder)", guard, generic());
            }
            FunctionCalls.Callee c = FunctionCalls.Callee.of(f);
            MethodHandle guard = Guards.onParameter(FunctionCalls.functionGuard(c), site, 0);
            return new Entry("function " + f.qualname, guard, FunctionCalls.direct(c, nargs).asType(site), c::tieredUp, () -> false);
        }
        if (fn instanceof PyBoundMethod bm && bm.function instanceof PyFunction f && FunctionCalls.isDirect(f.code, nargs + 1)) {
            FunctionCalls.Callee c = FunctionCalls.Callee.of(f);
            MethodHandle guard = Guards.onParameter(FunctionCalls.whileInterpreted(new FunctionCalls.BoundFunctionOf(f.code), c), site, 0);
            MethodHandle fast = CallSites.callBound(c, nargs);
            return new Entry("bound method " + f.qualname, guard, fast, c::tieredUp, () -> false);
        }
        if (fn instanceof PyBuiltinFunction bf) {
            MethodHandle guard = Guards.onParameter(Guards.same(bf, bf.name).check(), site, 0);
            MethodHandle fast = MethodHandles.dropArguments(CallSites.callConstant(bf, nargs), 0, Object.class).asType(site);
            return new Entry("builtin " + bf.name, guard, fast);
        }
        if (fn instanceof PyType cls) return planClass(cls, site);
        ValueGuard g = Guards.typeOf(fn);
        return new Entry("callable " + g.kind(), Guards.onParameter(g.check(), site, 0), generic(), g.isStale());
    }

    /** {@code Cls(args)}: allocation and a direct {@code __init__} call while the class keeps its version. */
    private Entry planClass(PyType cls, MethodType site) {
        ValueGuard g = Guards.classObject(cls);
        Guards.ValueTest test = g.check();
        MethodHandle create = null;
        FunctionCalls.Callee c = null;
        if (cls.type == BuiltinTypes.TYPE && !cls.builtin && InstanceCreation.hasPlainNew(cls)) {
            Object init = cls.lookup("__init__");
            if (init instanceof PyFunction f && FunctionCalls.isDirect(f.code, nargs + 1)) {
                c = FunctionCalls.Callee.of(f);
                create = CallSites.instantiation(cls, f, c, nargs);
                test = FunctionCalls.whileInterpreted(test, c);
            } else if (InstanceCreation.isObjectInit(init) && nargs == 0) {
                create = CallSites.INSTANTIATE_PLAIN.bindTo(cls);
            }
        } else if (cls.builtin && cls != BuiltinTypes.TYPE && cls.type == BuiltinTypes.TYPE && cls.lookup("__new__") != null) {
            Object newAttr = cls.lookup("__new__");
            Object newFunction = newAttr instanceof PyStaticMethod sm ? sm.callable : newAttr;
            create = CallSites.builtinInstantiation(cls, newFunction, cls.lookup("__init__"), InstanceCreation.initIsNoOp(cls), nargs);
        }
        MethodHandle guard = Guards.onParameter(test, site, 0);
        MethodHandle fast = create == null ? generic() : MethodHandles.dropArguments(create, 0, Object.class).asType(site);
        FunctionCalls.Callee init = c;
        if (init != null && init.body() == null) {
            return new Entry("class " + cls.name, guard, fast, () -> g.isStale().getAsBoolean() || init.tieredUp(),
                    () -> !init.tieredUp());
        }
        return new Entry("class " + cls.name, guard, fast, g.isStale());
    }
}
