package org.pyjit.runtime.types.number;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;

/**
 * Decimal text of ints with CPython 3.11's limit on the number of digits converted between int and
 * str (CVE-2020-10735): 4300 by default, 0 for no limit, set by {@code sys.set_int_max_str_digits}.
 */
public final class IntText {
    private IntText() {}

    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** The smallest nonzero limit {@code sys.set_int_max_str_digits} accepts. */
    public static final int MIN_MAX_STR_DIGITS = 640;

    private static volatile int maxStrDigits = DEFAULT_MAX_STR_DIGITS;

    public static int maxStrDigits() {
        return maxStrDigits;
    }

    /** {@code sys.set_int_max_str_digits(n)}: 0 disables the limit, else n must be at least 640. */
    public static void setMaxStrDigits(int n) {
        if (n != 0 && n < MIN_MAX_STR_DIGITS) {
            throw Errors.valueError("maxdigits must be 0 or larger than " + MIN_MAX_STR_DIGITS);
        }
        maxStrDigits = n;
    }

    /** {@code str(i)} / {@code repr(i)} of an int (Long or BigInteger). */
    public static String decimal(Object i) {
        if (i instanceof Long l) return Long.toString(l);
        if (i instanceof Boolean b) return b ? "1" : "0";
        BigInteger b = (BigInteger) i;
        String s = b.toString();
        int limit = maxStrDigits;
        if (limit > 0 && s.length() - (b.signum() < 0 ? 1 : 0) > limit) {
            throw Errors.valueError("Exceeds the limit (" + limit
                    + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    /** Raises CPython's error when a decimal (non power-of-two base) literal has too many digits. */
    static void checkParseLimit(int digits) {
        int limit = maxStrDigits;
        if (limit > 0 && digits > limit) {
            throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }
}
