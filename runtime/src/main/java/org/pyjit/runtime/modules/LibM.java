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

    /** libm, opened at the first bind. */
    private static final class Library {
        static final SymbolLookup LIBM = lookup();
    }

    private static SymbolLookup lookup() {
        try {
            return SymbolLookup.libraryLookup("libm.so.6", java.lang.foreign.Arena.global());
        } catch (RuntimeException | Error e) {
            return null;
        }
    }

    private static MethodHandle bind(String name, int arity) {
        if (Library.LIBM == null) return null;
        try {
            Optional<java.lang.foreign.MemorySegment> sym = Library.LIBM.find(name);
            if (sym.isEmpty()) return null;
            FunctionDescriptor fd = arity == 1
                    ? FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE)
                    : FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
            return Linker.nativeLinker().downcallHandle(sym.get(), fd, Linker.Option.critical(false));
        } catch (RuntimeException | Error e) {
            return null;
        }
    }

    // One holder class per function, bound at its first use (the JVM initializes a class when it is first
    // read), so a program binds only what it calls: every run used to make all 26 downcall handles, and the
    // FFM stubs of both shapes, in LibM's static initializer. The handles stay constants for the JIT.
    private static final class Sin { static final MethodHandle H = bind("sin", 1); }
    private static final class Cos { static final MethodHandle H = bind("cos", 1); }
    private static final class Tan { static final MethodHandle H = bind("tan", 1); }
    private static final class Asin { static final MethodHandle H = bind("asin", 1); }
    private static final class Acos { static final MethodHandle H = bind("acos", 1); }
    private static final class Atan { static final MethodHandle H = bind("atan", 1); }
    private static final class Sinh { static final MethodHandle H = bind("sinh", 1); }
    private static final class Cosh { static final MethodHandle H = bind("cosh", 1); }
    private static final class Tanh { static final MethodHandle H = bind("tanh", 1); }
    private static final class Asinh { static final MethodHandle H = bind("asinh", 1); }
    private static final class Acosh { static final MethodHandle H = bind("acosh", 1); }
    private static final class Atanh { static final MethodHandle H = bind("atanh", 1); }
    private static final class Exp { static final MethodHandle H = bind("exp", 1); }
    private static final class Exp2 { static final MethodHandle H = bind("exp2", 1); }
    private static final class Expm1 { static final MethodHandle H = bind("expm1", 1); }
    private static final class Log { static final MethodHandle H = bind("log", 1); }
    private static final class Log2 { static final MethodHandle H = bind("log2", 1); }
    private static final class Log10 { static final MethodHandle H = bind("log10", 1); }
    private static final class Log1p { static final MethodHandle H = bind("log1p", 1); }
    private static final class Cbrt { static final MethodHandle H = bind("cbrt", 1); }
    private static final class Erf { static final MethodHandle H = bind("erf", 1); }
    private static final class Erfc { static final MethodHandle H = bind("erfc", 1); }
    private static final class Atan2 { static final MethodHandle H = bind("atan2", 2); }
    private static final class Pow { static final MethodHandle H = bind("pow", 2); }
    private static final class Fmod { static final MethodHandle H = bind("fmod", 2); }
    private static final class Hypot { static final MethodHandle H = bind("hypot", 2); }

    /** Whether libm was bound (false: the StrictMath stand-ins are in use). */
    static boolean available() {
        return Sin.H != null;
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

    static double sin(double x) { return Sin.H != null ? call1(Sin.H, x) : StrictMath.sin(x); }
    static double cos(double x) { return Cos.H != null ? call1(Cos.H, x) : StrictMath.cos(x); }
    static double tan(double x) { return Tan.H != null ? call1(Tan.H, x) : StrictMath.tan(x); }
    static double asin(double x) { return Asin.H != null ? call1(Asin.H, x) : StrictMath.asin(x); }
    static double acos(double x) { return Acos.H != null ? call1(Acos.H, x) : StrictMath.acos(x); }
    static double atan(double x) { return Atan.H != null ? call1(Atan.H, x) : StrictMath.atan(x); }
    static double sinh(double x) { return Sinh.H != null ? call1(Sinh.H, x) : StrictMath.sinh(x); }
    static double cosh(double x) { return Cosh.H != null ? call1(Cosh.H, x) : StrictMath.cosh(x); }
    static double tanh(double x) { return Tanh.H != null ? call1(Tanh.H, x) : StrictMath.tanh(x); }
    static double exp(double x) { return Exp.H != null ? call1(Exp.H, x) : StrictMath.exp(x); }
    static double expm1(double x) { return Expm1.H != null ? call1(Expm1.H, x) : StrictMath.expm1(x); }
    static double log(double x) { return Log.H != null ? call1(Log.H, x) : StrictMath.log(x); }
    static double log10(double x) { return Log10.H != null ? call1(Log10.H, x) : StrictMath.log10(x); }
    static double log1p(double x) { return Log1p.H != null ? call1(Log1p.H, x) : StrictMath.log1p(x); }
    static double cbrt(double x) { return Cbrt.H != null ? call1(Cbrt.H, x) : StrictMath.cbrt(x); }
    static double atan2(double y, double x) { return Atan2.H != null ? call2(Atan2.H, y, x) : StrictMath.atan2(y, x); }
    static double hypot(double x, double y) { return Hypot.H != null ? call2(Hypot.H, x, y) : StrictMath.hypot(x, y); }
    static double pow(double x, double y) { return Pow.H != null ? call2(Pow.H, x, y) : StrictMath.pow(x, y); }
    static double fmod(double x, double y) {
        return Fmod.H != null ? call2(Fmod.H, x, y) : x % y; // Java's % on doubles is C's fmod
    }

    static double exp2(double x) {
        return Exp2.H != null ? call1(Exp2.H, x) : StrictMath.pow(2.0, x);
    }

    static double log2(double x) {
        if (Log2.H != null) return call1(Log2.H, x);
        int e = Math.getExponent(x);
        if (x == Math.scalb(1.0, e)) return e; // exact for powers of two
        return StrictMath.log(x) / StrictMath.log(2.0);
    }

    static double asinh(double x) {
        if (Asinh.H != null) return call1(Asinh.H, x);
        double a = Math.abs(x);
        double r = a > 1e8 ? StrictMath.log(a) + StrictMath.log(2.0) : StrictMath.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    static double acosh(double x) {
        if (Acosh.H != null) return call1(Acosh.H, x);
        if (x < 1) return Double.NaN;
        if (x > 1e8) return StrictMath.log(x) + StrictMath.log(2.0);
        double t = x - 1;
        return StrictMath.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double atanh(double x) {
        if (Atanh.H != null) return call1(Atanh.H, x);
        double a = Math.abs(x);
        if (a > 1) return Double.NaN;
        return Math.copySign(0.5 * StrictMath.log1p(2 * a / (1 - a)), x);
    }

    static double erf(double x) {
        return Erf.H != null ? call1(Erf.H, x) : ErrorFunction.erf(x);
    }

    static double erfc(double x) {
        return Erfc.H != null ? call1(Erfc.H, x) : ErrorFunction.erfc(x);
    }
}
