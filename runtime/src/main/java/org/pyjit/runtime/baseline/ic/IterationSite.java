package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyjit.runtime.baseline.ic.Guards.ValueGuard;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.ops.Ops;

/**
 * The step of a {@code for} loop ({@code (Object iterator) Object}, null when exhausted). Cached
 * kinds: an iterator written in Java, by its exact class, whose {@code next} is then called
 * directly (the JIT can inline it), and other iterators by type (generic {@code __next__}).
 */
public final class IterationSite extends InlineCache {
    private static final MethodHandle MISS;
    private static final MethodHandle NEXT;
    private static final MethodHandle ITERATOR_NEXT;

    static {
        try {
            MethodHandles.Lookup l = Guards.LOOKUP;
            MISS = l.findVirtual(IterationSite.class, "miss", MethodType.methodType(Object.class, Object.class));
            NEXT = l.findStatic(Ops.class, "next", MethodType.methodType(Object.class, Object.class));
            ITERATOR_NEXT = l.findVirtual(PyIterator.class, "next", MethodType.methodType(Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public IterationSite(MethodType type) {
        super(type);
        start();
    }

    @Override
    protected MethodHandle missHandler() {
        return MISS.bindTo(this);
    }

    @Override
    protected MethodHandle generic() {
        return NEXT;
    }

    Object miss(Object it) {
        relink(plan(it));
        return Ops.next(it);
    }

    private Entry plan(Object it) {
        MethodType site = type();
        if (it instanceof PyIterator) {
            Class<?> c = it.getClass();
            ValueGuard g = Guards.javaClass(c);
            return new Entry("iterator " + c.getSimpleName(), g.test(), exactNext(c).asType(site));
        }
        ValueGuard g = Guards.typeOf(it);
        return new Entry("iterator " + g.kind(), g.test(), NEXT, g.isStale());
    }

    /** {@code next()} of exactly class {@code c}, so the call is direct once the guard has checked the class. */
    private static MethodHandle exactNext(Class<?> c) {
        return EXACT_NEXT.get(c);
    }

    /** The {@code next()} handle of each iterator class, found once (sites of one class share it). */
    private static final ClassValue<MethodHandle> EXACT_NEXT = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> c) {
            try {
                return MethodHandles.privateLookupIn(c, Guards.LOOKUP).findVirtual(c, "next", MethodType.methodType(Object.class));
            } catch (ReflectiveOperationException | SecurityException e) {
                return ITERATOR_NEXT;
            }
        }
    };
}
