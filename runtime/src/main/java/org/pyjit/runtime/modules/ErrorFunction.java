package org.pyjit.runtime.modules;

/**
 * erf and erfc for when libm is not available: a power series near zero and a continued
 * fraction for the tail (accurate to a few ulps, as CPython's own fallback).
 */
final class ErrorFunction {
    private ErrorFunction() {}

    private static final double SQRT_PI = 1.772453850905516027298167483341145182798;
    private static final double SERIES_CUTOFF = 1.5;
    private static final int SERIES_TERMS = 25;
    private static final double CONTFRAC_CUTOFF = 30.0;
    private static final int CONTFRAC_TERMS = 50;

    /** erf(x) = 2x·exp(-x²)/√π · Σ (2x²)^k / (1·3·…·(2k+1)), summed from the innermost term. */
    private static double series(double x) {
        double x2 = x * x, acc = 0.0, fk = SERIES_TERMS + 0.5;
        for (int i = 0; i < SERIES_TERMS; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * Math.exp(-x2) / SQRT_PI;
    }

    /** erfc(x) for x > 0 by the continued fraction x·exp(-x²)/√π · 1/(x²+½- ½·1/(x²+5/2- …)). */
    private static double contfrac(double x) {
        if (x >= CONTFRAC_CUTOFF) return 0.0;
        double x2 = x * x, a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x2, qLast = 1.0;
        for (int i = 0; i < CONTFRAC_TERMS; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        return p / q * x * Math.exp(-x2) / SQRT_PI;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        if (ax < SERIES_CUTOFF) return series(x);
        double cf = contfrac(ax);
        return x > 0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        double ax = Math.abs(x);
        if (ax < SERIES_CUTOFF) return 1.0 - series(x);
        double cf = contfrac(ax);
        return x > 0 ? cf : 2.0 - cf;
    }
}
