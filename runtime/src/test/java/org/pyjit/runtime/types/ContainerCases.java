package org.pyjit.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySet;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/**
 * A batch of cases, each a Python expression and the Java computation that should give the same
 * result; {@link #verify()} runs every expression in one {@code python3} process and compares
 * {@code repr(result)} (or {@code "ExcType: message"}) line by line.
 */
final class ContainerCases {
    private final List<String> python = new ArrayList<>();
    private final List<Supplier<Object>> javaSide = new ArrayList<>();
    private final StringBuilder prelude = new StringBuilder();

    ContainerCases() {
        TypeRegistry.bootstrap();
        installStandIns();
    }

    /** Python statements run before the cases (definitions the expressions use). */
    ContainerCases prelude(String code) {
        prelude.append(code).append('\n');
        return this;
    }

    /** Cases evaluated on pyjit by {@link MiniEval}: the same text on both sides. */
    ContainerCases exprs(String... pythonExprs) {
        for (String e : pythonExprs) add(e, () -> MiniEval.eval(e));
        return this;
    }

    ContainerCases add(String pythonExpr, Supplier<Object> javaValue) {
        python.add(pythonExpr);
        javaSide.add(javaValue);
        return this;
    }

    /** Runs the Python side and asserts every case matches. */
    void verify() {
        StringBuilder script = new StringBuilder(prelude);
        script.append("def __show(f):\n")
                .append("    try:\n        r = repr(f())\n")
                .append("    except Exception as e:\n        r = '%s: %s' % (type(e).__name__, e)\n")
                .append("    print(r.encode('unicode_escape').decode('ascii'))\n");
        for (String p : python) script.append("__show(lambda: (").append(p).append("))\n");
        List<String> expected = Python3Batch.run(script.toString());
        assertEquals(python.size(), expected.size(), "python3 printed a different number of lines");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < python.size(); i++) {
            String got = escape(show(javaSide.get(i)));
            if (!expected.get(i).equals(got)) {
                failures.add(python.get(i) + "\n    python: " + expected.get(i) + "\n    pyjit:  " + got);
            }
        }
        assertEquals("", String.join("\n", failures), failures.size() + " of " + python.size() + " cases differ");
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\\') b.append("\\\\");
            else if (cp == '\n') b.append("\\n");
            else if (cp == '\t') b.append("\\t");
            else if (cp == '\r') b.append("\\r");
            else if (cp < 0x20 || cp >= 0x7f && cp < 0xa0) b.append(String.format("\\x%02x", cp));
            else if (cp < 0x7f) b.append((char) cp);
            else if (cp <= 0xff) b.append(String.format("\\x%02x", cp));
            else if (cp <= 0xffff) b.append(String.format("\\u%04x", cp));
            else b.append(String.format("\\U%08x", cp));
        }
        return b.toString();
    }

    static String show(Supplier<Object> value) {
        try {
            return Ops.repr(value.get());
        } catch (PyException e) {
            return describe(e);
        } catch (RuntimeException e) {
            return "JAVA " + e; // a Java exception escaping is a bug; show it as a mismatch
        }
    }

    /** {@code "TypeError: message"} as Python's {@code '%s: %s' % (type(e).__name__, e)} prints it. */
    static String describe(PyException e) {
        return e.value.type.name + ": " + Ops.str(e.value);
    }

    /**
     * Methods other helpers own (float repr, exception str…) may not be merged yet; until they
     * are, tests install minimal stand-ins so container reprs can be compared. A real method
     * installed by its owner always wins (stand-ins only fill gaps).
     */
    private static synchronized void installStandIns() {
        PyType f = BuiltinTypes.FLOAT;
        if (f.namespace.getStr("__repr__") == null) {
            f.namespace.putStr("__repr__", PyMethodDescriptor.positional(f, "__repr__", 0, 0, a -> {
                double d = (Double) a[0];
                if (d == Math.rint(d) && Math.abs(d) < 1e16) return String.valueOf((long) d) + ".0";
                return Double.toString(d);
            }));
        }
        for (PyType t : new PyType[] {f, BuiltinTypes.INT, BuiltinTypes.STR, BuiltinTypes.BOOL}) {
            if (t.namespace.getStr("__eq__") == null) {
                t.namespace.putStr("__eq__", PyMethodDescriptor.positional(t, "__eq__", 1, 1, a -> standInEq(a[0], a[1])));
            }
        }
    }

    private static Object standInEq(Object a, Object b) {
        if ((a instanceof Long || a instanceof Double || a instanceof Boolean) && (b instanceof Long || b instanceof Double || b instanceof Boolean)) {
            return num(a) == num(b);
        }
        if (a instanceof String && b instanceof String) return a.equals(b);
        return BuiltinTypes.NOT_IMPLEMENTED;
    }

    private static double num(Object o) {
        if (o instanceof Boolean b) return b ? 1 : 0;
        return ((Number) o).doubleValue();
    }

    // ------------------------------------------------------------------ value builders

    /** Java ints become Python ints (Long); everything else stays. */
    static Object py(Object o) {
        return o instanceof Integer i ? (Object) (long) i : o;
    }

    static Object[] py(Object... xs) {
        Object[] r = new Object[xs.length];
        for (int i = 0; i < xs.length; i++) r[i] = py(xs[i]);
        return r;
    }

    static PyList list(Object... xs) {
        return new PyList(py(xs));
    }

    static PyTuple tuple(Object... xs) {
        return PyTuple.of(py(xs));
    }

    static PyDict dict(Object... kv) {
        PyDict d = new PyDict();
        for (int i = 0; i < kv.length; i += 2) d.put(py(kv[i]), py(kv[i + 1]));
        return d;
    }

    static PySet set(Object... xs) {
        PySet s = new PySet();
        for (Object x : xs) s.add(py(x));
        return s;
    }

    static PySet frozenset(Object... xs) {
        PySet s = new PySet(BuiltinTypes.FROZENSET);
        for (Object x : xs) s.add(py(x));
        return s;
    }

    static PyBytes bytes(String latin1) {
        return new PyBytes(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    static final Object NONE = PyNone.NONE;

    /** {@code obj.name(args…)}. */
    static Object m(Object obj, String name, Object... args) {
        return Ops.call(Ops.getAttr(obj, name), py(args));
    }

    /** {@code obj.name(args…, **kw)} with keyword names/values given as alternating pairs after the positionals. */
    static Object mkw(Object obj, String name, Object[] args, Object... kw) {
        Object[] all = new Object[args.length + kw.length / 2];
        String[] names = new String[kw.length / 2];
        System.arraycopy(py(args), 0, all, 0, args.length);
        for (int i = 0; i < names.length; i++) {
            names[i] = (String) kw[2 * i];
            all[args.length + i] = py(kw[2 * i + 1]);
        }
        return Ops.callKw(Ops.getAttr(obj, name), all, names);
    }

    /**
     * {@code cls(args…)} the way {@code type.__call__} does it: {@code __new__}, then
     * {@code __init__} when the result is an instance of {@code cls}.
     */
    static Object construct(PyType cls, Object[] args, String... kwnames) {
        Object[] full = new Object[args.length + 1];
        full[0] = cls;
        System.arraycopy(py(args), 0, full, 1, args.length);
        Object obj = Ops.callKw(cls.lookup("__new__"), full, kwnames.length == 0 ? null : kwnames);
        if (Ops.typeOf(obj).isSubtypeOf(cls)) {
            Object init = Ops.typeOf(obj).lookup("__init__");
            if (init != null) {
                full[0] = obj;
                Ops.callKw(init, full, kwnames.length == 0 ? null : kwnames);
            }
        }
        return obj;
    }

    static Object construct(PyType cls, Object... args) {
        return construct(cls, args, new String[0]);
    }
}
