package org.pyjit.runtime.modules;

import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * Small pieces of the builtin types that CPython's library relies on and that the type installers
 * do not provide yet: {@code types.GenericAlias} and {@code __class_getitem__}, {@code memoryview},
 * {@code set.__reduce__}/{@code frozenset.__reduce__} (copy, pickle).
 */
public final class LibrarySupport {
    private LibrarySupport() {}

    private static boolean installed;

    public static synchronized void install() {
        if (installed) return;
        installed = true;
        GenericAlias.install();
        MemoryView.install();
        for (PyType t : new PyType[] {BuiltinTypes.SET, BuiltinTypes.FROZENSET}) {
            if (t.namespace.getStr("__reduce__") != null) continue;
            t.namespace.putStr("__reduce__", PyMethodDescriptor.positional(t, "__reduce__", 0, 0, a -> {
                PyList items = Iteration.toList(a[0]);
                Object state = a[0] instanceof PyObject p && p.dict != null && p.dict.size() > 0 ? p.dict : PyNone.NONE;
                return PyTuple.of(Ops.typeOf(a[0]), PyTuple.of(items), state);
            }));
            t.invalidate();
        }
    }
}
