package org.pyjit.runtime.objects;

import org.pyjit.runtime.exceptions.Errors;

/**
 * Binds the arguments of a call to a builtin's parameter list by position and keyword, with
 * CPython's error messages. Parameters before {@code posOnly} are positional-only; those at or
 * after {@code kwOnlyStart} keyword-only.
 */
public final class ArgParser {
    private final String fname;
    private final String[] params;
    private final int posOnly;
    private final int kwOnlyStart;
    private final int required;

    /**
     * @param fname    the function name in messages ({@code "sorted"})
     * @param params   parameter names in order
     * @param posOnly  number of leading positional-only parameters
     * @param kwOnlyStart index of the first keyword-only parameter ({@code params.length} if none)
     * @param required number of leading parameters that must be given
     */
    public ArgParser(String fname, String[] params, int posOnly, int kwOnlyStart, int required) {
        this.fname = fname;
        this.params = params;
        this.posOnly = posOnly;
        this.kwOnlyStart = kwOnlyStart;
        this.required = required;
    }

    /**
     * Returns one slot per parameter: the argument given, or null when not given (the caller
     * applies its defaults). {@code skip} leading args (e.g. self) are not bound. Errors come in
     * the order and wording of CPython 3.11's {@code _PyArg_UnpackKeywords}.
     */
    public Object[] parse(Object[] args, String[] kwnames, int skip) {
        Object[] out = new Object[params.length];
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw - skip;
        checkCounts(npos, nkw);
        for (int i = 0; i < npos; i++) out[i] = args[skip + i];
        String duplicate = null, unknown = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            int idx = -1;
            for (int i = posOnly; i < params.length; i++) {
                if (params[i].equals(name)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                if (unknown == null) unknown = name;
            } else if (out[idx] != null) {
                if (duplicate == null) duplicate = name;
            } else {
                out[idx] = args[args.length - nkw + k];
            }
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw Errors.typeError(fname + "() missing required argument '" + params[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (duplicate != null) {
            int pos = java.util.Arrays.asList(params).indexOf(duplicate) + 1;
            throw Errors.typeError("argument for " + fname + "() given by name ('" + duplicate + "') and position (" + pos + ")");
        }
        if (unknown != null) throw Errors.typeError("'" + unknown + "' is an invalid keyword argument for " + fname + "()");
        return out;
    }

    private void checkCounts(int npos, int nkw) {
        int total = npos + nkw;
        if (total > params.length) {
            throw Errors.typeError(fname + "() takes at most " + params.length + " " + (npos == 0 ? "keyword " : "")
                    + "argument" + (params.length == 1 ? "" : "s") + " (" + total + " given)");
        }
        int minPos = Math.min(required, kwOnlyStart); // required positional parameters
        int minPosOnly = Math.min(required, posOnly); // ... of which positional-only
        if (npos > kwOnlyStart) {
            if (kwOnlyStart == 0) throw Errors.typeError(fname + "() takes no positional arguments");
            throw Errors.typeError(fname + "() takes " + (minPos < kwOnlyStart ? "at most " : "exactly ") + kwOnlyStart
                    + " positional argument" + (kwOnlyStart == 1 ? "" : "s") + " (" + npos + " given)");
        }
        if (npos < minPosOnly) {
            throw Errors.typeError(fname + "() takes " + (minPosOnly < kwOnlyStart ? "at least " : "exactly ") + minPosOnly
                    + " positional argument" + (minPosOnly == 1 ? "" : "s") + " (" + npos + " given)");
        }
    }
}
