package org.pyjit.runtime.modules;

import java.util.HashMap;
import java.util.Map;
import org.pyjit.runtime.exceptions.Errors;

/**
 * The results of the {@code cmath} functions when the real or imaginary part of the argument is
 * infinite or NaN (C99 Annex G, as CPython implements it). Each table is indexed by the kind of
 * the real part (row) and of the imaginary part (column): -inf, negative, -0, +0, positive, +inf,
 * nan. The tables were produced by sampling CPython 3.11's cmath at those seven kinds of value;
 * an entry {@code !} means CPython raises ValueError("math domain error"), {@code U} means the
 * argument is finite (the function computes it).
 */
final class CmathSpecialValues {
    private CmathSpecialValues() {}

    private static final String[] TABLES = {
            "acos", "p34,inf p,inf p,inf p,-inf p,-inf p34,-inf n,inf p2,inf U U U U p2,-inf n,n p2,inf U U U U p2,-inf p2,n p2,inf U U U U p2,-inf p2,n p2,inf U U U U p2,-inf n,n p4,inf 0,inf 0,inf 0,-inf 0,-inf p4,-inf n,inf n,inf n,n n,n n,n n,n n,-inf n,n",
            "acosh", "inf,-p34 inf,-p inf,-p inf,p inf,p inf,p34 inf,n inf,-p2 U U U U inf,p2 n,n inf,-p2 U U U U inf,p2 n,n inf,-p2 U U U U inf,p2 n,n inf,-p2 U U U U inf,p2 n,n inf,-p4 inf,-0 inf,-0 inf,0 inf,0 inf,p4 inf,n inf,n n,n n,n n,n n,n inf,n n,n",
            "asinh", "-inf,-p4 -inf,-0 -inf,-0 -inf,0 -inf,0 -inf,p4 -inf,n -inf,-p2 U U U U -inf,p2 n,n -inf,-p2 U U U U -inf,p2 n,n inf,-p2 U U U U inf,p2 n,n inf,-p2 U U U U inf,p2 n,n inf,-p4 inf,-0 inf,-0 inf,0 inf,0 inf,p4 inf,n inf,n n,n n,-0 n,0 n,n inf,n n,n",
            "atanh", "-0,-p2 -0,-p2 -0,-p2 -0,p2 -0,p2 -0,p2 -0,n -0,-p2 U U U U -0,p2 n,n -0,-p2 U U U U -0,p2 -0,n 0,-p2 U U U U 0,p2 0,n 0,-p2 U U U U 0,p2 n,n 0,-p2 0,-p2 0,-p2 0,p2 0,p2 0,p2 0,n 0,-p2 n,n n,n n,n n,n 0,p2 n,n",
            "cosh", "! -inf,inf inf,0 inf,-0 -inf,-inf ! inf,n ! U U U U ! n,n ! U U U U ! n,0 ! U U U U ! n,0 ! U U U U ! n,n ! -inf,-inf inf,-0 inf,0 -inf,inf ! inf,n n,n n,n n,0 n,0 n,n n,n n,n",
            "exp", "0,0 -0,-0 0,-0 0,0 -0,0 0,0 0,0 ! U U U U ! n,n ! U U U U ! n,n ! U U U U ! n,n ! U U U U ! n,n ! -inf,-inf inf,-0 inf,0 -inf,inf ! inf,n n,n n,n n,-0 n,0 n,n n,n n,n",
            "log", "inf,-p34 inf,-p inf,-p inf,p inf,p inf,p34 inf,n inf,-p2 U U U U inf,p2 n,n inf,-p2 U U U U inf,p2 n,n inf,-p2 U U U U inf,p2 n,n inf,-p2 U U U U inf,p2 n,n inf,-p4 inf,-0 inf,-0 inf,0 inf,0 inf,p4 inf,n inf,n n,n n,n n,n n,n inf,n n,n",
            "sinh", "! inf,-inf -inf,-0 -inf,0 inf,inf ! inf,n ! U U U U ! n,n ! U U U U ! 0,n ! U U U U ! 0,n ! U U U U ! n,n ! -inf,-inf inf,-0 inf,0 -inf,inf ! inf,n n,n n,n n,-0 n,0 n,n n,n n,n",
            "sqrt", "inf,-inf 0,-inf 0,-inf 0,inf 0,inf inf,inf n,inf inf,-inf U U U U inf,inf n,n inf,-inf U U U U inf,inf n,n inf,-inf U U U U inf,inf n,n inf,-inf U U U U inf,inf n,n inf,-inf inf,-0 inf,-0 inf,0 inf,0 inf,inf inf,n inf,-inf n,n n,n n,n n,n inf,inf n,n",
            "tanh", "-1,0 -1,0 -1,-0 -1,0 -1,-0 -1,0 -1,0 ! U U U U ! n,n ! U U U U ! n,n ! U U U U ! n,n ! U U U U ! n,n 1,0 1,0 1,-0 1,0 1,-0 1,0 1,0 n,n n,n n,-0 n,0 n,n n,n n,n",
            "rect", "! inf,inf -inf,0 -inf,-0 inf,-inf ! inf,n ! U U U U ! n,n 0,0 U U U U 0,0 0,0 0,0 U U U U 0,0 0,0 ! U U U U ! n,n ! -inf,-inf inf,-0 inf,0 -inf,inf ! inf,n n,n n,n n,0 n,0 n,n n,n n,n",
    };

    private static final Map<String, String[]> BY_NAME = new HashMap<>();

    static {
        for (int i = 0; i < TABLES.length; i += 2) BY_NAME.put(TABLES[i], TABLES[i + 1].split(" "));
    }

    /** Which of the seven kinds {@code d} is. */
    static int kind(double d) {
        if (Double.isNaN(d)) return 6;
        if (Double.isInfinite(d)) return d > 0 ? 5 : 0;
        if (d == 0) return Math.copySign(1.0, d) > 0 ? 3 : 2;
        return d > 0 ? 4 : 1;
    }

    /** The value of function {@code name} at a non-finite argument, as {re, im}. */
    static double[] lookup(String name, double re, double im) {
        String entry = BY_NAME.get(name)[kind(re) * 7 + kind(im)];
        if (entry.equals("!")) throw Errors.valueError("math domain error");
        int comma = entry.indexOf(',');
        return new double[] {value(entry.substring(0, comma)), value(entry.substring(comma + 1))};
    }

    private static double value(String token) {
        return switch (token) {
            case "0" -> 0.0;
            case "-0" -> -0.0;
            case "1" -> 1.0;
            case "-1" -> -1.0;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "n" -> Double.NaN;
            case "p" -> Math.PI;
            case "-p" -> -Math.PI;
            case "p2" -> Math.PI / 2;
            case "-p2" -> -Math.PI / 2;
            case "p4" -> Math.PI / 4;
            case "-p4" -> -Math.PI / 4;
            case "p34" -> 0.75 * Math.PI;
            case "-p34" -> -0.75 * Math.PI;
            default -> throw new IllegalStateException("cmath table token " + token);
        };
    }
}
