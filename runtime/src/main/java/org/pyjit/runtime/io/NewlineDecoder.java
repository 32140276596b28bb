package org.pyjit.runtime.io;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code io.IncrementalNewlineDecoder}: wraps an incremental decoder (or None for text input),
 * records which line endings it saw and, with {@code translate}, turns {@code \r\n} and
 * {@code \r} into {@code \n}, holding back a trailing {@code \r} until the next call.
 */
final class NewlineDecoder extends PyObject {
    static final PyType TYPE = BuiltinTypes.make("IncrementalNewlineDecoder", BuiltinTypes.OBJECT, NewlineDecoder::new);

    private Object decoder = PyNone.NONE;
    private boolean translate, pendingCR;
    private int seen;

    private NewlineDecoder(PyType t) {
        super(t);
    }

    private static final ArgParser INIT = new ArgParser("IncrementalNewlineDecoder",
            new String[] {"decoder", "translate", "errors"}, 0, 3, 2);
    private static final ArgParser DECODE = new ArgParser("decode", new String[] {"input", "final"}, 0, 2, 1);

    static void install() {
        PyType t = TYPE;
        t.namespace.putStr("__module__", "_io");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> ((PyType) a[0]).instanceFactory.apply((PyType) a[0])));
        t.namespace.putStr("__init__", new PyMethodDescriptor(t, "__init__", (a, kw) -> {
            Object[] p = INIT.parse(a, kw, 1);
            NewlineDecoder d = (NewlineDecoder) a[0];
            d.decoder = p[0];
            d.translate = Ops.isTrue(p[1]);
            return PyNone.NONE;
        }));
        t.namespace.putStr("decode", new PyMethodDescriptor(t, "decode", (a, kw) -> {
            Object[] p = DECODE.parse(a, kw, 1);
            return ((NewlineDecoder) a[0]).decode(p[0], p[1] != null && Ops.isTrue(p[1]));
        }));
        m(t, "getstate", 0, 0, a -> {
            NewlineDecoder d = (NewlineDecoder) a[0];
            Object buf = new org.pyjit.runtime.objects.PyBytes(new byte[0]);
            long flag = 0;
            if (d.decoder != PyNone.NONE) {
                PyTuple st = (PyTuple) Ops.call(Ops.getAttr(d.decoder, "getstate"));
                buf = st.items[0];
                flag = Ops.index(st.items[1]) << 1;
            }
            if (d.pendingCR) flag |= 1;
            return PyTuple.of(buf, flag);
        });
        m(t, "setstate", 1, 1, a -> {
            NewlineDecoder d = (NewlineDecoder) a[0];
            PyTuple st = (PyTuple) a[1];
            long flag = Ops.index(st.items[1]);
            d.pendingCR = (flag & 1) != 0;
            if (d.decoder != PyNone.NONE) Ops.call(Ops.getAttr(d.decoder, "setstate"), PyTuple.of(st.items[0], flag >> 1));
            return PyNone.NONE;
        });
        m(t, "reset", 0, 0, a -> {
            NewlineDecoder d = (NewlineDecoder) a[0];
            d.seen = 0;
            d.pendingCR = false;
            if (d.decoder != PyNone.NONE) Ops.call(Ops.getAttr(d.decoder, "reset"));
            return PyNone.NONE;
        });
        t.namespace.putStr("newlines", new PyGetSetDescriptor(t, "newlines", o -> ((NewlineDecoder) o).newlines(), null));
    }

    private String decode(Object input, boolean fin) {
        Object out = decoder == PyNone.NONE ? input : Ops.callKw(Ops.getAttr(decoder, "decode"), new Object[] {input, fin},
                new String[] {"final"});
        if (!(out instanceof String s)) throw Errors.typeError("decoder should return a string result, not '" + Ops.typeName(out) + "'");
        String text = s;
        if (pendingCR && (!text.isEmpty() || fin)) {
            text = "\r" + text;
            pendingCR = false;
        }
        if (text.endsWith("\r") && !fin) {
            text = text.substring(0, text.length() - 1);
            pendingCR = true;
        }
        int cr = 0, lf = 0, crlf = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        if (cr > 0) seen |= 1;
        if (lf > 0) seen |= 2;
        if (crlf > 0) seen |= 4;
        if (translate && (cr > 0 || crlf > 0)) text = text.replace("\r\n", "\n").replace('\r', '\n');
        return text;
    }

    private Object newlines() {
        java.util.List<Object> kinds = new java.util.ArrayList<>();
        if ((seen & 1) != 0) kinds.add("\r");
        if ((seen & 2) != 0) kinds.add("\n");
        if ((seen & 4) != 0) kinds.add("\r\n");
        if (kinds.isEmpty()) return PyNone.NONE;
        return kinds.size() == 1 ? kinds.get(0) : new PyTuple(kinds.toArray());
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }
}
