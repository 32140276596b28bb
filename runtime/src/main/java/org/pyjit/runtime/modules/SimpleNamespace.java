package org.pyjit.runtime.modules;

import java.util.IdentityHashMap;
import java.util.Map;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code types.SimpleNamespace}: attributes set from keyword arguments, repr
 * {@code namespace(a=1)}. The {@code types} module finds it as {@code type(sys.implementation)}.
 */
public final class SimpleNamespace {
    private SimpleNamespace() {}

    public static final PyType TYPE = makeType();

    /** Guards repr against self-reference, per thread. */
    private static final ThreadLocal<Map<Object, Boolean>> REPR_ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    private static PyType makeType() {
        PyType t = BuiltinTypes.make("SimpleNamespace", BuiltinTypes.OBJECT, PyObject::new);
        t.instancesHaveDict = true;
        t.namespace.putStr("__module__", "types");
        t.namespace.putStr("__dict__", new org.pyjit.runtime.objects.PyGetSetDescriptor(t, "__dict__",
                o -> ((PyObject) o).materializeDict(), null));
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (args, kw) -> new PyObject((PyType) args[0])));
        t.namespace.putStr("__init__", new PyMethodDescriptor(t, "__init__", (args, kwnames) -> {
            int nkw = kwnames == null ? 0 : kwnames.length;
            if (args.length - nkw > 1) throw Errors.typeError("no positional arguments expected");
            PyObject self = (PyObject) args[0];
            for (int k = 0; k < nkw; k++) self.setInstanceAttr(kwnames[k], args[args.length - nkw + k]);
            return PyNone.NONE;
        }));
        t.namespace.putStr("__repr__", PyMethodDescriptor.positional(t, "__repr__", 0, 0, a -> repr((PyObject) a[0])));
        t.namespace.putStr("__eq__", PyMethodDescriptor.positional(t, "__eq__", 1, 1, a -> {
            if (!(a[1] instanceof PyObject o) || !Ops.typeOf(a[1]).isSubtypeOf(TYPE)) return BuiltinTypes.NOT_IMPLEMENTED;
            return Ops.eq(((PyObject) a[0]).materializeDict(), o.materializeDict());
        }));
        return t;
    }

    /** A namespace with the given attributes, in order. */
    public static PyObject create(Map<String, Object> attributes) {
        PyObject ns = new PyObject(TYPE);
        attributes.forEach(ns::setInstanceAttr);
        return ns;
    }

    private static String repr(PyObject self) {
        String name = self.type == TYPE ? "namespace" : self.type.name;
        Map<Object, Boolean> active = REPR_ACTIVE.get();
        if (active.containsKey(self)) return name + "(...)";
        active.put(self, true);
        try {
            StringBuilder b = new StringBuilder(name).append('(');
            PyDict d = self.materializeDict();
            boolean first = true;
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                if (!(d.keyAt(e) instanceof String key)) continue;
                if (!first) b.append(", ");
                first = false;
                b.append(key).append('=').append(Ops.repr(d.valueAt(e)));
            }
            return b.append(')').toString();
        } finally {
            active.remove(self);
        }
    }
}
