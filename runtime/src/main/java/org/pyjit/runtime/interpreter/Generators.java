package org.pyjit.runtime.interpreter;

import org.pyjit.compiler.bytecode.Opcode;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.ArityCheck;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** {@code yield from} delegation and the generator type's methods. */
public final class Generators {
    private Generators() {}

    /** The end of a delegated iteration, with its return value. */
    public record Done(Object value) {}

    /** Sends {@code sent} into iterator {@code it}: the value it yields, or {@link Done}. */
    static Object delegate(Object it, Object sent) {
        if (it instanceof PyGenerator g) return g.send(sent);
        try {
            if (sent == PyNone.NONE) {
                Object m = Ops.typeOf(it).lookup("__next__");
                if (m == null) throw Errors.typeError("'" + Ops.typeName(it) + "' object is not an iterator");
                return Ops.callDescriptor(m, it, new Object[0]);
            }
            return Ops.call(Ops.getAttr(it, "send"), sent);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) return new Done(stopValue(e.value));
            throw e;
        }
    }

    /** {@code StopIteration.value}: its first argument, or None. */
    public static Object stopValue(PyBaseException stop) {
        return stop.args.items.length > 0 ? stop.args.items[0] : PyNone.NONE;
    }

    /**
     * When the frame is suspended in YIELD_FROM, throws into the delegate first (PEP 380). Returns
     * the generator's next yielded value or Done, or null when the frame should take the exception.
     */
    static Object throwIntoDelegate(Frame frame, PyBaseException exc) {
        int pc = frame.pc;
        int[] code = frame.code.code;
        if (pc >= code.length || code[pc] != Opcode.YIELD_FROM.ordinal()) return null;
        Object sub = frame.regs[code[pc + 2]];
        Object result;
        try {
            if (sub instanceof PyGenerator g) {
                if (exc.type.isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)) {
                    g.close();
                    return null;
                }
                result = g.throwIn(exc);
            } else {
                Object thrower = Ops.getAttrOrNull(sub, "throw");
                if (thrower == null) return null;
                result = Ops.call(thrower, exc);
            }
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) result = new Done(stopValue(e.value));
            else {
                frame.extras().thrownIn = e;
                return resumeOwner(frame);
            }
        }
        if (result instanceof Done d) {
            // the delegate finished: the yield-from expression has its value; continue the frame
            frame.regs[code[pc + 1]] = d.value();
            frame.pc = pc + 3;
            frame.extras().resumeRegister = -1;
            return resumeOwner(frame);
        }
        return result;
    }

    private static Object resumeOwner(Frame frame) {
        Object r = Interpreter.resume(frame, PyNone.NONE);
        if (r == Interpreter.YIELDED) {
            Object y = frame.extras().yielded;
            frame.extras().yielded = null;
            return y;
        }
        return new Done(r);
    }

    /** {@code await x}: a coroutine itself, or the iterator of its {@code __await__}. */
    static Object awaitable(Object v) {
        if (v instanceof PyGenerator g && g.type == BuiltinTypes.COROUTINE) return v;
        Object m = Ops.typeOf(v).lookup("__await__");
        if (m == null) throw Errors.typeError("object " + Ops.typeName(v) + " can't be used in 'await' expression");
        return Ops.callDescriptor(m, v, new Object[0]);
    }

    /** Installs {@code __iter__}, {@code __next__}, send, throw, close and the gi_ attributes. */
    public static void install() {
        for (PyType t : new PyType[] {BuiltinTypes.GENERATOR, BuiltinTypes.COROUTINE}) {
            t.namespace.putStr("__iter__", PyMethodDescriptor.positional(t, "__iter__", 0, 0, a -> a[0]));
            t.namespace.putStr("__next__", PyMethodDescriptor.positional(t, "__next__", 0, 0, a -> unwrap(((PyGenerator) a[0]).send(PyNone.NONE))));
            t.namespace.putStr("send", PyMethodDescriptor.positional(t, "send", 1, 1, a -> unwrap(((PyGenerator) a[0]).send(a[1]))));
            t.namespace.putStr("throw", new PyMethodDescriptor(t, "throw", (a, kw) -> {
                ArityCheck.check("throw", a.length - 1, 1, 3, true);
                PyBaseException exc;
                if (a.length > 2 && a[2] != PyNone.NONE) {
                    exc = a[2] instanceof PyBaseException be ? be : Raising.instantiate(Ops.call(a[1], a[2]));
                } else {
                    exc = Raising.instantiate(a[1]);
                }
                return unwrap(((PyGenerator) a[0]).throwIn(exc));
            }));
            t.namespace.putStr("close", PyMethodDescriptor.positional(t, "close", 0, 0, a -> {
                ((PyGenerator) a[0]).close();
                return PyNone.NONE;
            }));
            String prefix = t == BuiltinTypes.COROUTINE ? "cr_" : "gi_";
            attr(t, prefix + "running", g -> g.isRunning());
            attr(t, prefix + "frame", g -> g.isFinished() ? PyNone.NONE : FrameObject.of(g.frame));
            attr(t, prefix + "code", g -> org.pyjit.runtime.objects.PyCode.of(g.frame.code));
            attr(t, prefix + (t == BuiltinTypes.COROUTINE ? "await" : "yieldfrom"), Generators::yieldFrom);
            attr(t, "__name__", PyGenerator::name);
            attr(t, "__qualname__", PyGenerator::qualname);
            if (t == BuiltinTypes.COROUTINE) {
                t.namespace.putStr("__await__", PyMethodDescriptor.positional(t, "__await__", 0, 0, a -> a[0]));
            }
            t.namespace.putStr("__repr__", PyMethodDescriptor.positional(t, "__repr__", 0, 0, a -> {
                PyGenerator g = (PyGenerator) a[0];
                return "<" + g.type.name + " object " + g.qualname() + " at 0x" + Long.toHexString(System.identityHashCode(g)) + ">";
            }));
        }
    }

    private static void attr(PyType t, String name, java.util.function.Function<PyGenerator, Object> getter) {
        t.namespace.putStr(name, new org.pyjit.runtime.objects.PyGetSetDescriptor(t, name, o -> getter.apply((PyGenerator) o), null));
    }

    /** The iterator a suspended generator delegates to with {@code yield from}, or None. */
    private static Object yieldFrom(PyGenerator g) {
        Frame f = g.frame;
        int[] code = f.code.code;
        if (g.isFinished() || f.pc >= code.length || code[f.pc] != Opcode.YIELD_FROM.ordinal()) return PyNone.NONE;
        Object sub = f.regs[code[f.pc + 2]];
        return sub == null ? PyNone.NONE : sub;
    }

    private static Object unwrap(Object r) {
        if (r instanceof Done d) {
            throw d.value() == PyNone.NONE ? Errors.stopIteration(null) : Errors.stopIteration(d.value());
        }
        return r;
    }
}
