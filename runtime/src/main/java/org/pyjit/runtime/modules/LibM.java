package org.pyjit.runtime.modules;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The C library's math functions, called through the FFM API so that {@code math.sin(x)} gives
 * the same last bit as CPython, which calls the same libm (Java's {@code StrictMath} is fdlibm,
 * whose results differ from glibc's in the last place for some arguments). When libm cannot be
 * bound, {@code StrictMath} (or an own implementation) stands in.
 */
final class LibM {
    private LibM() {}

    private static final SymbolLookup LIBM = lookup();

    private static SymbolLookup lookup() {
        try {
            return SymbolLookup.libraryLookup("libm.so.6", java.lang.foreign.Arena.global());
        } catch (RuntimeException | Error e) {
            return null;
        }
    }

    private static MethodHandle bind(String name, int arity) {
        if (LIBM == null) return null;
        try {
            Optional<java.lang.foreign.MemorySegment> sym = LIBM.find(name);
            if (sym.isEmpty()) return null;
            FunctionDescriptor fd = arity == 1
                    ? FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE)
                    : FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
            return Linker.nativeLinker().downcallHandle(sym.get(), fd, Linker.Option.critical(false));
        } catch (RuntimeException | Error e) {
            return null;
        }
    }

    private static final MethodHandle SIN = bind("sin", 1), COS = bind("cos", 1), TAN = bind("tan", 1),
            ASIN = bind("asin", 1), ACOS = bind("acos", 1), ATAN = bind("atan", 1), SINH = bind("sinh", 1),
            COSH = bind("cosh", 1), TANH = bind("tanh", 1), ASINH = bind("asinh", 1), ACOSH = bind("acosh", 1),
            ATANH = bind("atanh", 1), EXP = bind("exp", 1), EXP2 = bind("exp2", 1), EXPM1 = bind("expm1", 1),
            LOG = bind("log", 1), LOG2 = bind("log2", 1), LOG10 = bind("log10", 1), LOG1P = bind("log1p", 1),
            CBRT = bind("cbrt", 1), ERF = bind("erf", 1), ERFC = bind("erfc", 1), ATAN2 = bind("atan2", 2),
            POW = bind("pow", 2), FMOD = bind("fmod", 2), HYPOT = bind("hypot", 2);

    /** Whether libm was bound (false: the StrictMath stand-ins are in use). */
    static boolean available() {
        return SIN != null;
    }

    private static double call1(MethodHandle h, double x) {
        try {
            return (double) h.invokeExact(x);
        } catch (Throwable t) {
            throw new IllegalStateException("libm call failed", t);
        }
    }

    private static double call2(MethodHandle h, double x, double y) {
        try {
            return (double) h.invokeExact(x, y);
        } catch (Throwable t) {
            throw new IllegalStateException("libm call failed", t);
        }
    }

    static double sin(double x) { return SIN != null ? call1(SIN, x) : StrictMath.sin(x); }
    static double cos(double x) { return COS != null ? call1(COS, x) : StrictMath.cos(x); }
    static double tan(double x) { return TAN != null ? call1(TAN, x) : StrictMath.tan(x); }
    static double asin(double x) { return ASIN != null ? call1(ASIN, x) : StrictMath.asin(x); }
    static double acos(double x) { return ACOS != null ? call1(ACOS, x) : StrictMath.acos(x); }
    static double atan(double x) { return ATAN != null ? call1(ATAN, x) : StrictMath.atan(x); }
    static double sinh(double x) { return SINH != null ? call1(SINH, x) : StrictMath.sinh(x); }
    static double cosh(double x) { return COSH != null ? call1(COSH, x) : StrictMath.cosh(x); }
    static double tanh(double x) { return TANH != null ? call1(TANH, x) : StrictMath.tanh(x); }
    static double exp(double x) { return EXP != null ? call1(EXP, x) : StrictMath.exp(x); }
    static double expm1(double x) { return EXPM1 != null ? call1(EXPM1, x) : StrictMath.expm1(x); }
    static double log(double x) { return LOG != null ? call1(LOG, x) : StrictMath.log(x); }
    static double log10(double x) { return LOG10 != null ? call1(LOG10, x) : StrictMath.log10(x); }
    static double log1p(double x) { return LOG1P != null ? call1(LOG1P, x) : StrictMath.log1p(x); }
    static double cbrt(double x) { return CBRT != null ? call1(CBRT, x) : StrictMath.cbrt(x); }
    static double atan2(double y, double x) { return ATAN2 != null ? call2(ATAN2, y, x) : StrictMath.atan2(y, x); }
    static double hypot(double x, double y) { return HYPOT != null ? call2(HYPOT, x, y) : StrictMath.hypot(x, y); }
    static double pow(double x, double y) { return POW != null ? call2(POW, x, y) : StrictMath.pow(x, y); }
    static double fmod(double x, double y) {
        return FMOD != null ? call2(FMOD, x, y) : x % y; // Java's % on doubles is C's fmod
    }

    static double exp2(double x) {
        return EXP2 != null ? call1(EXP2, x) : StrictMath.pow(2.0, x);
    }

    static double log2(double x) {
        if (LOG2 != null) return call1(LOG2, x);
        int e = Math.getExponent(x);
        if (x == Math.scalb(1.0, e)) return e; // exact for powers of two
        return StrictMath.log(x) / StrictMath.log(2.0);
    }

    static double asinh(double x) {
        if (ASINH != null) return call1(ASINH, x);
        double a = Math.abs(x);
        double r = a > 1e8 ? StrictMath.log(a) + StrictMath.log(2.0) : StrictMath.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    static double acosh(double x) {
        if (ACOSH != null) return call1(ACOSH, x);
        if (x < 1) return Double.NaN;
        if (x > 1e8) return StrictMath.log(x) + StrictMath.log(2.0);
        double t = x - 1;
        return StrictMath.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double atanh(double x) {
        if (ATANH != null) return call1(ATANH, x);
        double a = Math.abs(x);
        if (a > 1) return Double.NaN;
        return Math.copySign(0.5 * StrictMath.log1p(2 * a / (1 - a)), x);
    }

    static double erf(double x) {
        return ERF != null ? call1(ERF, x) : ErrorFunction.erf(x);
    }

    static double erfc(double x) {
        return ERFC != null ? call1(ERFC, x) : ErrorFunction.erfc(x);
    }
}
