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
 * {@code exit} and {@code quit}: CPython's {@code site} module adds them to builtins for every
 * script, so programs call {@code exit(2)}; calling one closes {@code sys.stdin} and raises
 * {@code SystemExit(code)}.
 */
final class Quitter extends PyObject {
    static final PyType TYPE = makeType();

    private final String name;

    private Quitter(String name) {
        super(TYPE);
        this.name = name;
    }

    static Quitter named(String name) {
        return new Quitter(name);
    }

    private static PyType makeType() {
        PyType t = BuiltinTypes.make("Quitter", BuiltinTypes.OBJECT);
        t.namespace.putStr("__module__", "_sitebuiltins");
        t.namespace.putStr("__repr__", PyMethodDescriptor.positional(t, "__repr__", 0, 0,
                a -> "Use " + ((Quitter) a[0]).name + "() or Ctrl-D (i.e. EOF) to exit"));
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
