package org.pyjit.runtime.interpreter;

import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.types.BuiltinTypes;

/** A generator (or coroutine): a suspended frame resumed by {@code next}, {@code send} and {@code throw}. */
public final class PyGenerator extends PyIterator {
    final Frame frame;
    private boolean started;

    PyGenerator(Frame frame) {
        super(frame.code.hasFlag(CodeObject.COROUTINE) ? BuiltinTypes.COROUTINE : BuiltinTypes.GENERATOR);
        this.frame = frame;
    }

    public String name() {
        return frame.function != null ? frame.function.name : frame.code.name;
    }

    public String qualname() {
        return frame.function != null ? frame.function.qualname : frame.code.qualname;
    }

    public boolean isRunning() {
        return frame.running;
    }

    public boolean isFinished() {
        return frame.finished;
    }

    @Override
    public Object next() {
        Object r = send(PyNone.NONE);
        return r instanceof Generators.Done ? null : r;
    }

    /** Resumes with {@code value}: the yielded value, or {@link Generators.Done} with the return value. */
    public Object send(Object value) {
        if (frame.finished) {
            if (type == BuiltinTypes.COROUTINE) throw Errors.runtimeError("cannot reuse already awaited coroutine");
            return new Generators.Done(PyNone.NONE);
        }
        if (frame.running) throw Errors.valueError("generator already executing");
        if (!started && value != PyNone.NONE) throw Errors.typeError("can't send non-None value to a just-started generator");
        started = true;
        return finish(resumeFrame(value));
    }

    private Object resumeFrame(Object value) {
        try {
            return Interpreter.resume(frame, value);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                PyException re = Errors.runtimeError("generator raised StopIteration");
                re.value.cause = e.value;
                re.value.context = e.value;
                re.value.suppressContext = true;
                throw re;
            }
            throw e;
        }
    }

    private Object finish(Object r) {
        if (r == Interpreter.YIELDED) {
            Object y = frame.extras().yielded;
            frame.extras().yielded = null;
            return y;
        }
        return new Generators.Done(r);
    }

    /** Raises {@code exc} at the suspension point; returns the next yielded value or Done. */
    public Object throwIn(PyBaseException exc) {
        if (frame.finished) throw new PyException(exc);
        if (frame.running) throw Errors.valueError("generator already executing");
        if (!started) {
            frame.finished = true;
            throw new PyException(exc);
        }
        Object delegated = Generators.throwIntoDelegate(frame, exc);
        if (delegated != null) return delegated;
        frame.extras().thrownIn = new PyException(exc);
        return finish(resumeFrame(PyNone.NONE));
    }

    /** {@code close()}: raises GeneratorExit inside; an ignored GeneratorExit is a RuntimeError. */
    public void close() {
        if (frame.finished || !started) {
            frame.finished = true;
            return;
        }
        try {
            Object r = throwIn(new PyBaseException(ExceptionTypes.GENERATOR_EXIT));
            if (!(r instanceof Generators.Done)) throw Errors.runtimeError("generator ignored GeneratorExit");
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.GENERATOR_EXIT) || e.value.type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                return;
            }
            throw e;
        }
    }
}
