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
     * applies its defaults). {@code skip} leading args (e.g. self) are not bound.
     */
    public Object[] parse(Object[] args, String[] kwnames, int skip) {
        Object[] out = new Object[params.length];
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw - skip;
        if (npos + nkw > params.length) {
            int max = params.length;
            throw Errors.typeError(fname + "() takes at most " + max + " " + (npos == 0 ? "keyword " : "") + "argument"
                    + (max == 1 ? "" : "s") + " (" + (npos + nkw) + " given)");
        }
        if (npos > kwOnlyStart) {
            if (kwOnlyStart == required) {
                throw Errors.typeError(fname + "() takes " + (kwOnlyStart == 0 ? "no positional arguments" : "exactly " + kwOnlyStart
                        + " positional argument" + (kwOnlyStart == 1 ? "" : "s")) + " (" + npos + " given)");
            }
            throw Errors.typeError(fname + "() takes at most " + kwOnlyStart + " positional argument"
                    + (kwOnlyStart == 1 ? "" : "s") + " (" + npos + " given)");
        }
        for (int i = 0; i < npos; i++) out[i] = args[skip + i];
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
                // as Argument Clinic: positional-only parameters have no keyword name at all
                throw Errors.typeError("'" + name + "' is an invalid keyword argument for " + fname + "()");
            }
            if (out[idx] != null) {
                throw Errors.typeError("argument for " + fname + "() given by name ('" + name + "') and position (" + (idx + 1) + ")");
            }
            out[idx] = args[args.length - nkw + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                if (i < posOnly || npos > 0 || nkw == 0) {
                    throw Errors.typeError(fname + "() missing required argument '" + params[i] + "' (pos " + (i + 1) + ")");
                }
                throw Errors.typeError(fname + "() missing required argument '" + params[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }
}
