package org.pyjit.runtime.modules.json;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code _json.make_scanner(context)}: the JSON decoder's {@code scan_once(string, idx)}, returning
 * {@code (value, end)} or raising {@code StopIteration(idx)} where no value starts, with the
 * context's {@code strict}, {@code object_hook}, {@code object_pairs_hook}, {@code parse_float},
 * {@code parse_int}, {@code parse_constant} and key memo, as CPython's C scanner.
 */
final class JsonScanner extends PyObject {
    static PyType type;

    private final boolean strict;
    private final Object objectHook, pairsHook, parseFloat, parseInt, parseConstant;
    private final PyDict memo = new PyDict();
    private String s;

    JsonScanner(Object context) {
        super(type);
        strict = Ops.isTrue(Ops.getAttr(context, "strict"));
        objectHook = noneToNull(Ops.getAttr(context, "object_hook"));
        pairsHook = noneToNull(Ops.getAttr(context, "object_pairs_hook"));
        Object pf = Ops.getAttr(context, "parse_float"), pi = Ops.getAttr(context, "parse_int");
        parseFloat = pf == BuiltinTypes.FLOAT ? null : pf;
        parseInt = pi == BuiltinTypes.INT ? null : pi;
        parseConstant = Ops.getAttr(context, "parse_constant");
    }

    private static Object noneToNull(Object o) {
        return o == PyNone.NONE ? null : o;
    }

    /** {@code scan_once(string, idx)}. */
    Object scanOnce(Object string, Object idxArg) {
        if (!(string instanceof String text)) throw Errors.typeError("first argument must be a string, not " + Ops.typeName(string));
        long idx = Ops.index(idxArg);
        if (idx < 0) throw Errors.valueError("idx cannot be negative");
        String outer = s; // an object hook may decode again with this scanner
        s = text;
        try {
            int[] end = {0};
            Object v = value(JsonStrings.charIndex(text, idx), end);
            return PyTuple.of(v, (long) JsonStrings.codePointIndex(text, end[0]));
        } finally {
            memo.clear();
            s = outer;
        }
    }

    private Object value(int i, int[] end) {
        String t = s;
        if (i >= t.length()) throw stop(i);
        char c = t.charAt(i);
        switch (c) {
            case '"' -> {
                return JsonStrings.scan(t, i + 1, strict, end);
            }
            case '{' -> {
                return object(i + 1, end);
            }
            case '[' -> {
                return array(i + 1, end);
            }
            case 'n' -> {
                if (t.startsWith("null", i)) {
                    end[0] = i + 4;
                    return PyNone.NONE;
                }
            }
            case 't' -> {
                if (t.startsWith("true", i)) {
                    end[0] = i + 4;
                    return true;
                }
            }
            case 'f' -> {
                if (t.startsWith("false", i)) {
                    end[0] = i + 5;
                    return false;
                }
            }
            case 'N' -> {
                if (t.startsWith("NaN", i)) return constant("NaN", i, 3, end);
            }
            case 'I' -> {
                if (t.startsWith("Infinity", i)) return constant("Infinity", i, 8, end);
            }
            case '-' -> {
                if (t.startsWith("-Infinity", i)) return constant("-Infinity", i, 9, end);
            }
            default -> { }
        }
        return number(i, end);
    }

    private Object constant(String name, int i, int len, int[] end) {
        end[0] = i + len;
        return Ops.call(parseConstant, name);
    }

    private Object number(int start, int[] end) {
        String t = s;
        int n = t.length(), i = start;
        if (i < n && t.charAt(i) == '-') i++;
        if (i >= n) throw stop(start);
        char c = t.charAt(i);
        if (c == '0') {
            i++;
        } else if (c >= '1' && c <= '9') {
            while (i < n && isDigit(t.charAt(i))) i++;
        } else {
            throw stop(start);
        }
        boolean isFloat = false;
        if (i + 1 < n && t.charAt(i) == '.' && isDigit(t.charAt(i + 1))) {
            i += 2;
            while (i < n && isDigit(t.charAt(i))) i++;
            isFloat = true;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            int e = i + 1;
            if (e < n && (t.charAt(e) == '+' || t.charAt(e) == '-')) e++;
            if (e < n && isDigit(t.charAt(e))) {
                while (e < n && isDigit(t.charAt(e))) e++;
                i = e;
                isFloat = true;
            }
        }
        end[0] = i;
        String text = t.substring(start, i);
        if (isFloat) return parseFloat == null ? Double.parseDouble(text) : Ops.call(parseFloat, text);
        if (parseInt != null) return Ops.call(parseInt, text);
        if (text.length() < 19) return Long.parseLong(text);
        if (text.length() > 640) return Ops.call(BuiltinTypes.INT, text); // int()'s digit limit applies
        BigInteger big = new BigInteger(text);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private int skipSpace(int i) {
        String t = s;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
            i++;
        }
        return i;
    }

    /** Nesting as CPython counts it: each container is one more level of the thread's recursion. */
    private int depth;

    private void enter(String what) {
        var ts = org.pyjit.runtime.interpreter.ThreadState.current();
        if (ts.depth + ++depth > org.pyjit.runtime.interpreter.ThreadState.recursionLimit()) {
            depth = 0;
            throw Errors.recursion("maximum recursion depth exceeded while decoding a JSON " + what + " from a unicode string");
        }
    }

    private Object object(int i, int[] end) {
        enter("object");
        try {
            return objectBody(i, end);
        } finally {
            if (depth > 0) depth--;
        }
    }

    private Object array(int i, int[] end) {
        enter("array");
        try {
            return arrayBody(i, end);
        } finally {
            if (depth > 0) depth--;
        }
    }

    private Object objectBody(int i, int[] end) {
        String t = s;
        PyList pairs = pairsHook != null ? new PyList() : null;
        PyDict dict = pairsHook == null ? new PyDict() : null;
        i = skipSpace(i);
        if (i < t.length() && t.charAt(i) == '}') {
            i++;
        } else {
            while (true) {
                if (i >= t.length() || t.charAt(i) != '"') {
                    throw JsonStrings.error("Expecting property name enclosed in double quotes", t, i);
                }
                String key = JsonStrings.scan(t, i + 1, strict, end);
                Object memoKey = memo.get(key);
                if (memoKey == null) memo.put(key, key);
                else key = (String) memoKey;
                i = skipSpace(end[0]);
                if (i >= t.length() || t.charAt(i) != ':') throw JsonStrings.error("Expecting ':' delimiter", t, i);
                i = skipSpace(i + 1);
                Object v = value(i, end);
                if (pairs != null) pairs.append(PyTuple.of(key, v));
                else dict.put(key, v);
                i = skipSpace(end[0]);
                if (i < t.length() && t.charAt(i) == '}') {
                    i++;
                    break;
                }
                if (i >= t.length() || t.charAt(i) != ',') throw JsonStrings.error("Expecting ',' delimiter", t, i);
                i = skipSpace(i + 1);
            }
        }
        end[0] = i;
        if (pairs != null) return Ops.call(pairsHook, pairs);
        return objectHook != null ? Ops.call(objectHook, dict) : dict;
    }

    private Object arrayBody(int i, int[] end) {
        String t = s;
        PyList list = new PyList();
        i = skipSpace(i);
        if (i < t.length() && t.charAt(i) == ']') {
            end[0] = i + 1;
            return list;
        }
        while (true) {
            list.append(value(i, end));
            i = skipSpace(end[0]);
            if (i < t.length() && t.charAt(i) == ']') {
                end[0] = i + 1;
                return list;
            }
            if (i >= t.length() || t.charAt(i) != ',') throw JsonStrings.error("Expecting ',' delimiter", t, i);
            i = skipSpace(i + 1);
        }
    }

    private org.pyjit.runtime.exceptions.PyException stop(int i) {
        return Errors.stopIteration((long) JsonStrings.codePointIndex(s, i));
    }
}
