package org.pyjit.runtime.ops;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.SequenceSupport;
import org.pyjit.runtime.types.format.PercentFormatter;

/**
 * Binary, in-place and unary operators: JVM-scalar fast paths, then CPython's dispatch over
 * {@code __op__}/{@code __rop__} (the right operand's reflected method first when its type is a
 * proper subclass of the left's that overrides it).
 */
final class Arithmetic {
    private Arithmetic() {}

    static Object binary(Object a, Object b, BinaryOp op) {
        Object r = fastBinary(a, b, op);
        if (r != null) return r;
        // exact lists: list.__add__ (not for +=, which extends in place)
        if (op == BinaryOp.ADD && a instanceof PyList x && b instanceof PyList y && x.type == BuiltinTypes.LIST
                && y.type == BuiltinTypes.LIST) {
            return SequenceSupport.concat(x, y);
        }
        r = dispatch(a, b, op);
        if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
        throw unsupported(a, b, op, op.symbol);
    }

    static Object inplace(Object a, Object b, BinaryOp op) {
        Object r = fastBinary(a, b, op);
        if (r != null) return r;
        PyType ta = Ops.typeOf(a);
        Object im = ta.lookup(op.inplace);
        if (im != null) {
            r = Ops.callDescriptor(im, a, new Object[] {b});
            if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
        }
        r = dispatch(a, b, op);
        if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
        throw unsupported(a, b, op, op.inplaceSymbol);
    }

    static RuntimeException unsupported(Object a, Object b, BinaryOp op, String symbol) {
        String sequenceMessage = SequenceOperandErrors.message(a, b, op);
        if (sequenceMessage != null) return Errors.typeError(sequenceMessage);
        if (op == BinaryOp.POW && symbol.equals("**")) {
            return Errors.typeError("unsupported operand type(s) for ** or pow(): '" + Ops.typeName(a) + "' and '"
                    + Ops.typeName(b) + "'");
        }
        if (op == BinaryOp.RSHIFT && Ops.typeOf(a) == BuiltinTypes.BUILTIN_FUNCTION
                && a instanceof org.pyjit.runtime.objects.PyBuiltinFunction f && f.name.equals("print")) {
            return Errors.typeError("unsupported operand type(s) for >>: 'builtin_function_or_method' and '"
                    + Ops.typeName(b) + "'. Did you mean \"print(<message>, file=<output_stream>)\"?");
        }
        return Errors.unsupportedOperands(symbol, a, b);
    }

    /** The result for the common JVM-scalar cases, or null to take the generic path. */
    private static Object fastBinary(Object a, Object b, BinaryOp op) {
        if (a instanceof Long x && b instanceof Long y) {
            return switch (op) {
                case ADD -> IntArith.add(x, y);
                case SUB -> IntArith.sub(x, y);
                case MUL -> IntArith.mul(x, y);
                case FLOORDIV -> IntArith.floorDiv(x, y);
                case MOD -> IntArith.mod(x, y);
                case TRUEDIV -> IntArith.trueDiv(x, y);
                case POW -> IntArith.pow(x, y);
                case LSHIFT -> IntArith.lshift(x, y);
                case RSHIFT -> IntArith.rshift(x, y);
                case AND -> x & y;
                case OR -> x | y;
                case XOR -> x ^ y;
                case MATMUL -> null;
            };
        }
        if (a instanceof Double || b instanceof Double) {
            Double x = FloatArith.toDoubleOrNull(a);
            Double y = FloatArith.toDoubleOrNull(b);
            if (x == null || y == null) return null;
            return switch (op) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case TRUEDIV -> FloatArith.trueDiv(x, y);
                case FLOORDIV -> FloatArith.floorDiv(x, y);
                case MOD -> FloatArith.mod(x, y);
                case POW -> FloatArith.pow(x, y); // null (complex result) falls to the generic path
                default -> null;
            };
        }
        if (op == BinaryOp.ADD) {
            if (a instanceof String x && b instanceof String y) return x.concat(y);
            // exact tuples: tuple.__add__ (a subclass on the right could have __radd__; tuple has no __iadd__)
            if (a instanceof PyTuple x && b instanceof PyTuple y && x.type == BuiltinTypes.TUPLE && y.type == BuiltinTypes.TUPLE) {
                return SequenceSupport.concat(x, y);
            }
        }
        // str % value: str.__mod__ straight away when the right operand's type cannot be a str
        // subclass with its own __rmod__ (the only case where CPython tries the right side first)
        if (op == BinaryOp.MOD && a instanceof String f && (b instanceof Long || b instanceof String
                || b instanceof Double || b instanceof PyTuple t && t.type == BuiltinTypes.TUPLE)) {
            return PercentFormatter.format(f, b);
        }
        return null;
    }

    /** CPython's binary_op1: NotImplemented when neither operand handles it. */
    static Object dispatch(Object a, Object b, BinaryOp op) {
        PyType ta = Ops.typeOf(a), tb = Ops.typeOf(b);
        Object fa = ta.lookup(op.dunder);
        Object fb = ta == tb ? null : tb.lookup(op.reflected);
        if (fb != null && fb == ta.lookup(op.reflected)) {
            // same inherited reflected method: CPython calls it only once, through the left slot
            if (fa != null) fb = null;
        }
        if (fa != null) {
            if (fb != null && tb.isSubtypeOf(ta)) {
                Object r = Ops.callDescriptor(fb, b, new Object[] {a});
                if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
                fb = null;
            }
            Object r = Ops.callDescriptor(fa, a, new Object[] {b});
            if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
        }
        if (fb != null) return Ops.callDescriptor(fb, b, new Object[] {a});
        return BuiltinTypes.NOT_IMPLEMENTED;
    }

    static Object unary(Object a, UnaryOp op) {
        if (op == UnaryOp.NOT) return !Ops.isTrue(a);
        if (a instanceof Long x) {
            return switch (op) {
                case USUB -> IntArith.neg(x);
                case UADD -> x;
                case INVERT -> ~x;
                default -> throw new IllegalStateException();
            };
        }
        if (a instanceof Double d) {
            if (op == UnaryOp.USUB) return -d;
            if (op == UnaryOp.UADD) return d;
        }
        Object m = Ops.typeOf(a).lookup(op.dunder);
        if (m == null) throw Errors.typeError("bad operand type for unary " + op.symbol + ": '" + Ops.typeName(a) + "'");
        return Ops.callDescriptor(m, a, new Object[0]);
    }
}
