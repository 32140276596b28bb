package org.pyjit.runtime.types;

import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Attributes;
import org.pyjit.runtime.ops.Ops;

/** Calling what a type's namespace holds, with keyword arguments (what {@code Ops.callDescriptor} does without them). */
final class Calls {
    private Calls() {}

    /**
     * Calls {@code descr}, found on the type of {@code argsWithSelf[0]}, as a method of it:
     * {@code argsWithSelf} holds self, the positional arguments, then the keyword values.
     */
    static Object callMethod(Object descr, Object[] argsWithSelf, String[] kwnames) {
        if (descr instanceof PyFunction f) return f.call(argsWithSelf, kwnames);
        if (descr instanceof PyMethodDescriptor md) return md.callUnchecked(argsWithSelf, kwnames);
        Object self = argsWithSelf[0];
        Object bound = Attributes.bindDescriptor(descr, self, Ops.typeOf(self));
        Object[] rest = new Object[argsWithSelf.length - 1];
        System.arraycopy(argsWithSelf, 1, rest, 0, rest.length);
        return Ops.callKw(bound, rest, kwnames);
    }

    /**
     * Calls a {@code __new__} found on a class: a staticmethod's function (or a builtin) gets the
     * class explicitly as its first argument, {@code args[0]}.
     */
    static Object callNew(Object newAttr, Object[] argsWithCls, String[] kwnames) {
        Object f = newAttr instanceof PyStaticMethod sm ? sm.callable : newAttr;
        return Ops.callKw(f, argsWithCls, kwnames);
    }

    /** {@code args} with {@code first} in front. */
    static Object[] prepend(Object first, Object[] args) {
        Object[] r = new Object[args.length + 1];
        r[0] = first;
        System.arraycopy(args, 0, r, 1, args.length);
        return r;
    }

    /** {@code getattr(o, name)(args…)}. */
    static Object callAttr(Object o, String name, Object... args) {
        return Ops.call(Ops.getAttr(o, name), args);
    }
}
