package org.pyjit.runtime.interpreter;

import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyCell;
import org.pyjit.runtime.objects.PyCode;
import org.pyjit.runtime.state.FrameHooks;
import org.pyjit.runtime.state.RecursionLimit;
import org.pyjit.runtime.types.SuperSupport;

/** Connects the builtins that need the running frame (vars, dir, sys._getframe, super()) to the interpreter. */
public final class InterpreterHooks {
    private InterpreterHooks() {}

    public static void install() {
        RecursionLimit.setDepthSupplier(() -> ThreadState.current().depth);
        FrameHooks.setLocalsSupplier(() -> NameAccess.locals(InterpreterBuiltins.callerFrame()));
        FrameHooks.setFrameGetter(InterpreterHooks::frameObject);
        SuperSupport.zeroArgProvider = InterpreterHooks::zeroArgSuper;
        CodeObjects.registerUnwrapper(o -> o instanceof PyCode pc ? pc.code : null);
        FrameObject.install();
        FrameObject.installTraceback();
    }

    private static Object frameObject(int depth) {
        if (depth < 0) throw Errors.valueError("call stack is not deep enough");
        Frame f = ThreadState.current().top;
        for (int i = 0; i < depth && f != null; i++) f = f.back;
        if (f == null) throw Errors.valueError("call stack is not deep enough");
        return FrameObject.of(f);
    }

    /** {@code super()} with no arguments: the caller's first argument and its {@code __class__} cell. */
    private static org.pyjit.runtime.objects.PySuper zeroArgSuper() {
        Frame f = ThreadState.current().top;
        if (f == null) throw Errors.runtimeError("super(): no current frame");
        CodeObject code = f.code;
        if (code.argcount == 0 && !code.hasFlag(CodeObject.VARARGS)) throw Errors.runtimeError("super(): no arguments");
        Object first = f.regs[0];
        for (int i = 0; i < code.cellvars.length; i++) {
            if (code.cellParameters[i] == 0) first = ((PyCell) f.regs[code.firstCellRegister() + i]).value;
        }
        if (code.argcount == 0 && first instanceof org.pyjit.runtime.objects.PyTuple t) {
            if (t.items.length == 0) throw Errors.runtimeError("super(): no arguments");
            first = t.items[0];
        }
        PyCell cell = null;
        for (int i = 0; i < code.freevars.length; i++) {
            if (code.freevars[i].equals("__class__")) cell = (PyCell) f.regs[code.firstFreeRegister() + i];
        }
        return SuperSupport.zeroArgFromCell(first, cell);
    }
}
