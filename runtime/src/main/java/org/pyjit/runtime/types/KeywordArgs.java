package org.pyjit.runtime.types;

import org.pyjit.runtime.exceptions.Errors;

/**
 * Argument binding with the messages of CPython's {@code PyArg_ParseTupleAndKeywords}, which the
 * constructors of {@code property}, {@code ImportError}, {@code AttributeError} … use:
 * "'x' is an invalid keyword argument for property()", "property() takes at most 4 arguments (5 given)".
 */
final class KeywordArgs {
    private KeywordArgs() {}

    /**
     * Binds {@code args[skip..]} to {@code params}: the first {@code maxPositional} may come by
     * position, the rest only by keyword. Returns one slot per parameter, null where not given.
     */
    static Object[] parse(String fname, String[] params, int maxPositional, Object[] args, String[] kwnames, int skip) {
        int nkw = Install.kwCount(kwnames);
        int npos = args.length - nkw - skip;
        if (npos > maxPositional) {
            throw Errors.typeError(fname + "() takes at most " + maxPositional + " argument" + (maxPositional == 1 ? "" : "s")
                    + " (" + npos + " given)");
        }
        Object[] out = new Object[params.length];
        for (int i = 0; i < npos; i++) out[i] = args[skip + i];
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            int idx = indexOf(params, name);
            if (idx < 0) throw Errors.typeError("'" + name + "' is an invalid keyword argument for " + fname + "()");
            if (out[idx] != null) {
                throw Errors.typeError("argument for " + fname + "() given by name ('" + name + "') and position (" + (idx + 1) + ")");
            }
            out[idx] = args[args.length - nkw + k];
        }
        return out;
    }

    private static int indexOf(String[] params, String name) {
        for (int i = 0; i < params.length; i++) if (params[i].equals(name)) return i;
        return -1;
    }
}
