package org.pyjit.runtime.builtins;

import java.util.LinkedHashSet;
import java.util.Set;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code dir()}: the object's {@code __dir__} if its type has one, else CPython's defaults
 * (a module's globals; a class's attributes and its bases'; an instance's attributes and its
 * class's), always as a sorted list.
 */
public final class DirListing {
    private DirListing() {}

    public static PyList of(Object o) {
        Object dir = Ops.typeOf(o).lookup("__dir__");
        PyList names;
        if (dir != null) {
            names = Iteration.toList(Ops.callDescriptor(dir, o, new Object[0]));
        } else {
            names = new PyList();
            for (String n : defaultNames(o)) names.append(n);
        }
        sortNames(names);
        return names;
    }

    /** {@code dir()} without arguments: the names in the caller's local scope. */
    public static PyList ofLocals(Object locals) {
        PyList names = Iteration.toList(locals);
        sortNames(names);
        return names;
    }

    private static void sortNames(PyList names) {
        Ops.call(Ops.getAttr(names, "sort"));
    }

    private static Set<String> defaultNames(Object o) {
        Set<String> out = new LinkedHashSet<>();
        if (o instanceof PyModule m) {
            addKeys(out, m.dict);
            return out;
        }
        if (o instanceof PyType t) {
            addClassNames(out, t);
            return out;
        }
        if (o instanceof PyObject p) {
            if (p.dict != null) addKeys(out, p.dict);
            else if (p.shape != null) out.addAll(java.util.Arrays.asList(p.shape.names()));
        }
        Object cls = Ops.getAttrOrNull(o, "__class__");
        addClassNames(out, cls instanceof PyType t ? t : Ops.typeOf(o));
        return out;
    }

    private static void addClassNames(Set<String> out, PyType t) {
        for (PyType c : t.mro) addKeys(out, c.namespace);
    }

    private static void addKeys(Set<String> out, PyDict d) {
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            Object k = d.keyAt(e);
            if (k instanceof String s) out.add(s);
            else throw Errors.typeError("attribute name must be string, not '" + Ops.typeName(k) + "'");
        }
    }
}
