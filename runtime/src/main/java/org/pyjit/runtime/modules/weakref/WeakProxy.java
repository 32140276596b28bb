package org.pyjit.runtime.modules.weakref;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.UnaryOp;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code weakref.proxy(obj)}: an object that forwards attribute access, calls, operators, items
 * and iteration to the referent while it lives, and raises {@code ReferenceError} after.
 */
public final class WeakProxy extends PyWeakRef {
    static final PyType PROXY = BuiltinTypes.make("ProxyType", BuiltinTypes.OBJECT);
    static final PyType CALLABLE_PROXY = BuiltinTypes.make("CallableProxyType", BuiltinTypes.OBJECT);

    WeakProxy(PyType type) {
        super(type);
    }

    /** The live referent; ReferenceError when it is gone. */
    Object target() {
        Object o = get();
        if (o == null) throw Errors.of(ExceptionTypes.REFERENCE_ERROR, "weakly-referenced object no longer exists");
        return o;
    }

    private static Object unwrap(Object o) {
        return o instanceof WeakProxy p ? p.target() : o;
    }

    static void install() {
        for (PyType t : new PyType[] {PROXY, CALLABLE_PROXY}) {
            t.namespace.putStr("__module__", "weakref");
            installOn(t);
        }
        CALLABLE_PROXY.namespace.putStr("__call__", new PyMethodDescriptor(CALLABLE_PROXY, "__call__", (a, kw) -> {
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return Ops.callKw(((WeakProxy) a[0]).target(), rest, kw);
        }));
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }

    private static Object target(Object[] a) {
        return ((WeakProxy) a[0]).target();
    }

    private static void installOn(PyType t) {
        m(t, "__getattribute__", 1, 1, a -> Ops.getAttr(target(a), Ops.str(a[1])));
        m(t, "__setattr__", 2, 2, a -> {
            Ops.setAttr(target(a), Ops.str(a[1]), a[2]);
            return PyNone.NONE;
        });
        m(t, "__delattr__", 1, 1, a -> {
            Ops.delAttr(target(a), Ops.str(a[1]));
            return PyNone.NONE;
        });
        m(t, "__repr__", 0, 0, a -> {
            WeakProxy p = (WeakProxy) a[0];
            Object o = p.get();
            String self = "<weakproxy at " + WeakrefModule.address(p) + "; ";
            return o == null ? self + "dead>" : self + "to '" + Ops.typeName(o) + "' at " + WeakrefModule.address(o) + ">";
        });
        m(t, "__str__", 0, 0, a -> Ops.str(target(a)));
        m(t, "__bool__", 0, 0, a -> Ops.isTrue(target(a)));
        m(t, "__len__", 0, 0, a -> Ops.len(target(a)));
        m(t, "__iter__", 0, 0, a -> Ops.iter(target(a)));
        m(t, "__next__", 0, 0, a -> {
            Object v = Ops.next(target(a));
            if (v == null) throw Errors.stopIteration(null);
            return v;
        });
        m(t, "__contains__", 1, 1, a -> Ops.contains(target(a), unwrap(a[1])));
        m(t, "__getitem__", 1, 1, a -> Ops.getItem(target(a), unwrap(a[1])));
        m(t, "__setitem__", 2, 2, a -> {
            Ops.setItem(target(a), unwrap(a[1]), a[2]);
            return PyNone.NONE;
        });
        m(t, "__delitem__", 1, 1, a -> {
            Ops.delItem(target(a), unwrap(a[1]));
            return PyNone.NONE;
        });
        m(t, "__hash__", 0, 0, a -> {
            throw Errors.typeError("unhashable type: '" + t.name.replace("Type", "").toLowerCase(java.util.Locale.ROOT)
                    .replace("callableproxy", "weakcallableproxy").replace("proxy", "weakproxy") + "'");
        });
        for (CompareOp op : CompareOp.values()) {
            if (op.ordinal() > CompareOp.GE.ordinal()) continue;
            m(t, op.dunder, 1, 1, a -> Ops.compare(target(a), unwrap(a[1]), op));
        }
        for (BinaryOp op : BinaryOp.values()) {
            m(t, op.dunder, 1, 1, a -> Ops.binary(target(a), unwrap(a[1]), op));
            m(t, op.reflected, 1, 1, a -> Ops.binary(unwrap(a[1]), target(a), op));
            m(t, op.inplace, 1, 1, a -> Ops.inplace(target(a), unwrap(a[1]), op));
        }
        for (UnaryOp op : new UnaryOp[] {UnaryOp.INVERT, UnaryOp.UADD, UnaryOp.USUB}) {
            m(t, op.dunder, 0, 0, a -> Ops.unary(target(a), op));
        }
        m(t, "__abs__", 0, 0, a -> Ops.callSpecial(target(a), "__abs__"));
        m(t, "__index__", 0, 0, a -> Ops.indexOrNull(target(a)));
        m(t, "__int__", 0, 0, a -> Ops.callSpecial(target(a), "__int__"));
        m(t, "__float__", 0, 0, a -> Ops.callSpecial(target(a), "__float__"));
        m(t, "__reversed__", 0, 0, a -> Ops.callSpecial(target(a), "__reversed__"));
        m(t, "__bytes__", 0, 0, a -> Ops.callSpecial(target(a), "__bytes__"));
    }
}
