package org.pyjit.runtime.modules;

import java.math.BigInteger;
import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;

/** The integer functions of {@code math}: factorial, gcd, lcm, isqrt, comb, perm, prod. */
final class MathIntegers {
    private MathIntegers() {}

    static Object factorial(Object arg) {
        if (arg instanceof Double) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        Object n = MathArgs.toInt(arg);
        if (n instanceof BigInteger b) {
            if (b.signum() > 0) throw Errors.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
            throw Errors.valueError("factorial() not defined for negative values");
        }
        long x = (Long) n;
        if (x < 0) throw Errors.valueError("factorial() not defined for negative values");
        if (x <= 20) {
            long r = 1;
            for (long i = 2; i <= x; i++) r *= i;
            return r;
        }
        return IntArith.normalize(rangeProduct(1, x));
    }

    /** The product lo*(lo+1)*…*hi by halving, so the big multiplications balance. */
    private static BigInteger rangeProduct(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) r = r.multiply(BigInteger.valueOf(i));
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return rangeProduct(lo, mid).multiply(rangeProduct(mid + 1, hi));
    }

    static Object gcd(Object[] args) {
        if (args.length == 0) return 0L;
        BigInteger r = IntArith.big(MathArgs.toInt(args[0])).abs();
        for (int i = 1; i < args.length; i++) r = r.gcd(IntArith.big(MathArgs.toInt(args[i])));
        return IntArith.normalize(r);
    }

    static Object lcm(Object[] args) {
        if (args.length == 0) return 1L;
        BigInteger r = IntArith.big(MathArgs.toInt(args[0])).abs();
        for (int i = 1; i < args.length; i++) {
            BigInteger x = IntArith.big(MathArgs.toInt(args[i]));
            if (r.signum() == 0) continue; // the result stays 0; the remaining arguments are only checked
            r = x.signum() == 0 ? BigInteger.ZERO : r.divide(r.gcd(x)).multiply(x).abs();
        }
        return IntArith.normalize(r);
    }

    static Object isqrt(Object arg) {
        BigInteger n = IntArith.big(MathArgs.toInt(arg));
        if (n.signum() < 0) throw Errors.valueError("isqrt() argument must be nonnegative");
        return IntArith.normalize(n.sqrt());
    }

    static Object comb(Object nArg, Object kArg) {
        BigInteger n = IntArith.big(MathArgs.toInt(nArg)), k = IntArith.big(MathArgs.toInt(kArg));
        if (n.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
        if (k.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
        if (k.compareTo(n) > 0) return 0L;
        BigInteger j = n.subtract(k).min(k);
        if (j.bitLength() > 63) throw Errors.overflow("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        long m = j.longValueExact();
        BigInteger r = BigInteger.ONE;
        for (long i = 1; i <= m; i++) r = r.multiply(n.subtract(BigInteger.valueOf(m - i))).divide(BigInteger.valueOf(i));
        return IntArith.normalize(r);
    }

    static Object perm(Object nArg, Object kArg) {
        if (kArg == null || kArg == PyNone.NONE) return factorial(nArg);
        BigInteger n = IntArith.big(MathArgs.toInt(nArg)), k = IntArith.big(MathArgs.toInt(kArg));
        if (n.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
        if (k.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
        if (k.compareTo(n) > 0) return 0L;
        if (k.bitLength() > 63) throw Errors.overflow("k must not exceed " + Long.MAX_VALUE);
        long kk = k.longValueExact();
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < kk; i++) r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        return IntArith.normalize(r);
    }

    static Object prod(Object iterable, Object start) {
        Object acc = start == null ? (Object) 1L : start;
        Iteration.Cursor c = Iteration.cursor(iterable);
        for (Object v = c.next(); v != null; v = c.next()) acc = Ops.binary(acc, v, BinaryOp.MUL);
        return acc;
    }
}
