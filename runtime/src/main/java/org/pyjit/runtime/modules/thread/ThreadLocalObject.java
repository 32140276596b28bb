package org.pyjit.runtime.modules.thread;

import java.util.Map;
import java.util.WeakHashMap;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Attributes;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code _thread._local} ({@code threading.local}): an object whose attributes are per thread. The
 * instance dict is switched to the calling thread's before every attribute access; a thread that
 * sees the object for the first time gets a fresh dict and, for a subclass with its own
 * {@code __init__}, a call of it with the constructor's arguments, as CPython does.
 */
public final class ThreadLocalObject extends PyObject {
    public static final PyType TYPE = BuiltinTypes.make("_local", BuiltinTypes.OBJECT, ThreadLocalObject::new);

    private final Map<Thread, PyDict> dicts = new WeakHashMap<>();
    private Object[] initArgs = new Object[0];
    private String[] initKw;

    private ThreadLocalObject(PyType t) {
        super(t);
    }

    /** Makes the current thread's dict the instance dict (creating and initializing it on first use). */
    private synchronized void enter() {
        Thread me = Thread.currentThread();
        PyDict d = dicts.get(me);
        if (d == null) {
            d = new PyDict();
            dicts.put(me, d);
            this.dict = d;
            Object init = type.lookup("__init__");
            if (init != null && init != BuiltinTypes.OBJECT.lookup("__init__") && !dicts.isEmpty() && dicts.size() > 1) {
                Object[] args = new Object[initArgs.length + 1];
                args[0] = this;
                System.arraycopy(initArgs, 0, args, 1, initArgs.length);
                Ops.callKw(init, args, initKw);
            }
        }
        this.dict = d;
    }

    static void install() {
        PyType t = TYPE;
        t.namespace.putStr("__module__", "_thread");
        t.instancesHaveDict = true;
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            PyType cls = (PyType) a[0];
            boolean hasInit = cls.lookup("__init__") != BuiltinTypes.OBJECT.lookup("__init__");
            if (a.length > 1 && !hasInit) throw Errors.typeError("Initialization arguments are not supported");
            ThreadLocalObject o = (ThreadLocalObject) cls.instanceFactory.apply(cls);
            o.initArgs = java.util.Arrays.copyOfRange(a, 1, a.length);
            o.initKw = kw;
            o.enter();
            return o;
        }));
        method(t, "__getattribute__", 1, 1, a -> {
            ThreadLocalObject o = (ThreadLocalObject) a[0];
            o.enter();
            String name = Ops.str(a[1]);
            Object v = Attributes.genericGetOrNull(o, Ops.typeOf(o), name);
            if (v == null) throw Errors.noAttribute(o, name);
            return v;
        });
        method(t, "__setattr__", 2, 2, a -> {
            ((ThreadLocalObject) a[0]).enter();
            Ops.call(Attributes.objectSetattr, a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        method(t, "__delattr__", 1, 1, a -> {
            ((ThreadLocalObject) a[0]).enter();
            Ops.call(Attributes.objectDelattr, a[0], a[1]);
            return PyNone.NONE;
        });
    }

    private static void method(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }
}
