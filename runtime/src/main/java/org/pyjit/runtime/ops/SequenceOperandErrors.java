package org.pyjit.runtime.ops;

import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The messages CPython gives when {@code +} or {@code *} falls back to a sequence's concat/repeat
 * slot and that fails ({@code 'can only concatenate list (not "tuple") to list'},
 * {@code "can't multiply sequence by non-int of type 'float'"}), instead of the generic
 * "unsupported operand type(s)". Only the left operand's concat counts; either operand's repeat.
 */
final class SequenceOperandErrors {
    private SequenceOperandErrors() {}

    /** The message, or null when the generic one applies. */
    static String message(Object a, Object b, BinaryOp op) {
        if (op == BinaryOp.ADD) {
            String other = Ops.typeName(b);
            if (a instanceof PyList) return "can only concatenate list (not \"" + other + "\") to list";
            if (a instanceof PyTuple) return "can only concatenate tuple (not \"" + other + "\") to tuple";
            if (isStr(a)) return "can only concatenate str (not \"" + other + "\") to str";
            if (a instanceof PyBytes) return "can't concat " + other + " to " + Ops.typeName(a);
            return null;
        }
        if (op == BinaryOp.MUL) {
            if (isRepeatable(a)) return "can't multiply sequence by non-int of type '" + Ops.typeName(b) + "'";
            if (isRepeatable(b)) return "can't multiply sequence by non-int of type '" + Ops.typeName(a) + "'";
        }
        return null;
    }

    private static boolean isStr(Object o) {
        return o instanceof String || o instanceof PyBoxed x && x.type.isSubtypeOf(BuiltinTypes.STR);
    }

    private static boolean isRepeatable(Object o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes || isStr(o);
    }
}
