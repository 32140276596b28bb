package org.pyjit.runtime.modules.csv;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The {@code _csv} module {@code csv} is built on: {@code reader}, {@code writer}, the
 * {@code Dialect} type, the dialect registry and {@code field_size_limit}, with CPython 3.11's
 * behaviour and messages.
 */
public final class CsvModule {
    private CsvModule() {}

    static final PyType ERROR = makeError();
    private static volatile CsvState current = new CsvState();

    /** The state of the {@code _csv} module of the program running now. */
    static CsvState state() {
        return current;
    }

    private static PyType makeError() {
        PyType t = new PyType(BuiltinTypes.TYPE, "Error", ExceptionTypes.EXCEPTION, null);
        t.namespace.putStr("__module__", "_csv");
        t.instancesHaveDict = true;
        return t;
    }

    /** Makes {@code t()} fail as CPython's reader and writer types do. */
    static void noInstances(PyType t, String qualifiedName) {
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            throw Errors.typeError("cannot create '" + qualifiedName + "' instances");
        }));
    }

    /** The setter of read-only attributes of the reader and writer. */
    static void readonly(Object self, Object value) {
        throw Errors.attributeError("readonly attribute");
    }

    public static PyModule create() {
        CsvState s = new CsvState();
        current = s;
        PyModule m = new PyModule("_csv");
        PyDict d = m.dict;
        d.putStr("__doc__", "CSV parsing and writing.\n\nThe functions here are the building blocks of the csv module; use csv.\n");
        d.putStr("__version__", "1.0");
        d.putStr("QUOTE_MINIMAL", (long) CsvDialect.QUOTE_MINIMAL);
        d.putStr("QUOTE_ALL", (long) CsvDialect.QUOTE_ALL);
        d.putStr("QUOTE_NONNUMERIC", (long) CsvDialect.QUOTE_NONNUMERIC);
        d.putStr("QUOTE_NONE", (long) CsvDialect.QUOTE_NONE);
        d.putStr("Error", ERROR);
        d.putStr("Dialect", CsvDialect.TYPE);
        d.putStr("Reader", CsvReader.TYPE);
        d.putStr("Writer", CsvWriter.TYPE);
        d.putStr("_dialects", s.dialects);
        d.putStr("reader", new PyBuiltinFunction("reader", "_csv", (a, kw) -> {
            Object[] bound = bindWithDialect(a, kw);
            Object input = Ops.iter(a[0]);
            return new CsvReader(input, CsvDialect.of(bound[0], CsvDialect.options(bound)), s);
        }));
        d.putStr("writer", new PyBuiltinFunction("writer", "_csv", (a, kw) -> {
            Object[] bound = bindWithDialect(a, kw);
            Object write = Ops.getAttrOrNull(a[0], "write");
            if (write == null || !Ops.isCallable(write)) throw Errors.typeError("argument 1 must have a \"write\" method");
            return new CsvWriter(write, CsvDialect.of(bound[0], CsvDialect.options(bound)), s);
        }));
        d.putStr("register_dialect", new PyBuiltinFunction("register_dialect", "_csv", (a, kw) -> {
            Object[] bound = bindWithDialect(a, kw);
            if (org.pyjit.runtime.types.string.Strings.asStr(a[0]) == null) throw Errors.typeError("dialect name must be a string");
            s.dialects.put(a[0], CsvDialect.of(bound[0], CsvDialect.options(bound)));
            return PyNone.NONE;
        }));
        d.putStr("unregister_dialect", named("unregister_dialect", name -> {
            if (s.dialects.remove(name) == null) throw s.error("unknown dialect");
            return PyNone.NONE;
        }));
        d.putStr("get_dialect", named("get_dialect", s::lookup));
        d.putStr("list_dialects", PyBuiltinFunction.positional("list_dialects", "_csv", 0, 0,
                a -> Ops.call(BuiltinTypes.LIST, s.dialects)));
        ArgParser limitArgs = new ArgParser("field_size_limit", new String[] {"new_limit"}, 0, 1, 0);
        d.putStr("field_size_limit", new PyBuiltinFunction("field_size_limit", "_csv", (a, kw) -> {
            Object limit = limitArgs.parse(a, kw, 0)[0];
            long old = s.fieldLimit;
            if (limit != null) {
                if (!(limit instanceof Long n)) {
                    if (limit instanceof java.math.BigInteger) throw Errors.overflow("Python int too large to convert to C long");
                    throw Errors.typeError("limit must be an integer");
                }
                s.fieldLimit = n;
            }
            return old;
        }));
        return m;
    }

    /** A function of one argument {@code name}, positional or by keyword. */
    private static PyBuiltinFunction named(String fname, java.util.function.Function<Object, Object> body) {
        ArgParser p = new ArgParser(fname, new String[] {"name"}, 0, 1, 1);
        return new PyBuiltinFunction(fname, "_csv", (a, kw) -> body.apply(p.parse(a, kw, 0)[0]));
    }

    /**
     * Binds {@code f(first, dialect=None, **fmtparams)} as CPython's {@code PyArg_UnpackTuple(args, "", 1, 2)}
     * plus the keywords Dialect takes; returns the Dialect arguments.
     */
    private static Object[] bindWithDialect(Object[] a, String[] kw) {
        int npos = a.length - (kw == null ? 0 : kw.length);
        if (npos < 1) throw Errors.typeError(" expected at least 1 argument, got " + npos);
        if (npos > 2) throw Errors.typeError(" expected at most 2 arguments, got " + npos);
        return CsvDialect.bind(a, kw, 1);
    }
}
