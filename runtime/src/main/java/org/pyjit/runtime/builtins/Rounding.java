package org.pyjit.runtime.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.ops.IntArith;

/**
 * {@code round()} for ints and floats, half to even, exactly as CPython: a float is rounded from
 * its exact binary value (so {@code round(2.675, 2) == 2.67}) and the decimal result converted
 * back with correct rounding.
 */
public final class Rounding {
    private Rounding() {}

    /** Beyond these ndigits a float rounds to itself / to zero (CPython's NDIGITS_MAX/MIN). */
    private static final int NDIGITS_MAX = 323;
    private static final int NDIGITS_MIN = -308;

    /** {@code round(x)}: the nearest int, ties to even. */
    public static Object roundToInt(double x) {
        if (Double.isNaN(x)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(x)) throw Errors.overflow("cannot convert float infinity to integer");
        return toInt(Math.rint(x));
    }

    /** An integral double ({@code floor}/{@code ceil} result) as an int, with CPython's errors for inf and NaN. */
    public static Object roundToIntExact(double integral) {
        if (Double.isNaN(integral)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(integral)) throw Errors.overflow("cannot convert float infinity to integer");
        return toInt(integral);
    }

    /** An integral double as a Python int. */
    public static Object toInt(double integral) {
        if (Math.abs(integral) < 0x1p63) return (long) integral;
        return IntArith.normalize(new BigDecimal(integral).toBigInteger());
    }

    /** {@code round(x, ndigits)} for a float; {@code ndigits} is a Long or BigInteger. */
    public static double roundFloat(double x, Object ndigits) {
        if (!Double.isFinite(x) || x == 0.0) return x;
        long n = ndigits instanceof Long l ? l : ((BigInteger) ndigits).signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        if (n > NDIGITS_MAX) return x;
        if (n < NDIGITS_MIN) return 0.0 * x;
        // from the shortest repr digits when they decide it: BigDecimal's exact expansion (and its class
        // initialization, ~40 ms of a short run) only for the cases they do not
        double r = org.pyjit.runtime.types.format.FloatFormatter.roundToPlaces(x, (int) n);
        if (Double.isInfinite(r)) throw Errors.overflow("rounded value too large to represent");
        return r == 0.0 ? Math.copySign(0.0, x) : r;
    }

    /** {@code round(i, ndigits)} for an int: unchanged for ndigits >= 0, else to a multiple of 10**-ndigits. */
    public static Object roundInt(Object value, Object ndigits) {
        Object v = IntArith.widen(value);
        BigInteger nd = IntArith.big(ndigits);
        if (nd.signum() >= 0) return v;
        BigInteger x = IntArith.big(v);
        BigInteger k = nd.negate();
        // 10**k > 2*|x| means every x rounds to 0
        if (k.compareTo(BigInteger.valueOf((long) ((x.bitLength() + 1) * 0.30103) + 2)) > 0) return 0L;
        BigInteger pow = BigInteger.TEN.pow(k.intValue());
        BigInteger[] qr = x.divideAndRemainder(pow);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() < 0) { // floor division
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return IntArith.normalize(q.multiply(pow));
    }
}
