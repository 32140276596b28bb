package org.pyjit.runtime.types.format;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;

/**
 * A parsed format specification of the format-spec mini-language shared by {@code int},
 * {@code float}, {@code complex} and {@code str}:
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 *
 * <p>Parsing and the checks that do not depend on the formatted type give CPython 3.11's messages;
 * the per-type checks are in {@link NumberFormatter} and {@link StringFormatter}.
 */
public final class FormatSpec {
    /** The fill code point ({@code ' '} unless given). */
    public final int fill;
    public final boolean fillGiven;
    /** {@code '<' '>' '^' '='}, or 0 when not given. */
    public final char align;
    /** {@code '+' '-' ' '}, or 0 when not given. */
    public final char sign;
    /** The {@code z} option: negative zero is shown as zero. */
    public final boolean noNegZero;
    /** The {@code #} option. */
    public final boolean alternate;
    /** Minimum width, or -1. */
    public final int width;
    /** {@code ','} or {@code '_'}, or 0. */
    public final char grouping;
    /** Precision, or -1; {@code Integer.MAX_VALUE} stands for anything at least that large. */
    public final int precision;
    /** The presentation type code point, or 0 when omitted. */
    public final int type;

    private FormatSpec(int fill, boolean fillGiven, char align, char sign, boolean noNegZero, boolean alternate, int width,
            char grouping, int precision, int type) {
        this.fill = fill;
        this.fillGiven = fillGiven;
        this.align = align;
        this.sign = sign;
        this.noNegZero = noNegZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Parses {@code spec} for an object of type {@code typeName}.
     *
     * @param defaultType  the type used when omitted (0 keeps it omitted)
     * @param defaultAlign {@code '>'} for numbers, {@code '<'} for strings: decides whether a
     *                     leading {@code 0} also selects {@code '='} alignment
     */
    public static FormatSpec parse(String spec, String typeName, int defaultType, char defaultAlign) {
        int[] cp = spec.codePoints().toArray();
        int n = cp.length;
        int pos = 0;
        int fill = ' ';
        boolean fillGiven = false;
        char align = 0;
        if (n >= 2 && isAlign(cp[1])) {
            fill = cp[0];
            fillGiven = true;
            align = (char) cp[1];
            pos = 2;
        } else if (n >= 1 && isAlign(cp[0])) {
            align = (char) cp[0];
            pos = 1;
        }
        char sign = 0;
        if (pos < n && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) sign = (char) cp[pos++];
        boolean noNegZero = false;
        if (pos < n && cp[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < n && cp[pos] == '#') {
            alternate = true;
            pos++;
        }
        if (!fillGiven && pos < n && cp[pos] == '0') {
            fill = '0';
            if (align == 0 && defaultAlign == '>') align = '=';
            pos++;
        }
        int start = pos;
        long width = 0;
        while (pos < n && cp[pos] >= '0' && cp[pos] <= '9') width = accumulate(width, cp[pos++]);
        if (pos == start) width = -1;
        char grouping = 0;
        if (pos < n && cp[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < n && cp[pos] == '_') {
            if (grouping != 0) throw Errors.valueError("Cannot specify both ',' and '_'.");
            grouping = '_';
            pos++;
        }
        if (pos < n && cp[pos] == ',' && grouping == '_') throw Errors.valueError("Cannot specify both ',' and '_'.");
        long precision = -1;
        if (pos < n && cp[pos] == '.') {
            pos++;
            start = pos;
            precision = 0;
            while (pos < n && cp[pos] >= '0' && cp[pos] <= '9') precision = accumulate(precision, cp[pos++]);
            if (pos == start) throw Errors.valueError("Format specifier missing precision");
        }
        if (n - pos > 1) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = pos < n ? cp[pos] : defaultType;
        if (grouping != 0) checkGrouping(grouping, type);
        if (width > Integer.MAX_VALUE - 16) throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        // a precision past the int range is "precision too big" for floats and no limit for strings
        int prec = (int) Math.min(precision, Integer.MAX_VALUE);
        return new FormatSpec(fill, fillGiven, align, sign, noNegZero, alternate, (int) width, grouping, prec, type);
    }

    private static long accumulate(long acc, int digit) {
        int d = digit - '0';
        if (acc > (Long.MAX_VALUE - d) / 10) throw Errors.valueError("Too many decimal digits in format string");
        return acc * 10 + d;
    }

    private static void checkGrouping(char grouping, int type) {
        switch (type) {
            case 0, 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F' -> {
                return;
            }
            case 'b', 'o', 'x', 'X' -> {
                if (grouping == '_') return;
            }
            default -> { }
        }
        throw Errors.valueError("Cannot specify '" + grouping + "' with " + quoteType(type) + ".");
    }

    /** The type code as CPython quotes it in messages: {@code 'x'}, or {@code '\x..'} outside printable ASCII. */
    static String quoteType(int type) {
        if (type > 32 && type < 127) return "'" + (char) type + "'";
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    /** "Unknown format code 'd' for object of type 'str'" */
    static RuntimeException unknownCode(int type, String typeName) {
        if (type > 32 && type < 127) {
            return Errors.valueError("Unknown format code '" + (char) type + "' for object of type '" + typeName + "'");
        }
        return Errors.valueError("Unknown format code '\\x" + Integer.toHexString(type) + "' for object of type '" + typeName + "'");
    }
}
