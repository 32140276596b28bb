package org.pyjit.runtime.builtins;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.ops.Ops;

/**
 * Argument helpers for builtins whose signatures {@code ArgParser} does not describe: keyword-only
 * options after {@code *args} ({@code print}, {@code max}, {@code zip}), with the messages of
 * CPython's {@code PyArg_ParseTupleAndKeywords}.
 */
public final class Kw {
    private Kw() {}

    static int keywordCount(String[] kwnames) {
        return kwnames == null ? 0 : kwnames.length;
    }

    static int positionalCount(Object[] args, String[] kwnames) {
        return args.length - keywordCount(kwnames);
    }

    /** The positional arguments alone (the array itself when there are no keywords). */
    static Object[] positional(Object[] args, String[] kwnames) {
        int n = positionalCount(args, kwnames);
        if (n == args.length) return args;
        return java.util.Arrays.copyOf(args, n);
    }

    /** "sorted expected 1 argument, got 0": the wording of CPython's PyArg_UnpackTuple. */
    static void expectExactly(String fname, int given, int expected) {
        if (given != expected) {
            throw Errors.typeError(fname + " expected " + expected + " argument" + (expected == 1 ? "" : "s") + ", got " + given);
        }
    }

    static void rejectKeywords(String fname, String[] kwnames) {
        if (keywordCount(kwnames) > 0) throw Errors.typeError(fname + "() takes no keyword arguments");
    }

    /**
     * Whether a constructor of a builtin type that takes no keywords refuses them for {@code cls}:
     * as CPython's, unless a subclass defines an {@code __init__} of its own, which may take them.
     */
    public static boolean refusesKeywords(org.pyjit.runtime.objects.PyType cls) {
        return cls.builtin || cls.lookup("__init__") == org.pyjit.runtime.types.BuiltinTypes.OBJECT.lookup("__init__");
    }

    /**
     * The values of the keyword-only options {@code allowed}, in that order (null when not given);
     * raises for unknown names.
     */
    static Object[] options(String fname, Object[] args, String[] kwnames, String... allowed) {
        Object[] out = new Object[allowed.length];
        int nkw = keywordCount(kwnames);
        if (nkw == 0) return out;
        if (nkw > allowed.length) {
            throw Errors.typeError(fname + "() takes at most " + allowed.length + " keyword argument"
                    + (allowed.length == 1 ? "" : "s") + " (" + nkw + " given)");
        }
        int base = args.length - nkw;
        for (int k = 0; k < nkw; k++) {
            int idx = indexOf(allowed, kwnames[k]);
            if (idx < 0) throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for " + fname + "()");
            out[idx] = args[base + k];
        }
        return out;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) return i;
        }
        return -1;
    }

    /** A str argument (a str subclass instance unwrapped), or null when {@code o} is not a str. */
    static String strOrNull(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyBoxed b && b.value instanceof String s) return s;
        return null;
    }

    /** An attribute name: "attribute name must be string, not 'int'" otherwise. */
    static String attributeName(Object o) {
        String s = strOrNull(o);
        if (s == null) throw Errors.typeError("attribute name must be string, not '" + Ops.typeName(o) + "'");
        return s;
    }
}
