package org.pyjit.runtime.types;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySet;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/**
 * A test-only evaluator for one-line Python expressions made of literals, builtin type calls,
 * method calls, subscripts and operators, executed through {@link Ops} — so a test can list
 * expressions once and compare pyjit's result with CPython's, until the real compiler is merged.
 */
final class MiniEval {
    private final String src;
    private int pos;

    private MiniEval(String src) {
        this.src = src;
    }

    static Object eval(String src) {
        MiniEval e = new MiniEval(src);
        Object v = e.expr();
        e.skip();
        if (e.pos != src.length()) throw new IllegalArgumentException("unparsed: " + src.substring(e.pos));
        return v;
    }

    private void skip() {
        while (pos < src.length() && src.charAt(pos) == ' ') pos++;
    }

    private boolean eat(String s) {
        skip();
        if (src.startsWith(s, pos)) {
            pos += s.length();
            return true;
        }
        return false;
    }

    private void expect(String s) {
        if (!eat(s)) throw new IllegalArgumentException("expected " + s + " at " + pos + " in " + src);
    }

    private Object expr() {
        Object left = arith();
        while (true) {
            skip();
            CompareOp op = null;
            for (String[] o : new String[][] {{"==", "EQ"}, {"!=", "NE"}, {"<=", "LE"}, {">=", "GE"}, {"<", "LT"}, {">", "GT"}, {"not in ", "NOT_IN"}, {"in ", "IN"}}) {
                if (eat(o[0])) {
                    op = CompareOp.valueOf(o[1]);
                    break;
                }
            }
            if (op == null) return left;
            left = Ops.compare(left, arith(), op);
        }
    }

    private Object arith() {
        Object left = term();
        while (true) {
            if (eat("+")) left = Ops.binary(left, term(), BinaryOp.ADD);
            else if (eat("- ")) left = Ops.binary(left, term(), BinaryOp.SUB);
            else if (eat("|")) left = Ops.binary(left, term(), BinaryOp.OR);
            else if (eat("&")) left = Ops.binary(left, term(), BinaryOp.AND);
            else if (eat("^")) left = Ops.binary(left, term(), BinaryOp.XOR);
            else return left;
        }
    }

    private Object term() {
        Object left = postfix();
        while (true) {
            if (eat("*")) left = Ops.binary(left, postfix(), BinaryOp.MUL);
            else if (eat("%")) left = Ops.binary(left, postfix(), BinaryOp.MOD);
            else if (eat("/")) left = Ops.binary(left, postfix(), BinaryOp.TRUEDIV);
            else return left;
        }
    }

    private Object postfix() {
        Object v = primary();
        if (eat("**")) return Ops.binary(v, postfix(), BinaryOp.POW);
        return v;
    }

    private Object primary() {
        Object v = atom();
        while (true) {
            if (eat(".")) {
                String name = name();
                v = Ops.getAttr(v, name);
            } else if (eat("(")) {
                v = call(v);
            } else if (eat("[")) {
                Object key = subscript();
                expect("]");
                v = Ops.getItem(v, key);
            } else {
                return v;
            }
        }
    }

    private Object call(Object f) {
        List<Object> args = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (!eat(")")) {
            skip();
            int save = pos;
            String n = isNameStart() ? name() : null;
            if (n != null && eat("=") && !src.startsWith("=", pos)) {
                names.add(n);
            } else {
                pos = save;
            }
            if (eat("*")) {
                for (Object x : SequenceSupport.toArray(expr())) args.add(x);
            } else {
                args.add(expr());
            }
            eat(",");
        }
        Object[] all = args.toArray();
        String[] kw = names.isEmpty() ? null : names.toArray(new String[0]);
        if (f instanceof PyType t) return ContainerCases.construct(t, all, kw == null ? new String[0] : kw);
        return Ops.callKw(f, all, kw);
    }

    private Object subscript() {
        Object[] parts = {PyNone.NONE, PyNone.NONE, PyNone.NONE};
        int k = 0;
        boolean isSlice = false;
        while (true) {
            skip();
            if (src.charAt(pos) != ':' && src.charAt(pos) != ']') parts[k] = expr();
            if (eat(":")) {
                isSlice = true;
                k++;
            } else {
                break;
            }
        }
        return isSlice ? new PySlice(parts[0], parts[1], parts[2]) : parts[0];
    }

    private boolean isNameStart() {
        skip();
        return pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_');
    }

    private String name() {
        skip();
        int s = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
        return src.substring(s, pos);
    }

    private Object atom() {
        skip();
        char c = src.charAt(pos);
        if (c == '-') {
            pos++;
            skip();
            if (Character.isDigit(src.charAt(pos))) { // a negative literal (no int.__neg__ needed)
                Object v = number();
                return v instanceof Double d ? (Object) (-d) : org.pyjit.runtime.ops.IntArith.normalize(org.pyjit.runtime.ops.IntArith.big(v).negate());
            }
            return Ops.unary(atom(), org.pyjit.runtime.ops.UnaryOp.USUB);
        }
        if ((c == 'b' || c == 'B') && pos + 1 < src.length() && (src.charAt(pos + 1) == '\'' || src.charAt(pos + 1) == '"')) {
            pos++;
            return new PyBytes(stringLiteral(true).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        if (c == '\'' || c == '"') return stringLiteral(false);
        if (Character.isDigit(c)) return number();
        if (c == '(') {
            pos++;
            List<Object> items = new ArrayList<>();
            boolean comma = false;
            while (!eat(")")) {
                items.add(expr());
                if (eat(",")) comma = true;
            }
            return items.size() == 1 && !comma ? items.get(0) : PyTuple.of(items.toArray());
        }
        if (c == '[') {
            pos++;
            PyList l = new PyList();
            while (!eat("]")) {
                l.append(expr());
                eat(",");
            }
            return l;
        }
        if (c == '{') {
            pos++;
            if (eat("}")) return new PyDict();
            Object first = expr();
            if (eat(":")) {
                PyDict d = new PyDict();
                d.put(first, expr());
                while (eat(",")) {
                    if (eat("}")) return d;
                    Object k = expr();
                    expect(":");
                    d.put(k, expr());
                }
                expect("}");
                return d;
            }
            PySet s = new PySet();
            s.add(first);
            while (eat(",")) {
                if (eat("}")) return s;
                s.add(expr());
            }
            expect("}");
            return s;
        }
        String n = name();
        return switch (n) {
            case "None" -> PyNone.NONE;
            case "True" -> true;
            case "False" -> false;
            case "bytes" -> BuiltinTypes.BYTES;
            case "bytearray" -> BuiltinTypes.BYTEARRAY;
            case "list" -> BuiltinTypes.LIST;
            case "tuple" -> BuiltinTypes.TUPLE;
            case "dict" -> BuiltinTypes.DICT;
            case "set" -> BuiltinTypes.SET;
            case "frozenset" -> BuiltinTypes.FROZENSET;
            case "range" -> BuiltinTypes.RANGE;
            case "slice" -> BuiltinTypes.SLICE;
            case "len" -> PyBuiltinFunction.positional("len", null, 1, 1, a -> Ops.len(a[0]));
            case "hash" -> PyBuiltinFunction.positional("hash", null, 1, 1, a -> Ops.hash(a[0]));
            case "str" -> PyBuiltinFunction.positional("str", null, 1, 1, a -> Ops.str(a[0]));
            case "repr" -> PyBuiltinFunction.positional("repr", null, 1, 1, a -> Ops.repr(a[0]));
            case "iter" -> PyBuiltinFunction.positional("iter", null, 1, 1, a -> Ops.iter(a[0]));
            case "float" -> PyBuiltinFunction.positional("float", null, 1, 1, a -> {
                String s = (String) a[0];
                return s.equals("inf") ? Double.POSITIVE_INFINITY : s.equals("-inf") ? Double.NEGATIVE_INFINITY
                        : s.equals("nan") ? Double.NaN : Double.parseDouble(s);
            });
            default -> throw new IllegalArgumentException("unknown name " + n + " in " + src);
        };
    }

    private Object number() {
        int s = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.' || src.charAt(pos) == '_'
                || (src.charAt(pos) == '-' || src.charAt(pos) == '+') && (src.charAt(pos - 1) == 'e'))) pos++;
        String t = src.substring(s, pos).replace("_", "");
        if (t.startsWith("0x")) return org.pyjit.runtime.ops.IntArith.normalize(new BigInteger(t.substring(2), 16));
        if (t.contains(".") || t.contains("e")) return Double.parseDouble(t);
        return org.pyjit.runtime.ops.IntArith.normalize(new BigInteger(t));
    }

    /** A quoted literal with Python's escapes; for bytes, chars are Latin-1 byte values. */
    private String stringLiteral(boolean bytes) {
        char q = src.charAt(pos++);
        StringBuilder b = new StringBuilder();
        while (src.charAt(pos) != q) {
            char c = src.charAt(pos++);
            if (c != '\\') {
                if (bytes && c > 127) {
                    ByteArrayOutputStream o = new ByteArrayOutputStream();
                    o.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    for (byte x : o.toByteArray()) b.append((char) (x & 0xff));
                } else {
                    b.append(c);
                }
                continue;
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case '0' -> b.append('\0');
                case 'x' -> {
                    b.append((char) Integer.parseInt(src.substring(pos, pos + 2), 16));
                    pos += 2;
                }
                case 'u' -> {
                    b.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> b.append(e);
            }
        }
        pos++;
        return b.toString();
    }
}
