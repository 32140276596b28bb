package org.pyjit.runtime.modules.csv;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.string.Strings;

/**
 * {@code _csv.Dialect}: the validated, immutable set of options a reader or writer works with.
 * Characters are code points; {@link #NOT_SET} stands for an absent quote or escape character
 * (NUL is an ordinary character in 3.11).
 */
final class CsvDialect extends PyObject {
    static final int NOT_SET = -1;
    static final int QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3;
    private static final String[] KEYWORDS = {"dialect", "delimiter", "doublequote", "escapechar", "lineterminator",
        "quotechar", "quoting", "skipinitialspace", "strict"};

    static final PyType TYPE = makeType();

    int delimiter = ',';
    int quotechar = '"';
    int escapechar = NOT_SET;
    boolean doublequote = true;
    boolean skipinitialspace;
    boolean strict;
    String lineterminator = "\r\n";
    int quoting = QUOTE_MINIMAL;

    private CsvDialect(PyType type) {
        super(type);
    }

    /**
     * {@code Dialect(dialect=None, **fmtparams)} as the reader, writer and register_dialect call it:
     * {@code dialect} is a registered name, a Dialect (returned as is when no option overrides it)
     * or any object whose attributes give the options.
     */
    static CsvDialect of(Object dialect, Object[] options) {
        return create(TYPE, dialect, options);
    }

    private static CsvDialect create(PyType cls, Object dialect, Object[] options) {
        boolean overridden = false;
        for (Object o : options) overridden |= o != null;
        if (dialect != null) {
            if (Strings.asStr(dialect) != null) dialect = CsvModule.state().lookup(dialect);
            if (dialect instanceof CsvDialect d && !overridden) return d;
        }
        Object[] v = options.clone();
        if (dialect != null) {
            for (int i = 0; i < v.length; i++) {
                if (v[i] == null) v[i] = Ops.getAttrOrNull(dialect, KEYWORDS[i + 1]);
            }
        }
        CsvDialect d = new CsvDialect(cls);
        if (v[0] != null) d.delimiter = character("delimiter", v[0], false);
        if (v[1] != null) d.doublequote = Ops.isTrue(v[1]);
        if (v[2] != null) d.escapechar = character("escapechar", v[2], true);
        if (v[3] != null) d.lineterminator = lineTerminator(v[3]);
        if (v[4] != null) d.quotechar = character("quotechar", v[4], true);
        if (v[5] != null) d.quoting = quoting(v[5]);
        if (v[6] != null) d.skipinitialspace = Ops.isTrue(v[6]);
        if (v[7] != null) d.strict = Ops.isTrue(v[7]);
        if (d.quoting < QUOTE_MINIMAL || d.quoting > QUOTE_NONE) throw Errors.typeError("bad \"quoting\" value");
        if (v[4] == PyNone.NONE && v[5] == null) d.quoting = QUOTE_NONE;
        if (d.quoting != QUOTE_NONE && d.quotechar == NOT_SET) {
            throw Errors.typeError("quotechar must be set if quoting enabled");
        }
        if (d.lineterminator == null) throw Errors.typeError("lineterminator must be set");
        return d;
    }

    private static int character(String name, Object src, boolean noneAllowed) {
        if (noneAllowed && src == PyNone.NONE) return NOT_SET;
        String s = Strings.asStr(src);
        if (s == null) throw Errors.typeError("\"" + name + "\" must be string" + (noneAllowed ? " or None" : "") + ", not " + Ops.typeName(src));
        if (s.isEmpty() || s.codePointCount(0, s.length()) != 1) {
            throw Errors.typeError("\"" + name + "\" must be a 1-character string");
        }
        return s.codePointAt(0);
    }

    private static String lineTerminator(Object src) {
        if (src == PyNone.NONE) return null;
        String s = Strings.asStr(src);
        if (s == null) throw Errors.typeError("\"lineterminator\" must be a string");
        return s;
    }

    private static int quoting(Object src) {
        if (!(src instanceof Long n)) throw Errors.typeError("\"quoting\" must be an integer");
        if (n != n.intValue()) throw Errors.overflow("Python int too large to convert to C int");
        return n.intValue();
    }

    /**
     * Binds {@code Dialect(dialect=None, **fmtparams)} arguments after {@code skip} leading ones:
     * slot 0 is the dialect, 1-8 the options (null where not given).
     */
    static Object[] bind(Object[] args, String[] kwnames, int skip) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw - skip;
        if (npos > KEYWORDS.length) throw Errors.typeError("function takes at most 9 arguments (" + npos + " given)");
        Object[] bound = new Object[KEYWORDS.length];
        System.arraycopy(args, skip, bound, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int idx = 0;
            while (idx < KEYWORDS.length && !KEYWORDS[idx].equals(kwnames[k])) idx++;
            if (idx == KEYWORDS.length) throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for this function");
            if (bound[idx] != null) {
                throw Errors.typeError("argument for function given by name ('" + kwnames[k] + "') and position (" + (idx + 1) + ")");
            }
            bound[idx] = args[args.length - nkw + k];
        }
        return bound;
    }

    static Object[] options(Object[] bound) {
        return java.util.Arrays.copyOfRange(bound, 1, bound.length);
    }

    private static Object charOrNone(int c) {
        return c == NOT_SET ? PyNone.NONE : Character.toString(c);
    }

    private static PyType makeType() {
        PyType t = BuiltinTypes.make("Dialect", BuiltinTypes.OBJECT);
        t.namespace.putStr("__module__", "_csv");
        t.namespace.putStr("__doc__", "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (args, kw) -> {
            Object[] bound = bind(args, kw, 1);
            return create((PyType) args[0], bound[0], options(bound));
        }));
        getter(t, "delimiter", d -> Character.toString(d.delimiter), false);
        getter(t, "quotechar", d -> charOrNone(d.quotechar), false);
        getter(t, "escapechar", d -> charOrNone(d.escapechar), false);
        getter(t, "lineterminator", d -> d.lineterminator, false);
        getter(t, "quoting", d -> (long) d.quoting, false);
        getter(t, "doublequote", d -> d.doublequote, true);
        getter(t, "skipinitialspace", d -> d.skipinitialspace, true);
        getter(t, "strict", d -> d.strict, true);
        return t;
    }

    /** A read-only attribute; members ({@code member}) and computed attributes fail differently on assignment. */
    private static void getter(PyType t, String name, java.util.function.Function<CsvDialect, Object> get, boolean member) {
        t.namespace.putStr(name, new PyGetSetDescriptor(t, name, o -> {
            if (!(o instanceof CsvDialect d)) {
                throw Errors.typeError("descriptor '" + name + "' for '_csv.Dialect' objects doesn't apply to a '" + Ops.typeName(o) + "' object");
            }
            return get.apply(d);
        }, (o, v) -> {
            throw Errors.attributeError(member ? "readonly attribute" : "attribute '" + name + "' of '_csv.Dialect' objects is not writable");
        }));
    }
}
