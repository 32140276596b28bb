package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyjit.runtime.baseline.ic.Guards.ValueGuard;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code iter(obj)} at the start of a {@code for} loop ({@code (Object) Object}). Cached kinds: a
 * builtin type whose {@code __iter__} is a builtin method (called directly, no lookup), and other
 * types by type and version (generic).
 */
public final class IterSite extends InlineCache {
    private static final MethodHandle MISS;
    private static final MethodHandle ITER;
    private static final MethodHandle VIA;

    static {
        try {
            MethodHandles.Lookup l = Guards.LOOKUP;
            MISS = l.findVirtual(IterSite.class, "miss", MethodType.methodType(Object.class, Object.class));
            ITER = l.findStatic(Ops.class, "iter", MethodType.methodType(Object.class, Object.class));
            VIA = l.findStatic(IterSite.class, "via", MethodType.methodType(Object.class, PyMethodDescriptor.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public IterSite(MethodType type) {
        super(type);
        start();
    }

    @Override
    protected MethodHandle missHandler() {
        return MISS.bindTo(this);
    }

    @Override
    protected MethodHandle generic() {
        return ITER;
    }

    Object miss(Object o) {
        relink(plan(o));
        return Ops.iter(o);
    }

    private Entry plan(Object o) {
        ValueGuard g = Guards.typeOf(o);
        PyType t = Ops.typeOf(o);
        MethodHandle fast = ITER;
        if (t.builtin && t.lookup("__iter__") instanceof PyMethodDescriptor md) fast = VIA.bindTo(md);
        return new Entry("iter " + g.kind(), g.test(), fast, g.isStale());
    }

    /** {@code iter(o)} through o's builtin {@code __iter__}, with the generic check of what it returned. */
    public static Object via(PyMethodDescriptor iter, Object o) {
        Object it = iter.callUnchecked(new Object[] {o}, null);
        if (it instanceof PyIterator || Ops.typeOf(it).lookup("__next__") != null) return it;
        return Ops.iter(o); // not an iterator: the generic path raises CPython's TypeError
    }
}
