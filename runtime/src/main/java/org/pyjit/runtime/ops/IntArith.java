package org.pyjit.runtime.ops;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;

/**
 * Python {@code int} arithmetic on pyjit's representation: {@code Long} when the value fits,
 * {@code BigInteger} otherwise (always normalized back to {@code Long} when it fits).
 */
public final class IntArith {
    private IntArith() {}

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** {@code BigInteger} → {@code Long} when it fits. */
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static BigInteger big(Object o) {
        if (o instanceof Long l) return BigInteger.valueOf(l);
        if (o instanceof BigInteger b) return b;
        if (o instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        throw new IllegalArgumentException("not an int: " + o);
    }

    /** True for the JVM representations of an exact int or bool value. */
    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    /** Bools as 0/1 longs; other ints unchanged. */
    public static Object widen(Object o) {
        return o instanceof Boolean b ? (b ? 1L : 0L) : o;
    }

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            return r;
        }
        return normalize(big(a).add(big(b)));
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
            return r;
        }
        return normalize(big(a).subtract(big(b)));
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
            return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
        }
        return normalize(big(a).multiply(big(b)));
    }

    public static Object floorDiv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) throw Errors.zeroDivision("integer division or modulo by zero");
            if (x == Long.MIN_VALUE && y == -1) return BigInteger.valueOf(x).negate();
            return Math.floorDiv(x, y);
        }
        BigInteger y = big(b);
        if (y.signum() == 0) throw Errors.zeroDivision("integer division or modulo by zero");
        return normalize(floorDivBig(big(a), y));
    }

    private static BigInteger floorDivBig(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    public static Object mod(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) throw Errors.zeroDivision("integer modulo by zero");
            if (y == -1) return 0L;
            return Math.floorMod(x, y);
        }
        BigInteger y = big(b);
        if (y.signum() == 0) throw Errors.zeroDivision("integer modulo by zero");
        BigInteger r = big(a).mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) r = r.add(y);
        return normalize(r);
    }

    /** {@code int / int}: correctly rounded like CPython's long true division. */
    public static Object trueDiv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) throw Errors.zeroDivision("division by zero");
            // both exactly representable: one IEEE division rounds correctly
            if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) return (double) x / (double) y;
        }
        BigInteger x = big(a), y = big(b);
        if (y.signum() == 0) throw Errors.zeroDivision("division by zero");
        boolean negative = (x.signum() < 0) != (y.signum() < 0);
        if (x.signum() == 0) return negative ? -0.0 : 0.0;
        double r = divideRounded(x.abs(), y.abs());
        return negative ? -r : r;
    }

    /** {@code x / y} for positive ints, rounded half-even to a double (subnormals included). */
    private static double divideRounded(BigInteger x, BigInteger y) {
        int shift = 55 - (x.bitLength() - y.bitLength()); // quotient gets 55 or 56 bits
        BigInteger num = shift >= 0 ? x.shiftLeft(shift) : x;
        BigInteger den = shift >= 0 ? y : y.shiftLeft(-shift);
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        int topExponent = q.bitLength() - 1 - shift;
        if (topExponent > 1023) throw Errors.overflow("integer division result too large for a float");
        int precision = topExponent >= -1022 ? 53 : 53 - (-1022 - topExponent);
        int drop = q.bitLength() - precision;
        BigInteger m = q.shiftRight(drop);
        BigInteger rest = q.subtract(m.shiftLeft(drop));
        int c = rest.compareTo(BigInteger.ONE.shiftLeft(drop - 1));
        if (c > 0 || (c == 0 && (sticky || m.testBit(0)))) m = m.add(BigInteger.ONE);
        double r = Math.scalb(m.doubleValue(), drop - shift);
        if (Double.isInfinite(r)) throw Errors.overflow("integer division result too large for a float");
        return r;
    }

    public static Object neg(Object a) {
        if (a instanceof Long x) return x == Long.MIN_VALUE ? BigInteger.valueOf(x).negate() : (Object) (-x);
        return normalize(big(a).negate());
    }

    public static Object abs(Object a) {
        if (a instanceof Long x) return x < 0 ? neg(x) : x;
        return normalize(big(a).abs());
    }

    public static Object invert(Object a) {
        if (a instanceof Long x) return ~x;
        return normalize(big(a).not());
    }

    public static Object and(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x & y;
        return normalize(big(a).and(big(b)));
    }

    public static Object or(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x | y;
        return normalize(big(a).or(big(b)));
    }

    public static Object xor(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x ^ y;
        return normalize(big(a).xor(big(b)));
    }

    public static Object lshift(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y >= 0 && y < 63) {
            long r = x << y;
            if ((r >> y) == x) return r;
        }
        BigInteger n = big(b);
        if (n.signum() < 0) throw Errors.valueError("negative shift count");
        if (a instanceof Long x && n.compareTo(BigInteger.valueOf(62)) <= 0) {
            int s = n.intValue();
            long r = x << s;
            if ((r >> s) == x) return r;
        }
        if (n.bitLength() > 31) throw Errors.overflow("too many digits in integer");
        return normalize(big(a).shiftLeft(n.intValue()));
    }

    public static Object rshift(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y >= 0) return y >= 63 ? (x < 0 ? -1L : 0L) : x >> y;
        BigInteger n = big(b);
        if (n.signum() < 0) throw Errors.valueError("negative shift count");
        if (a instanceof Long x) return n.compareTo(BigInteger.valueOf(63)) >= 0 ? (x < 0 ? -1L : 0L) : x >> n.intValue();
        if (n.bitLength() > 31) return big(a).signum() < 0 ? -1L : 0L;
        return normalize(big(a).shiftRight(n.intValue()));
    }

    /** {@code a ** b} for ints: an int for b >= 0, a float for b < 0. */
    public static Object pow(Object a, Object b) {
        BigInteger e = big(b);
        if (e.signum() < 0) {
            // as CPython: float(a) ** float(b)
            return FloatArith.pow(toDouble(a), toDouble(b));
        }
        if (a instanceof Long x && b instanceof Long y) {
            long result = 1, base = x, n = y;
            boolean overflow = false;
            while (n > 0 && !overflow) {
                if ((n & 1) == 1) {
                    long hi = Math.multiplyHigh(result, base);
                    long lo = result * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) overflow = true;
                    result = lo;
                }
                n >>= 1;
                if (n > 0) {
                    long hi = Math.multiplyHigh(base, base);
                    long lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) overflow = true;
                    base = lo;
                }
            }
            if (!overflow) return result;
        }
        BigInteger base = big(a);
        if (e.bitLength() > 31) {
            if (base.abs().compareTo(BigInteger.ONE) <= 0) {
                return normalize(base.signum() < 0 && e.testBit(0) ? base : base.abs().equals(BigInteger.ONE) ? BigInteger.ONE : base);
            }
            throw Errors.of(org.pyjit.runtime.exceptions.ExceptionTypes.MEMORY_ERROR, "");
        }
        return normalize(base.pow(e.intValue()));
    }

    /** Three-argument {@code pow(a, b, m)}. */
    public static Object powMod(Object a, Object b, Object m) {
        BigInteger mod = big(m);
        if (mod.signum() == 0) throw Errors.valueError("pow() 3rd argument cannot be 0");
        BigInteger e = big(b);
        BigInteger base = big(a);
        BigInteger am = mod.abs();
        BigInteger r;
        if (e.signum() < 0) {
            try {
                r = base.modInverse(am).modPow(e.negate(), am);
            } catch (ArithmeticException ex) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = base.mod(am).modPow(e, am);
        }
        if (mod.signum() < 0 && r.signum() != 0) r = r.add(mod);
        return normalize(r);
    }

    /** int → float with CPython's overflow error. */
    public static double toDouble(Object a) {
        if (a instanceof Long x) return x;
        if (a instanceof Boolean b) return b ? 1.0 : 0.0;
        double d = ((BigInteger) a).doubleValue();
        if (Double.isInfinite(d)) throw Errors.overflow("int too large to convert to float");
        return d;
    }

    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        return big(a).compareTo(big(b));
    }

    /** Whether the value fits in a Java long. */
    public static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}
