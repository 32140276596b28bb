package org.pyjit.compiler.llvm;

import org.pyjit.compiler.bytecode.CodeObject;

/**
 * What a global name (or an attribute of a module bound to one) referred to when a unit was
 * compiled. Each binding carries a {@code guard}: an opaque token, compared with {@code equals},
 * naming the namespace entries that must stay unchanged for native code to keep using the binding;
 * the runtime watches them and clears the unit's guard cell when one changes.
 */
public sealed interface GlobalBinding {

    /** The opaque guard token (runtime-defined; equal tokens share one guard cell). */
    Object guard();

    /** A number, bool or None, embedded in the code as a constant. */
    record Constant(ValueKind kind, long bits, Object guard) implements GlobalBinding {}

    /** A Python function; {@code value} is the function object, {@code globals} resolves its own globals. */
    record Function(CodeObject code, GlobalResolver globals, Object value, Object guard) implements GlobalBinding {}

    /** One of the builtins native code implements: abs, min, max, int, float, range. */
    record Builtin(String name, Object value, Object guard) implements GlobalBinding {}

    /** The {@code math} module. */
    record MathModule(Object value, Object guard) implements GlobalBinding {}

    /** A function of the {@code math} module. */
    record MathFunction(String name, Object value, Object guard) implements GlobalBinding {}

    /** Anything native code does not handle: the instruction that loads it leaves native code. */
    record Unsupported() implements GlobalBinding {
        @Override
        public Object guard() {
            return null;
        }
    }

    /** The one unsupported binding. */
    GlobalBinding UNSUPPORTED = new Unsupported();

    /** The run-time object of a binding that native code keeps by reference, else null. */
    static Object valueOf(GlobalBinding binding) {
        return switch (binding) {
            case Function f -> f.value();
            case Builtin b -> b.value();
            case MathModule m -> m.value();
            case MathFunction m -> m.value();
            case Constant c -> null;
            case Unsupported u -> null;
        };
    }
}
