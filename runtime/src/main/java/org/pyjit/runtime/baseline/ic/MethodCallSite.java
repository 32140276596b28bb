package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyjit.runtime.baseline.ic.Guards.ValueGuard;
import org.pyjit.runtime.interpreter.Tier1Support;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Attributes;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code recv.name(a1, …, an)} with positional arguments only ({@code (Object recv, Object × n)
 * Object}), without making a bound method. Cached kinds: a method found on the receiver's type
 * and not shadowed by an instance attribute (guard: type, version and shape; a Python function is
 * called with the receiver stored straight into its first register, a builtin method directly), a
 * function attribute of a class object called through the class (guard: the class and its
 * version), and a function of a module (guard: the module; read through its key cell).
 */
public final class MethodCallSite extends InlineCache {
    private final String name;
    private final int nargs;

    public MethodCallSite(MethodType type, String name) {
        super(type);
        this.name = name;
        this.nargs = type.parameterCount() - 1;
        start();
    }

    @Override
    protected MethodHandle missHandler() {
        return CallSites.spread(this::miss, nargs + 1);
    }

    @Override
    protected MethodHandle generic() {
        String name = this.name;
        int n = nargs;
        return CallSites.spread(all -> Tier1Support.callMethod(all[0], name, all, 1, n, null), nargs + 1);
    }

    Object miss(Object[] all) {
        Object recv = all[0];
        relink(plan(recv));
        return callMethod(name, recv, java.util.Arrays.copyOfRange(all, 1, all.length));
    }

    /** The generic {@code CALL_METHOD}: the interpreter's method-call path. */
    public static Object callMethod(String name, Object recv, Object[] args) {
        return Tier1Support.callMethod(recv, name, args, 0, args.length, null);
    }

    public static Object callModuleFunction(KeyCell cell, String name, Object module, Object[] args) {
        Object fn = cell.value();
        if (fn == null) return callMethod(name, module, args);
        return Ops.callKw(fn, args, null);
    }

    private Entry plan(Object recv) {
        MethodType site = type();
        if (recv instanceof PyType cls) return planClass(cls, site);
        if (recv instanceof PyModule m && m.type == BuiltinTypes.MODULE) {
            Object descr = BuiltinTypes.MODULE.lookup(name);
            if (descr != null && Attributes.isDataDescriptor(descr)) return null;
            KeyCell cell = m.dict.keyCell(name);
            String attr = name;
            // the guard is identity with m: the receiver is dropped, and the arguments collected once
            MethodHandle fast = MethodHandles.dropArguments(CallSites.spread(args -> callModuleFunction(cell, attr, m, args), nargs),
                    0, Object.class);
            return new Entry("module " + m.name + ": " + name, Guards.onParameter(Guards.same(m, m.name).check(), site, 0), fast);
        }
        PyType t = Ops.typeOf(recv);
        ValueGuard g = recv instanceof PyObject p ? Guards.typeAndShape(p) : Guards.javaClass(recv.getClass());
        if (g == null) return null;
        MethodHandle guard = Guards.onParameter(g.check(), site, 0);
        String kind = g.kind() + ": " + name;
        Object m = t.lookup(name);
        boolean shadowed = recv instanceof PyObject p && p.shape != null && p.shape.indexOf(name) >= 0;
        if (t.lookup("__getattribute__") != Attributes.objectGetattribute || shadowed
                || !(m instanceof PyFunction || m instanceof PyMethodDescriptor)) {
            return new Entry(kind + " (generic)", guard, generic(), g.isStale());
        }
        if (m instanceof PyFunction f) {
            FunctionCalls.Callee c = FunctionCalls.Callee.of(f);
            MethodHandle fast = CallSites.callFunction(f, c, nargs + 1);
            return calleeEntry(kind, Guards.onParameter(FunctionCalls.whileInterpreted(g.check(), c), site, 0), fast.asType(site), g, c);
        }
        MethodHandle fast = CallSites.callMethodDescriptor((PyMethodDescriptor) m, nargs + 1);
        return new Entry(kind, guard, fast.asType(site), g.isStale());
    }

    /** An entry calling a Python function: stale when the guarded class changed or the callee reached tier 1. */
    private static Entry calleeEntry(String kind, MethodHandle guard, MethodHandle fast, ValueGuard g, FunctionCalls.Callee c) {
        if (c.body() != null) return new Entry(kind, guard, fast, g.isStale());
        return new Entry(kind, guard, fast, () -> g.isStale().getAsBoolean() || c.tieredUp(), () -> !c.tieredUp());
    }

    /** {@code Cls.name(args)}: the class attribute is a constant while the class keeps its version. */
    private Entry planClass(PyType cls, MethodType site) {
        ValueGuard g = Guards.classObject(cls);
        MethodHandle guard = Guards.onParameter(g.check(), site, 0);
        PyType meta = cls.type;
        Object attr = cls.lookup(name);
        Object metaAttr = meta.lookup(name);
        MethodHandle fast = generic();
        if (meta.lookup("__getattribute__") == Attributes.typeGetattribute && meta.lookup("__getattr__") == null
                && attr != null && !(metaAttr != null && Attributes.isDataDescriptor(metaAttr))) {
            Object value = attr instanceof PyStaticMethod sm ? sm.callable : attr;
            if (value instanceof PyFunction f) {
                FunctionCalls.Callee c = FunctionCalls.Callee.of(f);
                fast = MethodHandles.dropArguments(CallSites.callFunction(f, c, nargs), 0, Object.class).asType(site);
                return calleeEntry(g.kind() + ": " + name, Guards.onParameter(FunctionCalls.whileInterpreted(g.check(), c), site, 0), fast, g, c);
            } else if ((value instanceof PyBuiltinFunction || value instanceof PyMethodDescriptor)
                    && AttributeLoadSite.isPlainClassValue(value)) {
                fast = MethodHandles.dropArguments(CallSites.callConstant((PyCallable) value, nargs), 0, Object.class).asType(site);
            }
        }
        return new Entry(g.kind() + ": " + name, guard, fast, g.isStale());
    }
}
