package org.pyjit.compiler.llvm;

import java.util.List;
import java.util.Set;

/**
 * The typing rules of native code: for each operation and operand kinds, the kind of the result,
 * or null when native code does not implement that combination (the instruction then leaves
 * native code). Operators are numbered like {@code ast.Operator}, {@code ast.UnaryOperator} and
 * {@code ast.ComparisonOperator}.
 */
final class KindRules {
    private KindRules() {}

    static final int ADD = 0, SUB = 1, MULT = 2, MATMULT = 3, DIV = 4, MOD = 5, POW = 6, LSHIFT = 7, RSHIFT = 8,
            BITOR = 9, BITXOR = 10, BITAND = 11, FLOORDIV = 12;
    static final int INVERT = 0, NOT = 1, UADD = 2, USUB = 3;
    static final int EQ = 0, NE = 1, LT = 2, LE = 3, GT = 4, GE = 5, IS = 6, IS_NOT = 7;

    /** Unary math functions computed by libm (or an intrinsic) with CPython's math_1 error checks. */
    static final Set<String> MATH_UNARY = Set.of("sqrt", "exp", "exp2", "expm1", "sin", "cos", "tan", "asin",
            "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "fabs", "erf", "erfc", "log",
            "log2", "log10");
    /** Math functions of two floats with CPython's math_2 error checks. */
    static final Set<String> MATH_BINARY = Set.of("atan2", "copysign", "fmod");

    static Kind binary(int op, Kind a, Kind b) {
        if (a.is(Kind.Tag.BOTTOM) || b.is(Kind.Tag.BOTTOM)) return Kind.BOTTOM;
        if (op == DIV && (a.isNumeric() || a.is(Kind.Tag.TOP)) && (b.isNumeric() || b.is(Kind.Tag.TOP))) return Kind.FLOAT;
        if (floatWithUnknown(a, b)) {
            // whatever number the unknown side holds at run time, the result is a float
            return switch (op) {
                case ADD, SUB, MULT, DIV, FLOORDIV, MOD, POW -> Kind.FLOAT;
                default -> null;
            };
        }
        if (!a.isNumeric() || !b.isNumeric()) return null;
        boolean ints = a.isIntegral() && b.isIntegral();
        return switch (op) {
            case ADD, SUB, MULT, FLOORDIV, MOD, POW -> ints ? Kind.INT : Kind.FLOAT;
            case DIV -> Kind.FLOAT;
            case LSHIFT, RSHIFT -> ints ? Kind.INT : null;
            case BITOR, BITXOR, BITAND -> !ints ? null : a.is(Kind.Tag.BOOL) && b.is(Kind.Tag.BOOL) ? Kind.BOOL : Kind.INT;
            default -> null;
        };
    }

    static Kind unary(int op, Kind a) {
        if (a.is(Kind.Tag.BOTTOM)) return Kind.BOTTOM;
        return switch (op) {
            case NOT -> a.hasTruth() ? Kind.BOOL : null;
            case INVERT -> a.isIntegral() ? Kind.INT : null;
            case UADD, USUB -> a.isIntegral() ? Kind.INT : a.is(Kind.Tag.FLOAT) ? Kind.FLOAT : null;
            default -> null;
        };
    }

    /**
     * One operand a float, the other of a kind known only at run time (an int that became a
     * float in a loop, say): native code converts it by its tag, or leaves if it is no number.
     */
    static boolean floatWithUnknown(Kind a, Kind b) {
        return (a.is(Kind.Tag.TOP) && b.is(Kind.Tag.FLOAT)) || (a.is(Kind.Tag.FLOAT) && b.is(Kind.Tag.TOP));
    }

    static Kind compare(int op, Kind a, Kind b) {
        if (a.is(Kind.Tag.BOTTOM) || b.is(Kind.Tag.BOTTOM)) return Kind.BOTTOM;
        if (floatWithUnknown(a, b)) return op <= GE ? Kind.BOOL : null;
        boolean none = a.is(Kind.Tag.NONE) || b.is(Kind.Tag.NONE);
        return switch (op) {
            case EQ, NE -> (a.isNumeric() && b.isNumeric()) || (none && a.hasTruth() && b.hasTruth()) ? Kind.BOOL : null;
            case LT, LE, GT, GE -> a.isNumeric() && b.isNumeric() ? Kind.BOOL : null;
            case IS, IS_NOT -> (none && holdsValue(a) && holdsValue(b)) || (a.is(Kind.Tag.BOOL) && b.is(Kind.Tag.BOOL)) ? Kind.BOOL : null;
            default -> null;
        };
    }

    /** A kind of value whose identity with None is known (an opaque object is never None). */
    private static boolean holdsValue(Kind k) {
        return k.hasTruth() || k.is(Kind.Tag.OPAQUE);
    }

    /** Result of calling builtin {@code name} with positional arguments of these kinds. */
    static Kind builtin(String name, List<Kind> args) {
        for (Kind k : args) if (k.is(Kind.Tag.BOTTOM)) return Kind.BOTTOM;
        int n = args.size();
        return switch (name) {
            case "abs" -> n == 1 && args.get(0).isNumeric() ? (args.get(0).is(Kind.Tag.FLOAT) ? Kind.FLOAT : Kind.INT) : null;
            case "min", "max" -> n >= 2 && args.get(0).isNumeric() && args.stream().allMatch(args.get(0)::equals) ? args.get(0) : null;
            case "int" -> n == 0 || (n == 1 && args.get(0).isNumeric()) ? Kind.INT : null;
            case "float" -> n == 0 || (n == 1 && args.get(0).isNumeric()) ? Kind.FLOAT : null;
            case "range" -> n >= 1 && n <= 3 && args.stream().allMatch(Kind::isIntegral) ? Kind.RANGE : null;
            default -> null;
        };
    }

    /** Result of calling {@code math.name} with positional arguments of these kinds. */
    static Kind math(String name, List<Kind> args) {
        for (Kind k : args) if (k.is(Kind.Tag.BOTTOM)) return Kind.BOTTOM;
        boolean numeric = args.stream().allMatch(Kind::isNumeric);
        if (!numeric) return null;
        int n = args.size();
        if (MATH_UNARY.contains(name) && n == 1) return Kind.FLOAT;
        if (MATH_BINARY.contains(name) && n == 2) return Kind.FLOAT;
        return switch (name) {
            case "floor", "ceil", "trunc" -> n == 1 ? Kind.INT : null;
            case "isnan", "isinf", "isfinite" -> n == 1 ? Kind.BOOL : null;
            case "degrees", "radians" -> n == 1 ? Kind.FLOAT : null;
            default -> null;
        };
    }
}
