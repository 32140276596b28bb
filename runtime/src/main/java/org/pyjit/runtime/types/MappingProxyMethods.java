package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.MAPPINGPROXY;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code mappingproxy} ({@code types.MappingProxyType}): a read-only view of a mapping — a class's
 * {@code __dict__}. Reads go to the mapping (directly for a dict); there is no way to write.
 */
final class MappingProxyMethods {
    private MappingProxyMethods() {}

    static void install() {
        PyType t = MAPPINGPROXY;
        Install.constructor(t, (a, kw) -> {
            Object[] v = new ArgParser("mappingproxy", new String[] {"mapping"}, 0, 1, 1).parse(a, kw, 1);
            PyType mt = Ops.typeOf(v[0]);
            if (mt.lookup("__getitem__") == null || v[0] instanceof PyList || v[0] instanceof PyTuple) {
                throw Errors.typeError("mappingproxy() argument must be a mapping, not " + mt.name);
            }
            return new PyMappingProxy(v[0]);
        });
        Install.method(t, "__getitem__", 1, 1, a -> {
            Object m = mapping(a[0]);
            if (m instanceof PyDict d) {
                Object v = d.get(a[1]);
                if (v == null) throw Errors.keyError(a[1]);
                return v;
            }
            return Ops.getItem(m, a[1]);
        });
        Install.method(t, "__len__", 0, 0, a -> mapping(a[0]) instanceof PyDict d ? (long) d.size() : Ops.len(mapping(a[0])));
        Install.method(t, "__contains__", 1, 1, a -> Ops.contains(mapping(a[0]), a[1]));
        Install.method(t, "__iter__", 0, 0, a -> Ops.iter(mapping(a[0])));
        Install.method(t, "get", 1, 2, a -> {
            Object dflt = a.length > 2 ? a[2] : PyNone.NONE;
            if (mapping(a[0]) instanceof PyDict d) {
                Object v = d.get(a[1]);
                return v == null ? dflt : v;
            }
            return Calls.callAttr(mapping(a[0]), "get", a[1], dflt);
        });
        for (String name : new String[] {"keys", "values", "items", "copy", "__reversed__"}) {
            Install.method(t, name, 0, 0, a -> Calls.callAttr(mapping(a[0]), name));
        }
        Install.method(t, "__repr__", 0, 0, a -> "mappingproxy(" + Ops.repr(mapping(a[0])) + ")");
        Install.method(t, "__str__", 0, 0, a -> Ops.str(mapping(a[0])));
        Install.method(t, "__eq__", 1, 1, a -> Ops.compare(mapping(a[0]), a[1], CompareOp.EQ));
        Install.method(t, "__ne__", 1, 1, a -> Ops.compare(mapping(a[0]), a[1], CompareOp.NE));
        Install.method(t, "__or__", 1, 1, a -> Ops.binary(mapping(a[0]), a[1] instanceof PyMappingProxy p ? p.mapping : a[1], BinaryOp.OR));
        Install.method(t, "__ror__", 1, 1, a -> Ops.binary(a[1], mapping(a[0]), BinaryOp.OR));
        t.namespace.putStr("__hash__", PyNone.NONE);
    }

    private static Object mapping(Object proxy) {
        return ((PyMappingProxy) proxy).mapping;
    }
}
