package org.pyjit.runtime.state;

/**
 * {@code sys.set_int_max_str_digits()}: the most decimal digits {@code int}↔{@code str}
 * conversion accepts (CPython 3.11's protection against quadratic conversions); 0 means no limit.
 * The int conversions read {@link #get()}.
 */
public final class IntStrLimit {
    private IntStrLimit() {}

    public static final int DEFAULT = 4300;
    /** Smallest non-zero limit CPython accepts. */
    public static final int THRESHOLD = 640;

    private static volatile int limit = DEFAULT;

    public static int get() {
        return limit;
    }

    public static void set(int digits) {
        limit = digits;
    }
}
