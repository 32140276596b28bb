package org.pyjit.runtime.nativecode;

import java.util.List;
import org.pyjit.compiler.llvm.GlobalBinding;
import org.pyjit.compiler.llvm.GlobalResolver;
import org.pyjit.compiler.llvm.ValueKind;
import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.interpreter.Interpreter;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyFunction;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;

/**
 * Resolves a function's global names for the native compiler, as {@code LOAD_GLOBAL} would now:
 * numbers become constants, Python functions direct calls, and the builtins and {@code math}
 * functions native code implements are recognized by identity (a user's own {@code abs} is not
 * the builtin). Each binding's guard names the namespace entries it depends on.
 */
final class RuntimeGlobals implements GlobalResolver {
    private static final List<String> NATIVE_BUILTINS = List.of("abs", "min", "max", "int", "float", "range");
    /** The builtin objects themselves, taken before a program could rebind the names in builtins. */
    private static final Object[] ORIGINALS = NATIVE_BUILTINS.stream().map(BuiltinsModule.namespace()::getStr).toArray();

    private final PyDict globals;
    private final PyDict builtins;

    RuntimeGlobals(PyDict globals) {
        this.globals = globals;
        this.builtins = Interpreter.builtinsOf(globals);
    }

    @Override
    public GlobalBinding global(String name) {
        Object v = globals.getStr(name);
        if (v != null) return binding(name, v, GuardToken.of(globals, name));
        v = builtins.getStr(name);
        if (v == null) return GlobalBinding.UNSUPPORTED;
        return binding(name, v, GuardToken.of(globals, name, builtins, name));
    }

    @Override
    public GlobalBinding attribute(GlobalBinding module, String name) {
        if (!(module instanceof GlobalBinding.MathModule m) || !(m.value() instanceof PyModule pm)) return GlobalBinding.UNSUPPORTED;
        Object v = pm.dict.getStr(name);
        if (v == null) return GlobalBinding.UNSUPPORTED;
        GuardToken guard = GuardToken.of(pm.dict, name);
        if (v instanceof Double d) return new GlobalBinding.Constant(ValueKind.FLOAT, Double.doubleToRawLongBits(d), guard);
        if (v instanceof PyBuiltinFunction f && "math".equals(f.module)) return new GlobalBinding.MathFunction(f.name, f, guard);
        return GlobalBinding.UNSUPPORTED;
    }

    private GlobalBinding binding(String name, Object v, GuardToken guard) {
        switch (v) {
            case Long l -> {
                return new GlobalBinding.Constant(ValueKind.INT, l, guard);
            }
            case Double d -> {
                return new GlobalBinding.Constant(ValueKind.FLOAT, Double.doubleToRawLongBits(d), guard);
            }
            case Boolean b -> {
                return new GlobalBinding.Constant(ValueKind.BOOL, b ? 1 : 0, guard);
            }
            case PyNone n -> {
                return new GlobalBinding.Constant(ValueKind.NONE, 0, guard);
            }
            case PyFunction f -> {
                return new GlobalBinding.Function(f.code, new RuntimeGlobals(f.globals), f, guard);
            }
            case PyModule m when "math".equals(m.name) -> {
                return new GlobalBinding.MathModule(m, guard);
            }
            case PyBuiltinFunction f when "math".equals(f.module) -> {
                return new GlobalBinding.MathFunction(f.name, f, guard);
            }
            default -> {
                for (int i = 0; i < ORIGINALS.length; i++) {
                    if (ORIGINALS[i] == v) return new GlobalBinding.Builtin(NATIVE_BUILTINS.get(i), v, guard);
                }
                return GlobalBinding.UNSUPPORTED;
            }
        }
    }
}
