package org.pyjit.runtime.modules.pickle;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The type {@code _pickle.Unpickler}: {@code __init__}, {@code load}, {@code find_class},
 * {@code __sizeof__} and the attributes {@code memo} and {@code persistent_load}. Program
 * subclasses may override {@code find_class} and {@code persistent_load}.
 */
final class UnpicklerType {
    private UnpicklerType() {}

    static final PyType TYPE = BuiltinTypes.make("Unpickler", BuiltinTypes.OBJECT, Unpickler::new);
    static PyMethodDescriptor FIND_CLASS;
    private static final ArgParser INIT = new ArgParser("Unpickler", new String[] {"file", "fix_imports", "encoding", "errors", "buffers"}, 0, 1, 1);

    static void install() {
        PyType t = TYPE;
        t.namespace.putStr("__module__", "_pickle");
        t.namespace.putStr("__doc__", "This takes a binary file for reading a pickle data stream.");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> ((PyType) a[0]).instanceFactory.apply((PyType) a[0])));
        t.namespace.putStr("__init__", new PyMethodDescriptor(t, "__init__", (a, kw) -> {
            Object[] p = INIT.parse(a, kw, 1);
            self(a[0]).init(p[0], p[1], p[2], p[3], p[4]);
            return PyNone.NONE;
        }));
        t.namespace.putStr("load", PyMethodDescriptor.positional(t, "load", 0, 0, a -> self(a[0]).load()));
        FIND_CLASS = PyMethodDescriptor.positional(t, "find_class", 2, 2, a -> self(a[0]).findClassDefault(a[1], a[2]));
        t.namespace.putStr("find_class", FIND_CLASS);
        t.namespace.putStr("__sizeof__", PyMethodDescriptor.positional(t, "__sizeof__", 0, 0, a -> 128L + 8L * self(a[0]).memoLength()));
        t.namespace.putStr("memo", new PyGetSetDescriptor(t, "memo", o -> new PickleMemoProxies.UnpicklerMemoProxy(self(o)), (o, v) -> {
            if (v == null) throw Errors.typeError("attribute deletion is not supported");
            if (v instanceof PickleMemoProxies.UnpicklerMemoProxy proxy) self(o).setMemo(proxy.unpickler.memoCopy());
            else if (v instanceof PyDict d) self(o).setMemo(d);
            else throw Errors.typeError("'memo' attribute must be an UnpicklerMemoProxy object or dict, not " + Ops.typeName(v));
        }));
        t.namespace.putStr("persistent_load", new PyGetSetDescriptor(t, "persistent_load", o -> {
            Object f = self(o).persLoad;
            if (f == null) throw Errors.attributeError("persistent_load");
            return f;
        }, (o, v) -> {
            if (v == null) throw Errors.typeError("attribute deletion is not supported");
            if (!Ops.isCallable(v)) throw Errors.typeError("persistent_load must be a callable taking one argument");
            self(o).persLoad = v;
        }));
    }

    static Unpickler self(Object o) {
        if (o instanceof Unpickler u) return u;
        throw Errors.typeError("descriptor requires a '_pickle.Unpickler' object but received '" + Ops.typeName(o) + "'");
    }
}
