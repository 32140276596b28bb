package org.pyjit.runtime.builtins;

import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.modules.SysModule;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code exit} and {@code quit}, instances of {@code _sitebuiltins.Quitter}: CPython's
 * {@code site} module adds them to builtins for every script, so programs call {@code exit(2)};
 * calling one closes {@code sys.stdin} and raises {@code SystemExit(code)}.
 */
final class Quitter {
    private Quitter() {}

    static final PyType TYPE = makeType();

    /** {@code Quitter(name, eof)} with the attributes site gives it. */
    static PyObject named(String name) {
        PyObject q = new PyObject(TYPE);
        q.setInstanceAttr("name", name);
        q.setInstanceAttr("eof", "Ctrl-D (i.e. EOF)");
        return q;
    }

    private static PyType makeType() {
        PyType t = BuiltinTypes.make("Quitter", BuiltinTypes.OBJECT, PyObject::new);
        t.instancesHaveDict = true;
        t.namespace.putStr("__module__", "_sitebuiltins");
        t.namespace.putStr("__init__", PyMethodDescriptor.positional(t, "__init__", 2, 2, a -> {
            ((PyObject) a[0]).setInstanceAttr("name", a[1]);
            ((PyObject) a[0]).setInstanceAttr("eof", a[2]);
            return PyNone.NONE;
        }));
        t.namespace.putStr("__repr__", PyMethodDescriptor.positional(t, "__repr__", 0, 0,
                a -> "Use " + Ops.str(Ops.getAttr(a[0], "name")) + "() or " + Ops.str(Ops.getAttr(a[0], "eof")) + " to exit"));
        t.namespace.putStr("__call__", PyMethodDescriptor.positional(t, "__call__", 0, 1, a -> {
            Object in = SysModule.stdin();
            if (in != null && in != PyNone.NONE) {
                try {
                    Ops.call(Ops.getAttr(in, "close"));
                } catch (PyException ignored) {
                    // as site.Quitter: a stdin that cannot close does not stop the exit
                }
            }
            throw new PyException(PyBaseException.create(ExceptionTypes.SYSTEM_EXIT, a.length > 1 ? a[1] : PyNone.NONE));
        }));
        return t;
    }
}
