package org.pyjit.runtime.ops;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.SequenceSupport;
import org.pyjit.runtime.types.string.Strings;

/** Rich comparison with CPython's reflection rules and the identity fallback of == and !=. */
final class Comparison {
    private Comparison() {}

    static Object compare(Object a, Object b, CompareOp op) {
        switch (op) {
            case IS: return a == b || sameScalar(a, b);
            case IS_NOT: return !(a == b || sameScalar(a, b));
            case IN: return Ops.contains(b, a);
            case NOT_IN: return !Ops.contains(b, a);
            default: break;
        }
        if (a instanceof Long x && b instanceof Long y) return fastLong(x, y, op);
        if (a instanceof Double x && b instanceof Double y) return fastDouble(x, y, op);
        if (a instanceof String x && b instanceof String y) return fastInt(Strings.compare(x, y), op);
        // exact tuples (sort keys, dict keys): tuple's own comparison without the dunder dispatch
        if (a instanceof PyTuple x && b instanceof PyTuple y && x.type == BuiltinTypes.TUPLE && y.type == BuiltinTypes.TUPLE) {
            return SequenceSupport.lexCompare(x.items, x.items.length, y.items, y.items.length, op);
        }
        return richCompare(a, b, op);
    }

    /**
     * Identity for the JVM scalars: CPython caches small ints and interns some strings, so programs
     * see {@code x is 5} be true for equal small ints and for equal bools; pyjit treats equal
     * Longs in the small-int range, Booleans and equal identifier-like strings as identical.
     */
    private static boolean sameScalar(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) return x.booleanValue() == y.booleanValue();
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue() && x >= -5 && x <= 256;
        if (a instanceof String x && b instanceof String y) return x.equals(y) && (x.length() <= 1 || isIdentifier(x));
        return false;
    }

    private static boolean isIdentifier(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_') || c > 127) return false;
        }
        return true;
    }

    private static Boolean fastLong(long x, long y, CompareOp op) {
        return switch (op) {
            case EQ -> x == y;
            case NE -> x != y;
            case LT -> x < y;
            case LE -> x <= y;
            case GT -> x > y;
            case GE -> x >= y;
            default -> throw new IllegalStateException();
        };
    }

    private static Boolean fastDouble(double x, double y, CompareOp op) {
        return switch (op) {
            case EQ -> x == y;
            case NE -> x != y;
            case LT -> x < y;
            case LE -> x <= y;
            case GT -> x > y;
            case GE -> x >= y;
            default -> throw new IllegalStateException();
        };
    }

    private static Boolean fastInt(int c, CompareOp op) {
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> throw new IllegalStateException();
        };
    }

    /**
     * CPython counts every rich comparison against the recursion limit ({@code " in comparison"}): comparing
     * self-containing lists must end in a RecursionError, not in a JVM stack too deep to overflow quickly.
     */
    private static Object richCompare(Object a, Object b, CompareOp op) {
        org.pyjit.runtime.interpreter.ThreadState ts = org.pyjit.runtime.interpreter.ThreadState.current();
        if (ts.depth >= org.pyjit.runtime.interpreter.ThreadState.recursionLimit()) {
            throw Errors.recursion("maximum recursion depth exceeded in comparison");
        }
        ts.depth++;
        try {
            return dispatchRichCompare(a, b, op);
        } finally {
            ts.depth--;
        }
    }

    private static Object dispatchRichCompare(Object a, Object b, CompareOp op) {
        PyType ta = Ops.typeOf(a), tb = Ops.typeOf(b);
        CompareOp sw = op.swapped();
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta)) {
            Object m = tb.lookup(sw.dunder);
            if (m != null) {
                checkedReverse = true;
                Object r = Ops.callDescriptor(m, b, new Object[] {a});
                if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
            }
        }
        Object m = ta.lookup(op.dunder);
        if (m != null) {
            Object r = Ops.callDescriptor(m, a, new Object[] {b});
            if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
        }
        if (!checkedReverse) {
            Object rm = tb.lookup(sw.dunder);
            if (rm != null) {
                Object r = Ops.callDescriptor(rm, b, new Object[] {a});
                if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
            }
        }
        if (op == CompareOp.EQ) return a == b;
        if (op == CompareOp.NE) return a != b;
        throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + ta.name + "' and '" + tb.name + "'");
    }
}
