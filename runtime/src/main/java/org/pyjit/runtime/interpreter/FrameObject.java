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
        FrameObject v = f.extras().view;
        if (v == null) f.extras().view = v = new FrameObject(f);
        return v;
    }

    static void install() {
        PyType t = BuiltinTypes.FRAME;
        attr(t, "f_globals", f -> f.globals);
        attr(t, "f_builtins", f -> f.builtins);
        attr(t, "f_locals", NameAccess::locals);
        attr(t, "f_lineno", f -> (long) (f.extras().eventLine >= 0 ? f.extras().eventLine : f.lineno()));
        attr(t, "f_lasti", f -> 2L * f.pc); // CPython counts bytes: two per instruction word
        attr(t, "f_code", f -> PyCode.of(f.code));
        attr(t, "f_back", f -> f.back == null ? PyNone.NONE : of(f.back));
        t.namespace.putStr("f_trace", new PyGetSetDescriptor(t, "f_trace",
                o -> ((FrameObject) o).frame.extras().trace == null ? PyNone.NONE : ((FrameObject) o).frame.extras().trace,
                (o, v) -> ((FrameObject) o).frame.extras().trace = v == null || v == PyNone.NONE ? null : v));
        t.namespace.putStr("f_trace_lines", new PyGetSetDescriptor(t, "f_trace_lines", o -> ((FrameObject) o).frame.extras().traceLines,
                (o, v) -> ((FrameObject) o).frame.extras().traceLines = v != null && org.pyjit.runtime.ops.Ops.isTrue(v)));
        t.namespace.putStr("f_trace_opcodes", new PyGetSetDescriptor(t, "f_trace_opcodes", o -> false, (o, v) -> {}));
        // frame.clear(): unittest and traceback.clear_frames call it on finished frames; pyjit keeps
        // nothing alive through a finished frame that clearing would release, so only the check remains
        t.namespace.putStr("clear", PyMethodDescriptor.positional(t, "clear", 0, 0, a -> {
            Frame f = ((FrameObject) a[0]).frame;
            if (f.running) throw org.pyjit.runtime.exceptions.Errors.runtimeError("cannot clear an executing frame");
            return PyNone.NONE;
        }));
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
        tb(t, "tb_lasti", tb -> 2L * tb.pc); // co_positions() has one entry per word
        t.namespace.putStr("tb_next", new PyGetSetDescriptor(t, "tb_next",
                o -> ((org.pyjit.runtime.exceptions.PyTraceback) o).next == null ? PyNone.NONE
                        : ((org.pyjit.runtime.exceptions.PyTraceback) o).next,
                FrameObject::setTbNext));
    }

    /** {@code tb.tb_next = x}, writable as in CPython (unittest trims its own frames this way). */
    private static void setTbNext(Object self, Object value) {
        var tb = (org.pyjit.runtime.exceptions.PyTraceback) self;
        if (value == null) throw org.pyjit.runtime.exceptions.Errors.typeError("can't delete tb_next attribute");
        if (value == PyNone.NONE) {
            tb.next = null;
            return;
        }
        if (!(value instanceof org.pyjit.runtime.exceptions.PyTraceback next)) {
            throw org.pyjit.runtime.exceptions.Errors.typeError("expected traceback object or None, got '"
                    + org.pyjit.runtime.ops.Ops.typeName(value) + "'");
        }
        for (var cursor = next; cursor != null; cursor = cursor.next) {
            if (cursor == tb) throw org.pyjit.runtime.exceptions.Errors.valueError("traceback loop detected");
        }
        tb.next = next;
    }

    private static void tb(PyType t, String name, java.util.function.Function<org.pyjit.runtime.exceptions.PyTraceback, Object> g) {
        t.namespace.putStr(name, new PyGetSetDescriptor(t, name, o -> g.apply((org.pyjit.runtime.exceptions.PyTraceback) o), null));
    }

    private static void attr(PyType t, String name, java.util.function.Function<Frame, Object> getter) {
        t.namespace.putStr(name, new PyGetSetDescriptor(t, name, o -> getter.apply(((FrameObject) o).frame), null));
    }
}
