package org.pyjit.runtime.modules;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArityCheck;
import org.pyjit.runtime.objects.PyBuiltinFunction;

/**
 * Functions of builtin modules with CPython's argument messages, which name the module for
 * one-argument and no-argument functions ("math.floor() takes exactly one argument (0 given)",
 * "time.time() takes no arguments (1 given)") and for keywords ("math.sqrt() takes no keyword
 * arguments"), but not for the others ("pow expected 2 arguments, got 1").
 */
final class ModuleFunction {
    private ModuleFunction() {}

    /** A function of {@code module} taking {@code min..max} positional arguments (max -1: any), no keywords. */
    static PyBuiltinFunction positional(String module, String name, int min, int max, PyBuiltinFunction.Positional body) {
        String qualified = module + "." + name + "()";
        return new PyBuiltinFunction(name, module, (args, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError(qualified + " takes no keyword arguments");
            int n = args.length;
            if (min == max && (min == 0 || min == 1) && n != min) {
                throw Errors.typeError(qualified + (min == 0 ? " takes no arguments (" : " takes exactly one argument (") + n + " given)");
            }
            ArityCheck.check(name, n, min, max, false);
            return body.call(args);
        });
    }

    /** The wording of PyArg_ParseTuple ("gmtime() takes at most 1 argument (2 given)"). */
    static PyBuiltinFunction parseTupleStyle(String module, String name, int min, int max, PyBuiltinFunction.Positional body) {
        return new PyBuiltinFunction(name, module, (args, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
            int n = args.length;
            if (n < min || n > max) {
                boolean tooFew = n < min;
                int bound = tooFew ? min : max;
                String qual = min == max ? "exactly" : tooFew ? "at least" : "at most";
                throw Errors.typeError(name + "() takes " + qual + " " + bound + " argument" + (bound == 1 ? "" : "s") + " (" + n
                        + " given)");
            }
            return body.call(args);
        });
    }
}
