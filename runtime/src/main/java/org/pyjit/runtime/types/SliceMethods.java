package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.NOT_IMPLEMENTED;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;

/** Installs the methods of {@code slice} (unhashable, as in CPython 3.11). */
final class SliceMethods {
    private SliceMethods() {}

    static void install() {
        PyType t = BuiltinTypes.SLICE;
        MethodTable m = new MethodTable(t);
        m.constructor((args, kw) -> {
            ConstructorSupport.checkCls(args, t);
            ConstructorSupport.noKeywords("slice", kw);
            int n = args.length - 1;
            MethodTable.checkArity("slice", n, 1, 3);
            if (n == 1) return new PySlice(PyNone.NONE, args[1], PyNone.NONE);
            return new PySlice(args[1], args[2], n == 3 ? args[3] : PyNone.NONE);
        });
        m.getter("start", o -> ((PySlice) o).start);
        m.getter("stop", o -> ((PySlice) o).stop);
        m.getter("step", o -> ((PySlice) o).step);
        m.unhashable();
        m.method("indices", 1, 1, a -> indices((PySlice) a[0], a[1]));
        m.slot("__repr__", 0, a -> {
            PySlice s = (PySlice) a[0];
            return "slice(" + Ops.repr(s.start) + ", " + Ops.repr(s.stop) + ", " + Ops.repr(s.step) + ")";
        });
        m.method("__reduce__", 0, 0, a -> {
            PySlice s = (PySlice) a[0];
            return PyTuple.of(t, PyTuple.of(s.start, s.stop, s.step));
        });
        for (CompareOp op : new CompareOp[] {CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            m.slot(op.dunder, 1, a -> {
                if (!(a[1] instanceof PySlice o)) return NOT_IMPLEMENTED;
                PySlice s = (PySlice) a[0];
                Object[] x = {s.start, s.stop, s.step}, y = {o.start, o.stop, o.step};
                return SequenceSupport.lexCompare(x, 3, y, 3, op);
            });
        }
    }

    /** {@code slice.indices(length)} in exact integer arithmetic ({@code _PySlice_GetLongIndices}). */
    static PyTuple indices(PySlice s, Object lengthArg) {
        BigInteger length = IntArith.big(indexOf(lengthArg));
        if (length.signum() < 0) throw Errors.valueError("length should not be negative");
        BigInteger step = s.step == PyNone.NONE ? BigInteger.ONE : IntArith.big(sliceIndex(s.step));
        if (step.signum() == 0) throw Errors.valueError("slice step cannot be zero");
        boolean back = step.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? length.subtract(BigInteger.ONE) : length;
        BigInteger start = s.start == PyNone.NONE ? (back ? upper : lower) : clamp(IntArith.big(sliceIndex(s.start)), length, lower, upper);
        BigInteger stop = s.stop == PyNone.NONE ? (back ? lower : upper) : clamp(IntArith.big(sliceIndex(s.stop)), length, lower, upper);
        return PyTuple.of(IntArith.normalize(start), IntArith.normalize(stop), IntArith.normalize(step));
    }

    private static BigInteger clamp(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(length);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    private static Object indexOf(Object o) {
        Object i = Ops.indexOrNull(o);
        if (i == null) throw Errors.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        return i;
    }

    private static Object sliceIndex(Object o) {
        Object i = Ops.indexOrNull(o);
        if (i == null) throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        return i;
    }
}
