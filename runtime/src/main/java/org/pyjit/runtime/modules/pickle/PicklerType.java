package org.pyjit.runtime.modules.pickle;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The type {@code _pickle.Pickler}: {@code __init__}, {@code dump}, {@code clear_memo},
 * {@code __sizeof__} and the attributes {@code memo}, {@code persistent_id}, {@code dispatch_table},
 * {@code fast}, {@code bin}. Program subclasses may override {@code persistent_id},
 * {@code reducer_override} and {@code dispatch_table}.
 */
final class PicklerType {
    private PicklerType() {}

    static final PyType TYPE = BuiltinTypes.make("Pickler", BuiltinTypes.OBJECT, Pickler::new);
    private static final ArgParser INIT = new ArgParser("Pickler", new String[] {"file", "protocol", "fix_imports", "buffer_callback"}, 0, 4, 1);

    static void install() {
        PyType t = TYPE;
        t.namespace.putStr("__module__", "_pickle");
        t.namespace.putStr("__doc__", "This takes a binary file for writing a pickle data stream.");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> ((PyType) a[0]).instanceFactory.apply((PyType) a[0])));
        t.namespace.putStr("__init__", new PyMethodDescriptor(t, "__init__", (a, kw) -> {
            Object[] p = INIT.parse(a, kw, 1);
            self(a[0]).init(p[0], p[1], p[2], p[3]);
            return PyNone.NONE;
        }));
        m(t, "dump", 1, 1, a -> {
            self(a[0]).dump(a[1]);
            return PyNone.NONE;
        });
        m(t, "clear_memo", 0, 0, a -> {
            self(a[0]).memo.clear();
            return PyNone.NONE;
        });
        m(t, "__sizeof__", 0, 0, a -> 64L + self(a[0]).out.buf.length + 16L * self(a[0]).memo.size());
        t.namespace.putStr("memo", new PyGetSetDescriptor(t, "memo", o -> new PickleMemoProxies.PicklerMemoProxy(self(o)),
                (o, v) -> PickleMemoProxies.setPicklerMemo(self(o), v)));
        t.namespace.putStr("persistent_id", new PyGetSetDescriptor(t, "persistent_id", o -> {
            Object f = self(o).persFunc;
            if (f == null) throw Errors.attributeError("persistent_id");
            return f;
        }, (o, v) -> {
            if (v == null) throw Errors.typeError("attribute deletion is not supported");
            if (!Ops.isCallable(v)) throw Errors.typeError("persistent_id must be a callable taking one argument");
            self(o).persFunc = v;
        }));
        t.namespace.putStr("dispatch_table", new PyGetSetDescriptor(t, "dispatch_table", o -> {
            Object d = self(o).dispatchTable;
            if (d == null) throw Errors.attributeError("dispatch_table");
            return d;
        }, (o, v) -> self(o).dispatchTable = v));
        t.namespace.putStr("fast", new PyGetSetDescriptor(t, "fast", o -> self(o).fast ? 1L : 0L, (o, v) -> {
            if (v == null) throw Errors.typeError("attribute deletion is not supported");
            self(o).fast = Ops.isTrue(v);
        }));
        t.namespace.putStr("bin", new PyGetSetDescriptor(t, "bin", o -> self(o).bin ? 1L : 0L, (o, v) -> {
            if (v == null) throw Errors.typeError("attribute deletion is not supported");
            self(o).bin = Ops.isTrue(v);
        }));
    }

    static Pickler self(Object o) {
        if (o instanceof Pickler p) return p;
        throw Errors.typeError("descriptor requires a '_pickle.Pickler' object but received '" + Ops.typeName(o) + "'");
    }

    /** The bytes written so far by a Pickler with no file (used by {@code dumps}). */
    static PyBytes output(Pickler p) {
        return new PyBytes(p.out.toArray());
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }
}
