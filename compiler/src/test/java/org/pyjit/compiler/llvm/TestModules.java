package org.pyjit.compiler.llvm;

import java.util.List;
import org.pyjit.compiler.bytecode.BytecodeCompiler;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.parser.PythonSourceParser;

/** Compiles test sources and resolves their globals the way the runtime would for a fresh module. */
final class TestModules {
    private TestModules() {}

    static final Object MATH = new Object() {
        @Override
        public String toString() {
            return "<math>";
        }
    };

    static CodeObject module(String source) {
        return BytecodeCompiler.compile(PythonSourceParser.parseModule(source, "<test>"), "<test>", source);
    }

    static CodeObject function(CodeObject module, String name) {
        for (Object k : module.consts) if (k instanceof CodeObject c && c.name.equals(name)) return c;
        throw new IllegalArgumentException("no function " + name);
    }

    /** Module-level functions by name, the supported builtins, and {@code math} when imported. */
    static GlobalResolver resolver(CodeObject module) {
        return new GlobalResolver() {
            @Override
            public GlobalBinding global(String name) {
                for (Object k : module.consts) {
                    if (k instanceof CodeObject c && c.name.equals(name)) return new GlobalBinding.Function(c, this, c, "g:" + name);
                }
                if (name.equals("math")) return new GlobalBinding.MathModule(MATH, "g:math");
                if (List.of("abs", "min", "max", "int", "float", "range").contains(name)) {
                    return new GlobalBinding.Builtin(name, "builtin:" + name, "b:" + name);
                }
                if (name.equals("LIMIT")) return new GlobalBinding.Constant(ValueKind.INT, 1000, "g:LIMIT");
                return GlobalBinding.UNSUPPORTED;
            }

            @Override
            public GlobalBinding attribute(GlobalBinding m, String name) {
                if (name.equals("pi")) return new GlobalBinding.Constant(ValueKind.FLOAT, Double.doubleToRawLongBits(Math.PI), "m:pi");
                return new GlobalBinding.MathFunction(name, "math." + name, "m:" + name);
            }
        };
    }

    static NativeUnitDescription lower(String source, String function, ValueKind... args) {
        CodeObject module = module(source);
        return NativeUnitCompiler.lower(function(module, function), resolver(module), TypeProfile.ofArguments(List.of(args)));
    }
}
