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

    /** The traceback attributes that need frames: {@code tb_frame}, {@code tb_lineno}, {@code tb_lasti}, {@code tb_next}. */
    static void installTraceback() {
        PyType t = BuiltinTypes.TRACEBACK;
        tb(t, "tb_frame", tb -> tb.frame instanceof Frame f ? of(f) : PyNone.NONE);
        tb(t, "tb_lineno", tb -> (long) tb.lineno());
        tb(t, "tb_lasti", tb -> (long) tb.pc);
        tb(t, "tb_next", tb -> tb.next == null ? PyNone.NONE : tb.next);
    }

    private static void tb(PyType t, String name, java.util.function.Function<org.pyjit.runtime.exceptions.PyTraceback, Object> g) {
        t.namespace.putStr(name, new PyGetSetDescriptor(t, name, o -> g.apply((org.pyjit.runtime.exceptions.PyTraceback) o), null));
    }

    private static void attr(PyType t, String name, java.util.function.Function<Frame, Object> getter) {
        t.namespace.putStr(name, new PyGetSetDescriptor(t, name, o -> getter.apply(((FrameObject) o).frame), null));
    }
}
