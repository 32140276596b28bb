package org.pyjit.runtime.objects;

import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** A function bound to a receiver ({@code obj.method}): calling it prepends the receiver. */
public final class PyBoundMethod extends PyObject implements PyCallable {
    public final Object self;
    public final Object function;

    public PyBoundMethod(Object self, Object function) {
        super(BuiltinTypes.METHOD);
        this.self = self;
        this.function = function;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object[] full = new Object[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return Ops.callKw(function, full, kwnames);
    }
}
