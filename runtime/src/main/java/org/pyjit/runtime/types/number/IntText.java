package org.pyjit.runtime.types.number;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.state.IntStrLimit;

/**
 * Decimal text of ints with CPython 3.11's limit on the number of digits converted between int and
 * str (CVE-2020-10735): 4300 by default, 0 for no limit, set by {@code sys.set_int_max_str_digits}
 * (stored in {@link IntStrLimit}).
 */
public final class IntText {
    private IntText() {}

    /** {@code str(i)} / {@code repr(i)} of an int (Long or BigInteger). */
    public static String decimal(Object i) {
        if (i instanceof Long l) return Long.toString(l);
        if (i instanceof Boolean b) return b ? "1" : "0";
        BigInteger b = (BigInteger) i;
        String s = b.toString();
        int limit = IntStrLimit.get();
        if (limit > 0 && s.length() - (b.signum() < 0 ? 1 : 0) > limit) {
            throw Errors.valueError("Exceeds the limit (" + limit
                    + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    /** Raises CPython's error when a decimal (non power-of-two base) literal has too many digits. */
    static void checkParseLimit(int digits) {
        int limit = IntStrLimit.get();
        if (limit > 0 && digits > limit) {
            throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }
}
