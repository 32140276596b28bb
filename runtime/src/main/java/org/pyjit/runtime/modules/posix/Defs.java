package org.pyjit.runtime.modules.posix;

import java.util.function.Function;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;

/** Small helpers for defining the functions of the {@code posix} module. */
final class Defs {
    private Defs() {}

    /**
     * Defines {@code name(params…)}: the first {@code kwOnlyStart} parameters may be positional,
     * the first {@code required} must be given; {@code body} gets one slot per parameter (null when absent).
     */
    static void fn(PyDict d, String name, String[] params, int kwOnlyStart, int required, Function<Object[], Object> body) {
        ArgParser parser = new ArgParser(name, params, 0, kwOnlyStart, required);
        d.putStr(name, new PyBuiltinFunction(name, "posix", (args, kw) -> body.apply(parser.parse(args, kw, 0))));
    }

    /** Defines a function of positional-only parameters. */
    static void positional(PyDict d, String name, int min, int max, PyBuiltinFunction.Positional body) {
        d.putStr(name, PyBuiltinFunction.positional(name, "posix", min, max, body));
    }

    /** A keyword flag: {@code dflt} when absent. */
    static boolean flag(Object o, boolean dflt) {
        return o == null ? dflt : Ops.isTrue(o);
    }

    /** An int argument as a Java int (descriptors, modes, flags). */
    static int intArg(Object o) {
        if (o instanceof Double) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        long v = Ops.index(o);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw Errors.overflow("signed integer is " + (v < 0 ? "less than minimum" : "greater than maximum"));
        }
        return (int) v;
    }

    /** {@code dir_fd=}: pyjit opens everything by path, so only None is accepted. */
    static void noDirFd(Object dirFd) {
        if (dirFd != null && dirFd != PyNone.NONE) throw Errors.notImplemented("dir_fd unavailable on this platform");
    }
}
