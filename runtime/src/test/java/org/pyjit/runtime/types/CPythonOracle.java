package org.pyjit.runtime.types;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.StringRepr;

/**
 * Collects Python expressions paired with the same computation done through pyjit's {@link Ops},
 * runs all the expressions in one {@code python3} (CPython 3.11) process, and compares each
 * result's repr, or its exception type and message, with pyjit's. Expected values therefore
 * always come from CPython itself.
 */
final class CPythonOracle {
    private record Case(String python, Supplier<Object> java) {}

    private final List<Case> cases = new ArrayList<>();
    private final String preamble;

    CPythonOracle() {
        this("");
    }

    /** {@code preamble}: Python statements run before the expressions (helper classes). */
    CPythonOracle(String preamble) {
        TypeRegistry.bootstrap();
        this.preamble = preamble;
    }

    int size() {
        return cases.size();
    }

    /** A Python expression and the pyjit computation that must give the same result. */
    CPythonOracle expr(String python, Supplier<Object> java) {
        cases.add(new Case(python, java));
        return this;
    }

    /** {@code recv.method(*args)}. */
    CPythonOracle call(Object recv, String method, Object... args) {
        StringBuilder p = new StringBuilder("(").append(py(recv)).append(").").append(method).append('(');
        for (int i = 0; i < args.length; i++) p.append(i > 0 ? ", " : "").append(py(args[i]));
        return expr(p.append(')').toString(), () -> Ops.call(Ops.getAttr(recv, method), args));
    }

    /** {@code recv.method(*args, **dict(zip(kwnames, kwvalues)))}. */
    CPythonOracle callKw(Object recv, String method, Object[] args, String[] kwnames, Object[] kwvalues) {
        StringBuilder p = new StringBuilder("(").append(py(recv)).append(").").append(method).append('(');
        List<String> parts = new ArrayList<>();
        for (Object a : args) parts.add(py(a));
        for (int i = 0; i < kwnames.length; i++) parts.add(kwnames[i] + "=" + py(kwvalues[i]));
        p.append(String.join(", ", parts)).append(')');
        Object[] all = new Object[args.length + kwvalues.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(kwvalues, 0, all, args.length, kwvalues.length);
        return expr(p.toString(), () -> Ops.callKw(Ops.getAttr(recv, method), all, kwnames));
    }

    /** {@code a OP b} for a binary operator. */
    CPythonOracle binary(Object a, BinaryOp op, Object b) {
        return expr("(" + py(a) + ") " + op.symbol + " (" + py(b) + ")", () -> Ops.binary(a, b, op));
    }

    /** {@code a OP b} for a comparison. */
    CPythonOracle compare(Object a, CompareOp op, Object b) {
        return expr("(" + py(a) + ") " + op.symbol + " (" + py(b) + ")", () -> Ops.compare(a, b, op));
    }

    /** {@code type(*args)} through the type's {@code __new__} (the type-call machinery is not ours). */
    CPythonOracle construct(PyType type, Object... args) {
        StringBuilder p = new StringBuilder(type.name).append('(');
        for (int i = 0; i < args.length; i++) p.append(i > 0 ? ", " : "").append(py(args[i]));
        return expr(p.append(')').toString(), () -> newInstance(type, args, null));
    }

    static Object newInstance(PyType type, Object[] args, String[] kwnames) {
        Object[] full = new Object[args.length + 1];
        full[0] = type;
        System.arraycopy(args, 0, full, 1, args.length);
        return Ops.callKw(type.namespace.getStr("__new__"), full, kwnames);
    }

    // ------------------------------------------------------------------ running

    /** Runs python3 once over all cases and fails listing every difference. */
    void check() {
        List<String> expected = runPython();
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String actual = outcome(c.java);
            if (!actual.equals(expected.get(i))) {
                diffs.add(c.python + "\n    cpython: " + expected.get(i) + "\n    pyjit:   " + actual);
            }
        }
        if (!diffs.isEmpty()) {
            fail(diffs.size() + " of " + cases.size() + " cases differ from CPython:\n"
                    + String.join("\n", diffs.subList(0, Math.min(60, diffs.size()))));
        }
    }

    private List<String> runPython() {
        try {
            Path dir = Files.createTempDirectory("pyjit-oracle");
            Path exprs = dir.resolve("cases.jsonl");
            StringBuilder b = new StringBuilder();
            for (Case c : cases) b.append(json(c.python)).append('\n');
            Files.writeString(exprs, b, StandardCharsets.UTF_8);
            Path script = dir.resolve("oracle.py");
            Files.writeString(script, SCRIPT.replace("#PREAMBLE#", preamble), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("python3", "-W", "ignore", script.toString(), exprs.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) throw new IllegalStateException("python3 failed");
            List<String> lines = new String(out, StandardCharsets.UTF_8).lines().map(CPythonOracle::unjson).toList();
            if (lines.size() != cases.size()) throw new IllegalStateException("python3 gave " + lines.size() + " results");
            for (Path f : new Path[] {exprs, script, dir}) Files.deleteIfExists(f);
            return lines;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String SCRIPT = """
            import sys, json
            #PREAMBLE#
            for line in open(sys.argv[1], encoding='utf-8'):
                try:
                    text = repr(eval(json.loads(line)))
                except BaseException as e:
                    text = '!' + type(e).__name__ + ': ' + str(e)
                print(json.dumps(text))
            """;

    /** A JSON string literal of {@code s} (ASCII only). */
    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20 || c >= 0x7f) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    /** Decodes one JSON string literal. */
    static String unjson(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }

    /** The outcome of a pyjit computation in the form the script prints for CPython's. */
    static String outcome(Supplier<Object> java) {
        try {
            return repr(java.get());
        } catch (PyException e) {
            return "!" + e.value.type.name + ": " + message(e.value);
        } catch (RuntimeException e) {
            return "!JAVA " + e;
        }
    }

    static String message(org.pyjit.runtime.exceptions.PyBaseException e) {
        Object[] args = e.args.items;
        if (e.type == ExceptionTypes.UNICODE_ENCODE_ERROR && args.length == 5) {
            String s = (String) args[1];
            long start = (Long) args[2], end = (Long) args[3];
            if (end == start + 1) {
                int cp = s.codePointAt(s.offsetByCodePoints(0, (int) start));
                String ch = cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                        : String.format("\\U%08x", cp);
                return "'" + args[0] + "' codec can't encode character '" + ch + "' in position " + start + ": " + args[4];
            }
            return "'" + args[0] + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": " + args[4];
        }
        if (args.length == 0) return "";
        if (args.length == 1) return e.type == ExceptionTypes.KEY_ERROR ? repr(args[0]) : strOf(args[0]);
        return repr(PyTuple.of(args));
    }

    private static String strOf(Object o) {
        return o instanceof String s ? s : repr(o);
    }

    /** repr of results, containers included (their own reprs are another module's). */
    static String repr(Object o) {
        if (o instanceof PyTuple t) {
            List<String> items = new ArrayList<>();
            for (Object x : t.items) items.add(repr(x));
            return "(" + String.join(", ", items) + (items.size() == 1 ? ",)" : ")");
        }
        if (o instanceof PyList l) {
            List<String> items = new ArrayList<>();
            for (Object x : l.toArray()) items.add(repr(x));
            return "[" + String.join(", ", items) + "]";
        }
        if (o instanceof PyDict d) {
            List<String> items = new ArrayList<>();
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) items.add(repr(d.keyAt(e)) + ": " + repr(d.valueAt(e)));
            return "{" + String.join(", ", items) + "}";
        }
        if (o instanceof PyBytes b) return bytesRepr(b.toArray());
        if (o == org.pyjit.runtime.types.BuiltinTypes.NOT_IMPLEMENTED) return "NotImplemented";
        return Ops.repr(o);
    }

    static String bytesRepr(byte[] bytes) {
        boolean single = false, dbl = false;
        for (byte x : bytes) {
            if (x == '\'') single = true;
            if (x == '"') dbl = true;
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte x : bytes) {
            int c = x & 0xff;
            if (c == q || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(q).toString();
    }

    // ------------------------------------------------------------------ Python source of Java values

    /** Python source text evaluating to the value {@code o}. */
    static String py(Object o) {
        if (o instanceof String s) return StringRepr.repr(s);
        if (o instanceof Long || o instanceof BigInteger) return o.toString();
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o == PyNone.NONE) return "None";
        if (o instanceof Double d) {
            if (Double.isNaN(d)) return "float('nan')";
            if (Double.isInfinite(d)) return d > 0 ? "float('inf')" : "float('-inf')";
            return "float.fromhex('" + Double.toHexString(d) + "')";
        }
        if (o instanceof PyComplex c) return "complex(" + py(c.real) + ", " + py(c.imag) + ")";
        if (o instanceof PyTuple t) {
            List<String> items = new ArrayList<>();
            for (Object x : t.items) items.add(py(x));
            return "(" + String.join(", ", items) + (items.size() == 1 ? ",)" : ")");
        }
        if (o instanceof PyList l) {
            List<String> items = new ArrayList<>();
            for (Object x : l.toArray()) items.add(py(x));
            return "[" + String.join(", ", items) + "]";
        }
        if (o instanceof PyDict d) {
            List<String> items = new ArrayList<>();
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) items.add(py(d.keyAt(e)) + ": " + py(d.valueAt(e)));
            return "{" + String.join(", ", items) + "}";
        }
        if (o instanceof PyBytes b) {
            List<String> items = new ArrayList<>();
            for (byte x : b.toArray()) items.add(String.valueOf(x & 0xff));
            return "bytes([" + String.join(", ", items) + "])";
        }
        if (o instanceof PySlice s) return "slice(" + py(s.start) + ", " + py(s.stop) + ", " + py(s.step) + ")";
        if (o instanceof PyType t) return t.name;
        throw new IllegalArgumentException("no Python source for " + o);
    }

    // ------------------------------------------------------------------ small builders

    /** The builtin {@code divmod(a, b)} (the builtins module is not ours): {@code __divmod__}, then {@code __rdivmod__}. */
    static Object divmod(Object a, Object b) {
        Object r = Ops.callSpecial(a, "__divmod__", b);
        if (r == null || r == org.pyjit.runtime.types.BuiltinTypes.NOT_IMPLEMENTED) r = Ops.callSpecial(b, "__rdivmod__", a);
        if (r == null || r == org.pyjit.runtime.types.BuiltinTypes.NOT_IMPLEMENTED) {
            throw org.pyjit.runtime.exceptions.Errors.typeError("unsupported operand type(s) for divmod(): '"
                    + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
        }
        return r;
    }

    static PyTuple tuple(Object... items) {
        return PyTuple.of(items);
    }

    static PyList list(Object... items) {
        return new PyList(items);
    }

    static PyDict dict(Object... kv) {
        PyDict d = new PyDict();
        for (int i = 0; i < kv.length; i += 2) d.put(kv[i], kv[i + 1]);
        return d;
    }

    static BigInteger big(String decimal) {
        return new BigInteger(decimal);
    }
}
