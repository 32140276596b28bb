package org.pyjit.runtime.state;

import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.pyjit.runtime.exceptions.Errors;

/**
 * What builtins need from the running Python frame, supplied by the interpreter: the caller's
 * locals ({@code vars()}, {@code dir()}) and frame objects ({@code sys._getframe}). Until the
 * interpreter installs its hooks these raise {@code SystemError}.
 */
public final class FrameHooks {
    private FrameHooks() {}

    private static volatile Supplier<Object> locals = () -> {
        throw Errors.systemError("no Python frame is running");
    };
    private static volatile IntFunction<Object> getFrame = depth -> {
        throw Errors.valueError("call stack is not deep enough");
    };

    /** The mapping of the calling Python frame's locals (the module globals at module level). */
    public static Object callerLocals() {
        return locals.get();
    }

    /** {@code sys._getframe(depth)}: the frame object {@code depth} calls up from the caller. */
    public static Object getFrame(int depth) {
        return getFrame.apply(depth);
    }

    public static void setLocalsSupplier(Supplier<Object> supplier) {
        locals = supplier;
    }

    public static void setFrameGetter(IntFunction<Object> getter) {
        getFrame = getter;
    }
}
