package org.pyjit.runtime.modules.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code _json.make_encoder(markers, default, encoder, indent, key_separator, item_separator,
 * sort_keys, skipkeys, allow_nan)}: the one-shot encoder {@code json.dumps} uses when there is no
 * indent. Calling it with {@code (obj, indent_level)} returns the JSON text as a one-item tuple
 * (the caller joins the chunks). Output, errors and the circular-reference check follow CPython's
 * C encoder: exact dicts, lists and tuples (and their subclasses) directly, int and float subclasses
 * by the base type's repr, anything else through {@code default}.
 */
final class JsonEncoder extends PyObject {
    static PyType type;

    private final PyDict markers;
    private final Object defaultFn, encoder;
    private final String keySeparator, itemSeparator;
    private final boolean sortKeys, skipKeys, allowNan;
    /** The encoder is one of the module's own string encoders: call them directly. */
    private final int fastEncoder;

    JsonEncoder(Object[] a) {
        super(type);
        markers = a[0] instanceof PyDict d ? d : null;
        if (a[0] != PyNone.NONE && markers == null) throw Errors.typeError("make_encoder() argument 1 must be dict or None, not " + Ops.typeName(a[0]));
        defaultFn = a[1];
        encoder = a[2];
        if (a[3] != PyNone.NONE) throw Errors.typeError("make_encoder() argument 4 must be None, not " + Ops.typeName(a[3]));
        keySeparator = text(a[4], 5);
        itemSeparator = text(a[5], 6);
        sortKeys = Ops.isTrue(a[6]);
        skipKeys = Ops.isTrue(a[7]);
        allowNan = Ops.isTrue(a[8]);
        fastEncoder = encoder == JsonModule.ENCODE_ASCII ? 1 : encoder == JsonModule.ENCODE ? 2 : 0;
    }

    private static String text(Object o, int n) {
        if (o instanceof String s) return s;
        throw Errors.typeError("make_encoder() argument " + n + " must be str, not " + Ops.typeName(o));
    }

    Object encodeTop(Object obj) {
        StringBuilder out = new StringBuilder();
        encode(obj, out);
        return PyTuple.of(out.toString());
    }

    private void encode(Object o, StringBuilder out) {
        if (o == PyNone.NONE) {
            out.append("null");
        } else if (o instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (o instanceof String s) {
            out.append(string(s));
        } else if (o instanceof Long || o instanceof BigInteger) {
            out.append(Ops.repr(o));
        } else if (o instanceof Double d) {
            out.append(floatText(d));
        } else if (o instanceof PyBoxed b && (b.value instanceof Long || b.value instanceof BigInteger || b.value instanceof Double)) {
            out.append(b.value instanceof Double d ? floatText(d) : Ops.repr(b.value));
        } else if (o instanceof PyBoxed b && b.value instanceof String s) {
            out.append(string(s));
        } else if (o instanceof PyList || o instanceof PyTuple) {
            nested("array", () -> sequence(o, out));
        } else if (o instanceof PyDict d) {
            nested("object", () -> dict(d, out));
        } else {
            nested("object", () -> {
                Object id = enter(o);
                Object replacement = Ops.call(defaultFn, o);
                encode(replacement, out);
                leave(id);
            });
        }
    }

    private String string(String s) {
        return switch (fastEncoder) {
            case 1 -> JsonStrings.encode(s, true);
            case 2 -> JsonStrings.encode(s, false);
            default -> {
                Object r = Ops.call(encoder, s);
                if (!(r instanceof String t)) throw Errors.typeError("encoder() must return a string, not " + Ops.typeName(r));
                yield t;
            }
        };
    }

    private String floatText(double d) {
        if (Double.isFinite(d)) return Ops.repr(d);
        if (!allowNan) throw Errors.valueError("Out of range float values are not JSON compliant");
        return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    private Object enter(Object o) {
        if (markers == null) return null;
        Object id = org.pyjit.runtime.objects.ObjectIdentity.id(o);
        if (markers.get(id) != null) throw Errors.valueError("Circular reference detected");
        markers.put(id, o);
        return id;
    }

    private void leave(Object id) {
        if (id != null) markers.remove(id);
    }

    private int depth;

    /** One more nesting level (CPython counts it against the recursion limit); {@code body} encodes the container. */
    private void nested(String what, Runnable body) {
        var ts = org.pyjit.runtime.interpreter.ThreadState.current();
        if (ts.depth + ++depth > org.pyjit.runtime.interpreter.ThreadState.recursionLimit()) {
            depth--;
            throw Errors.recursion("maximum recursion depth exceeded while encoding a JSON " + what);
        }
        try {
            body.run();
        } finally {
            depth--;
        }
    }

    private void sequence(Object seq, StringBuilder out) {
        Object[] items;
        int n;
        if (seq instanceof PyList l) {
            items = l.items;
            n = l.size;
        } else {
            items = ((PyTuple) seq).items;
            n = items.length;
        }
        if (n == 0) {
            out.append("[]");
            return;
        }
        Object id = enter(seq);
        out.append('[');
        PyList list = seq instanceof PyList l ? l : null;
        for (int i = 0; i < (list != null ? list.size : n); i++) { // default() may change a list as it goes
            if (i > 0) out.append(itemSeparator);
            encode(list != null ? list.items[i] : items[i], out);
        }
        out.append(']');
        leave(id);
    }

    private void dict(PyDict d, StringBuilder out) {
        if (d.size() == 0) {
            out.append("{}");
            return;
        }
        Object id = enter(d);
        out.append('{');
        List<Object[]> entries = new ArrayList<>(d.size());
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) entries.add(new Object[] {d.keyAt(e), d.valueAt(e)});
        if (sortKeys) {
            PyList keys = new PyList();
            for (Object[] kv : entries) keys.append(PyTuple.of(kv[0], kv[1]));
            Ops.call(Ops.getAttr(keys, "sort"));
            entries.clear();
            for (int i = 0; i < keys.size; i++) entries.add(((PyTuple) keys.items[i]).items);
        }
        boolean first = true;
        for (Object[] kv : entries) {
            String key = keyText(kv[0]);
            if (key == null) continue;
            if (!first) out.append(itemSeparator);
            first = false;
            out.append(string(key)).append(keySeparator);
            encode(kv[1], out);
        }
        out.append('}');
        leave(id);
    }

    /** A dict key as JSON text (before quoting), or null to skip it ({@code skipkeys}). */
    private String keyText(Object k) {
        if (k instanceof PyBoxed b) k = b.value instanceof String || b.value instanceof Double || b.value instanceof Long
                || b.value instanceof BigInteger ? b.value : k;
        if (k instanceof String s) return s;
        if (k instanceof Double d) return floatText(d);
        if (k instanceof Boolean b) return b ? "true" : "false";
        if (k == PyNone.NONE) return "null";
        if (k instanceof Long || k instanceof BigInteger) return Ops.repr(k);
        if (skipKeys) return null;
        throw Errors.typeError("keys must be str, int, float, bool or None, not " + Ops.typeName(k));
    }
}
