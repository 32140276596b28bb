package org.pyjit.runtime.types;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyComplex;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.format.NumberFormatter;
import org.pyjit.runtime.types.number.ComplexMath;
import org.pyjit.runtime.types.number.ComplexParser;
import org.pyjit.runtime.types.number.FloatConversion;
import org.pyjit.runtime.types.number.Numbers;
import org.pyjit.runtime.types.string.Strings;

/** Installs {@code complex}: constructor (numbers or a string), arithmetic, equality, hash, repr, format. */
final class ComplexMethods {
    private ComplexMethods() {}

    private static final Object NI = BuiltinTypes.NOT_IMPLEMENTED;
    private static final ArgParser NEW_ARGS = new ArgParser("complex", new String[] {"real", "imag"}, 0, 2, 0);

    /** A binary operation on two complex values. */
    @FunctionalInterface
    private interface ComplexOp {
        Object apply(PyComplex x, PyComplex y);
    }

    static void install() {
        PyType t = BuiltinTypes.COMPLEX;
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            PyType cls = NewClassChecks.newClass(a, t, "complex");
            Object[] p = NEW_ARGS.parse(a, kw, 1);
            PyComplex c = construct(p[0], p[1]);
            return cls == t ? c : new PyBoxed(cls, c);
        }));
        binary(t, "add", ComplexMath::add);
        binary(t, "sub", ComplexMath::sub);
        binary(t, "mul", ComplexMath::mul);
        binary(t, "truediv", ComplexMath::div);
        Methods.wrapperRange(t, "__pow__", 1, 2, a -> pow(a[0], a[1], a.length > 2 ? a[2] : PyNone.NONE));
        Methods.wrapperRange(t, "__rpow__", 1, 2, a -> pow(a[1], a[0], a.length > 2 ? a[2] : PyNone.NONE));
        Methods.wrapper(t, "__neg__", 0, a -> {
            PyComplex c = self(a[0]);
            return new PyComplex(-c.real, -c.imag);
        });
        Methods.wrapper(t, "__pos__", 0, a -> {
            PyComplex c = self(a[0]);
            return new PyComplex(c.real, c.imag);
        });
        Methods.wrapper(t, "__abs__", 0, a -> ComplexMath.abs(self(a[0])));
        Methods.wrapper(t, "__bool__", 0, a -> self(a[0]).real != 0.0 || self(a[0]).imag != 0.0);
        Methods.wrapper(t, "__eq__", 1, a -> equality(self(a[0]), a[1], true));
        Methods.wrapper(t, "__ne__", 1, a -> equality(self(a[0]), a[1], false));
        for (String name : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) Methods.wrapper(t, name, 1, a -> NI);
        Methods.wrapper(t, "__hash__", 0, a -> ComplexMath.hash(self(a[0])));
        Methods.wrapper(t, "__repr__", 0, a -> ComplexMath.repr(self(a[0]).real, self(a[0]).imag));
        Methods.oneArg(t, "__format__", (s, spec) -> NumberFormatter.formatComplex(s, self(s).real, self(s).imag,
                IntMethods.formatSpec(spec)));
        Methods.noArgs(t, "__getnewargs__", s -> PyTuple.of(self(s).real, self(s).imag));
        Methods.noArgs(t, "__complex__", s -> {
            PyComplex c = self(s);
            return s instanceof PyComplex ? c : new PyComplex(c.real, c.imag);
        });
        Methods.noArgs(t, "conjugate", s -> new PyComplex(self(s).real, -self(s).imag));
        Methods.noArgs(t, "__sizeof__", s -> 32L);
        Methods.getter(t, "real", s -> self(s).real);
        Methods.getter(t, "imag", s -> self(s).imag);
    }

    private static PyComplex self(Object o) {
        return Numbers.asComplex(o);
    }

    /** An operand of complex arithmetic: complex, float or int; null for anything else. */
    static PyComplex operand(Object o) {
        PyComplex c = Numbers.asComplex(o);
        if (c != null) return c;
        Double d = Numbers.floatOperand(o);
        return d == null ? null : new PyComplex(d, 0.0);
    }

    private static void binary(PyType t, String stem, ComplexOp op) {
        Methods.wrapper(t, "__" + stem + "__", 1, a -> {
            PyComplex y = operand(a[1]);
            return y == null ? NI : op.apply(self(a[0]), y);
        });
        Methods.wrapper(t, "__r" + stem + "__", 1, a -> {
            PyComplex y = operand(a[1]);
            return y == null ? NI : op.apply(y, self(a[0]));
        });
    }

    private static Object pow(Object a, Object b, Object mod) {
        PyComplex x = operand(a), y = operand(b);
        if (x == null || y == null) return NI;
        if (mod != PyNone.NONE) throw Errors.valueError("complex modulo");
        return ComplexMath.pow(x, y);
    }

    private static Object equality(PyComplex c, Object other, boolean eq) {
        Object i = Numbers.asInt(other);
        if (i != null) {
            if (c.imag != 0.0) return !eq;
            boolean same = !Double.isNaN(c.real) && Numbers.compareFloatInt(c.real, i) == 0;
            return same == eq;
        }
        Double d = Numbers.asFloat(other);
        if (d != null) return (c.real == d && c.imag == 0.0) == eq;
        PyComplex o = Numbers.asComplex(other);
        if (o != null) return (c.real == o.real && c.imag == o.imag) == eq;
        return NI;
    }

    /** {@code complex(real, imag)} with CPython's rules for strings, {@code __complex__} and complex parts. */
    static PyComplex construct(Object r, Object i) {
        if (r == null) r = 0L;
        if (r instanceof PyComplex c && i == null) return c;
        if (Strings.asStr(r) != null) {
            if (i != null) throw Errors.typeError("complex() can't take second arg if first is a string");
            return ComplexParser.parse(Strings.asStr(r));
        }
        if (i != null && Strings.asStr(i) != null) throw Errors.typeError("complex() second arg can't be a string");
        PyComplex special = complexSpecial(r);
        if (special != null) r = special;
        if (!isNumber(r)) {
            throw Errors.typeError("complex() first argument must be a string or a number, not '" + Ops.typeName(r) + "'");
        }
        if (i != null && !isNumber(i)) {
            throw Errors.typeError("complex() second argument must be a number, not '" + Ops.typeName(i) + "'");
        }
        PyComplex cr = Numbers.asComplex(r);
        double re = cr != null ? cr.real : FloatConversion.toDouble(r);
        double reImag = cr != null ? cr.imag : 0.0;
        double im;
        PyComplex ci = i == null ? null : Numbers.asComplex(i);
        if (i == null) im = reImag;
        else if (ci != null) im = ci.real;
        else im = FloatConversion.toDouble(i);
        if (ci != null) re -= ci.imag;
        if (cr != null && i != null) im += reImag;
        return new PyComplex(re, im);
    }

    private static boolean isNumber(Object o) {
        if (Numbers.asComplex(o) != null || Numbers.asFloat(o) != null || Numbers.asInt(o) != null) return true;
        PyType t = Ops.typeOf(o);
        return t.lookup("__float__") != null || t.lookup("__index__") != null;
    }

    /** The result of {@code o.__complex__()} for objects other than complex, or null when absent. */
    private static PyComplex complexSpecial(Object o) {
        if (o instanceof PyComplex) return null;
        Object m = Ops.typeOf(o).lookup("__complex__");
        if (m == null) return null;
        Object r = Ops.callDescriptor(m, o, new Object[0]);
        PyComplex c = Numbers.asComplex(r);
        if (c == null) throw Errors.typeError("__complex__ returned non-complex (type " + Ops.typeName(r) + ")");
        return c;
    }

    static double toDouble(Object i) {
        return IntArith.toDouble(i);
    }
}
