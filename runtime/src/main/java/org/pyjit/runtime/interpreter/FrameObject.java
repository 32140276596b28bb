package org.pyjit.runtime.interpreter;

import org.pyjit.runtime.objects.PyCode;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.types.BuiltinTypes;

/** The Python view of a running frame ({@code sys._getframe()}): f_globals, f_locals, f_lineno, f_code, f_back. */
public final class FrameObject extends PyObject {
    final Frame frame;

    private FrameObject(Frame frame) {
        super(BuiltinTypes.FRAME);
        this.frame = frame;
    }

    static FrameObject of(Frame f) {
        return new FrameObject(f);
    }

    static void install() {
        PyType t = BuiltinTypes.FRAME;
        attr(t, "f_globals", f -> f.globals);
        attr(t, "f_builtins", f -> f.builtins);
        attr(t, "f_locals", NameAccess::locals);
        attr(t, "f_lineno", f -> (long) f.lineno());
        attr(t, "f_lasti", f -> (long) f.pc);
        attr(t, "f_code", f -> PyCode.of(f.code));
        attr(t, "f_back", f -> f.back == null ? PyNone.NONE : of(f.back));
        attr(t, "f_trace", f -> PyNone.NONE);
        t.namespace.putStr("__repr__", PyMethodDescriptor.positional(t, "__repr__", 0, 0, a -> {
            Frame f = ((FrameObject) a[0]).frame;
            return "<frame at 0x" + Long.toHexString(System.identityHashCode(f)) + ", file '" + f.code.filename + "', line "
                    + f.lineno() + ", code " + f.code.name + ">";
        }));
    }

    private static void attr(PyType t, String name, java.util.function.Function<Frame, Object> getter) {
        t.namespace.putStr(name, new PyGetSetDescriptor(t, name, o -> getter.apply(((FrameObject) o).frame), null));
    }
}
