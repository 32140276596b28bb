package org.pyjit.runtime.modules;

import java.math.BigInteger;
import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;

/**
 * The {@code math} functions whose exact results depend on CPython's own algorithms: gamma and
 * lgamma (the Lanczos approximation CPython 3.11 uses, N=13, g=6.0246…, with the same
 * correction terms, so results match to the last bit), fsum (exact partials, as CPython), the
 * hypot/dist vector norm (scaled, compensated, with a final square-root correction), IEEE
 * remainder, and logarithms of ints too large for a double.
 */
final class MathSpecial {
    private MathSpecial() {}

    /** Thrown-free error reporting of gamma/lgamma, mapped to Python errors by the caller. */
    static final int OK = 0, DOMAIN = 1, RANGE = 2;

    static final class Result {
        double value;
        int error;
    }

    private static final double PI = 3.141592653589793238462643383279502884197;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    // Lanczos parameters shared with Boost and CPython: the sum as a rational function of x.
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    /** The denominator x(x+1)…(x+11) expanded. */
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
        1925.0, 66.0, 1.0,
    };
    /** gamma(1) … gamma(23), exact in double. */
    private static final double[] GAMMA_INTEGRAL = new double[23];

    static {
        double f = 1.0;
        for (int i = 0; i < GAMMA_INTEGRAL.length; i++) {
            GAMMA_INTEGRAL[i] = f;
            f *= i + 1;
        }
    }

    private static double lanczosSum(double x) {
        double num = 0.0, den = 0.0;
        int n = LANCZOS_NUM.length;
        if (x < 5.0) { // Horner in x
            for (int i = n - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else { // in 1/x, so large x cannot overflow
            for (int i = 0; i < n; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi*x), accurate near integers (for the reflection formula). */
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> LibM.sin(PI * y);
            case 1 -> LibM.cos(PI * (y - 0.5));
            case 2 -> LibM.sin(PI * (1.0 - y)); // not -sin(pi*(y-1)): that gives -0.0 at y == 1
            case 3 -> -LibM.cos(PI * (y - 1.5));
            default -> LibM.sin(PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    static Result gamma(double x) {
        Result res = new Result();
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) res.value = x;
            else set(res, Double.NaN, DOMAIN);
            return res;
        }
        if (x == 0.0) return set(res, Math.copySign(Double.POSITIVE_INFINITY, x), DOMAIN);
        if (x == Math.floor(x)) {
            if (x < 0.0) return set(res, Double.NaN, DOMAIN);
            if (x <= GAMMA_INTEGRAL.length) return set(res, GAMMA_INTEGRAL[(int) x - 1], OK);
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            return set(res, r, Double.isInfinite(r) ? RANGE : OK);
        }
        if (absx > 200.0) {
            if (x < 0.0) return set(res, 0.0 / sinpi(x), OK);
            return set(res, Double.POSITIVE_INFINITY, RANGE);
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z; // the rounding error in y, scaled: corrects pow/exp below
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinpi(absx) / absx * LibM.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= LibM.pow(y, absx - 0.5);
            } else {
                double sqrtpow = LibM.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / LibM.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= LibM.pow(y, absx - 0.5);
            } else {
                double sqrtpow = LibM.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return set(res, r, Double.isInfinite(r) ? RANGE : OK);
    }

    static Result lgamma(double x) {
        Result res = new Result();
        if (!Double.isFinite(x)) return set(res, Double.isNaN(x) ? x : Double.POSITIVE_INFINITY, OK);
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) return set(res, Double.POSITIVE_INFINITY, DOMAIN);
            return set(res, 0.0, OK);
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return set(res, -LibM.log(absx), OK);
        double r = LibM.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (LibM.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) r = LOG_PI - LibM.log(Math.abs(sinpi(absx))) - LibM.log(absx) - r;
        return set(res, r, Double.isInfinite(r) ? RANGE : OK);
    }

    private static Result set(Result r, double v, int error) {
        r.value = v;
        r.error = error;
        return r;
    }

    /** {@code math.fsum}: the correctly rounded sum, by exact non-overlapping partial sums. */
    static double fsum(Object iterable) {
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0, infSum = 0.0;
        Iteration.Cursor c = Iteration.cursor(iterable);
        for (Object item = c.next(); item != null; item = c.next()) {
            double x = MathArgs.toDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) p[i++] = lo;
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // from an inf or nan in the input, or from overflow of finite partials
                    if (Double.isFinite(xsave)) throw Errors.overflow("intermediate overflow in fsum");
                    if (Double.isInfinite(xsave)) infSum += xsave;
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) p = java.util.Arrays.copyOf(p, n * 2);
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) throw Errors.valueError("-inf + inf in fsum");
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            // add partials from the top while the sum stays exact
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                lo = y - (hi - x);
                if (lo != 0.0) break;
            }
            // half-even rounding across partials: a remainder of the same sign tips the tie
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return hi;
    }

    /**
     * sqrt(sum(x*x for x in vec)) for non-negative {@code vec} whose largest element is
     * {@code max}: scaled by a power of two, squares split exactly (Veltkamp-Dekker) and
     * accumulated with compensation, then one Newton correction of the square root.
     */
    static double vectorNorm(double[] vec, int n, double max, boolean foundNan) {
        if (Double.isInfinite(max)) return max;
        if (foundNan) return Double.NaN;
        if (max == 0.0 || n <= 1) return max;
        final double t27 = 134217729.0; // 2**27 + 1
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
        int maxE = Math.getExponent(max) + 1; // frexp's exponent for a normal max
        if (Math.getExponent(max) >= Double.MIN_EXPONENT) {
            double scale = Math.scalb(1.0, -maxE);
            for (int i = 0; i < n; i++) {
                double x = vec[i] * scale;
                double t = x * t27;
                double hi = t - (t - x);
                double lo = x - hi;
                x = hi * hi;
                double old = csum;
                csum += x;
                frac1 += (old - csum) + x;
                x = 2.0 * hi * lo;
                old = csum;
                csum += x;
                frac2 += (old - csum) + x;
                frac3 += lo * lo;
            }
            double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            double x = h;
            double t = x * t27;
            double hi = t - (t - x);
            double lo = x - hi;
            x = -hi * hi;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            x = -2.0 * hi * lo;
            old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            x = -lo * lo;
            old = csum;
            csum += x;
            frac3 += (old - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        // subnormal max: a power-of-two scale would overflow, so divide by max instead
        for (int i = 0; i < n; i++) {
            double x = vec[i] / max;
            x = x * x;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }

    /** IEEE 754 remainder: x - n*y for the integer n nearest x/y, ties to even. Always exact. */
    static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) return Double.NaN;
            double absx = Math.abs(x), absy = Math.abs(y);
            double m = absx % absy;
            // compare m with absy - m rather than with 0.5*absy, which may be inexact
            double c = absy - m;
            double r;
            if (m < c) r = m;
            else if (m > c) r = -c;
            else r = m - 2.0 * ((0.5 * (absx - m)) % absy); // the tie: pick the even multiple
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (Double.isInfinite(x)) return Double.NaN;
        return x;
    }

    /** {@code frexp}: m in [0.5, 1) and e with x == m * 2**e; (x, 0) for zeros, infinities and NaN. */
    static double[] frexp(double x) {
        if (x == 0.0 || !Double.isFinite(x)) return new double[] {x, 0};
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal: normalize first
            double scaled = x * 0x1p54;
            e = Math.getExponent(scaled) - 54;
            x = scaled;
            return new double[] {Math.scalb(x, -(Math.getExponent(x) + 1)), e + 1};
        }
        return new double[] {Math.scalb(x, -(e + 1)), e + 1};
    }

    /** frexp of a positive int too large for a double: the mantissa rounded half-even, in [0.5, 1). */
    static double[] frexpBig(BigInteger b) {
        int bits = b.bitLength();
        int shift = bits - 64;
        long top = b.shiftRight(shift).longValue();
        boolean sticky = b.getLowestSetBit() < shift;
        // keep 53 bits + round/sticky: Java's long-to-double conversion then rounds correctly
        long kept = (top >>> 11) << 11;
        long rest = top & 0x7ff;
        if (sticky) rest |= 1;
        double m = unsigned(kept) + (rest == 0 ? 0 : roundBits(top, rest));
        double x = m * 0x1p-64;
        long e = (long) shift + 64;
        if (x >= 1.0) {
            x *= 0.5;
            e++;
        }
        return new double[] {x, e};
    }

    private static double unsigned(long v) {
        double d = (double) (v >>> 1) * 2.0;
        return d + (v & 1);
    }

    /** The rounding increment (0 or one ulp of the 53-bit mantissa) for the dropped low bits. */
    private static double roundBits(long top, long rest) {
        long half = 0x400;
        boolean odd = ((top >>> 11) & 1) == 1;
        if (rest > half || (rest == half && odd)) return 0x800;
        return 0;
    }
}
