package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.BooleanSupplier;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.objects.Shape;

/**
 * Guards of inline-cache entries: static predicates on one value, and handles for them with the
 * cached type, version or shape bound as constants (so the JIT folds them into compares).
 */
public final class Guards {
    private Guards() {}

    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /**
     * A test on one value with what it checks held in (record) fields. Every guard handle is
     * {@link #TEST} bound to one such object: a single method-handle shape for all guards, so
     * sites share their lambda forms, where binding the checked values as separate arguments
     * made a bound-handle species and lambda forms per mix of types. Record fields are trusted
     * finals: with the bound object a constant, the JIT still folds them into compares.
     */
    public interface ValueTest {
        boolean test(Object o);
    }

    private static final MethodHandle TEST;

    static {
        try {
            TEST = LOOKUP.findVirtual(ValueTest.class, "test", MethodType.methodType(boolean.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** {@code (Object) boolean} running {@code t}. */
    public static MethodHandle handle(ValueTest t) {
        return TEST.bindTo(t);
    }

    record IsClass(Class<?> c) implements ValueTest {
        public boolean test(Object o) {
            return o != null && o.getClass() == c;
        }
    }

    record IsSame(Object expected) implements ValueTest {
        public boolean test(Object o) {
            return o == expected;
        }
    }

    record TypeVersion(PyType t, int version) implements ValueTest {
        public boolean test(Object o) {
            return o instanceof PyObject p && p.type == t && t.version == version;
        }
    }

    record TypeVersionShape(PyType t, int version, Shape shape) implements ValueTest {
        public boolean test(Object o) {
            return o instanceof PyObject p && p.type == t && p.shape == shape && t.version == version;
        }
    }

    record TypeVersionNoAttributes(PyType t, int version) implements ValueTest {
        public boolean test(Object o) {
            return o instanceof PyObject p && p.type == t && p.shape == null && p.dict == null && t.version == version;
        }
    }

    /** {@code o} is class {@code cls} itself, and neither it nor its metatype changed. */
    record SameTypeVersions(PyType cls, int version, PyType meta, int metaVersion) implements ValueTest {
        public boolean test(Object o) {
            return o == cls && cls.version == version && meta.version == metaVersion && cls.type == meta;
        }
    }

    /** Both tests hold ({@code a} first). */
    record Both(ValueTest a, ValueTest b) implements ValueTest {
        public boolean test(Object o) {
            return a.test(o) && b.test(o);
        }
    }

    /** A guard on one value and what makes it stale, from which entries are built. */
    public record ValueGuard(String kind, ValueTest check, BooleanSupplier isStale) {
        /** {@code (Object) boolean}. */
        public MethodHandle test() {
            return handle(check);
        }
    }

    /** {@code o.getClass() == c} (Java scalars: their Python types cannot change). */
    public static ValueGuard javaClass(Class<?> c) {
        return new ValueGuard(c.getSimpleName(), new IsClass(c), () -> false);
    }

    /** Identity with {@code expected}. */
    public static ValueGuard same(Object expected, String kind) {
        return new ValueGuard(kind, new IsSame(expected), () -> false);
    }

    /** Exact Python type {@code t} at its current version (type attributes unchanged). */
    public static ValueGuard type(PyType t) {
        int v = t.version;
        return new ValueGuard(t.name, new TypeVersion(t, v), () -> t.version != v);
    }

    /**
     * Exact type at its current version and the instance layout of {@code p}: its shape, or no
     * instance attributes at all. Null when {@code p} keeps its attributes in a dict.
     */
    public static ValueGuard typeAndShape(PyObject p) {
        PyType t = p.type;
        int v = t.version;
        if (p.dict != null) return null;
        ValueTest test = p.shape == null ? new TypeVersionNoAttributes(t, v) : new TypeVersionShape(t, v, p.shape);
        return new ValueGuard(t.name, test, () -> t.version != v);
    }

    /** Class {@code cls} itself, with its and its metatype's current versions. */
    public static ValueGuard classObject(PyType cls) {
        PyType meta = cls.type;
        int v = cls.version, mv = meta.version;
        return new ValueGuard("class " + cls.name, new SameTypeVersions(cls, v, meta, mv),
                () -> cls.version != v || meta.version != mv || cls.type != meta);
    }

    /** The guard for the Python type of {@code o}: Java class for scalars, exact type and version otherwise. */
    public static ValueGuard typeOf(Object o) {
        if (o instanceof PyObject p) return type(p.type);
        return javaClass(o.getClass());
    }

    /**
     * Adapts a one-value test to a site's parameter list: applies it to parameter {@code index}
     * of {@code siteType} and ignores the others.
     */
    public static MethodHandle onParameter(MethodHandle test, MethodType siteType, int index) {
        MethodHandle t = test.asType(MethodType.methodType(boolean.class, siteType.parameterType(index)));
        t = MethodHandles.dropArguments(t, 0, siteType.parameterList().subList(0, index));
        return MethodHandles.dropArguments(t, index + 1, siteType.parameterList().subList(index + 1, siteType.parameterCount()));
    }

    /** {@link #onParameter(MethodHandle, MethodType, int)} of {@code handle(test)}. */
    public static MethodHandle onParameter(ValueTest test, MethodType siteType, int index) {
        return onParameter(handle(test), siteType, index);
    }

    /** A test on the two operands of a binary site, with the objects it checks in fields (see {@link ValueTest}). */
    public interface PairTest {
        boolean test(Object a, Object b);
    }

    private static final MethodHandle PAIR_TEST;

    static {
        try {
            PAIR_TEST = LOOKUP.findVirtual(PairTest.class, "test", MethodType.methodType(boolean.class, Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** {@code (Object, Object) boolean} running {@code t}. */
    public static MethodHandle handle(PairTest t) {
        return PAIR_TEST.bindTo(t);
    }

    /** {@code a} holds for the first operand and {@code b} for the second. */
    record Operands(ValueTest a, ValueTest b) implements PairTest {
        public boolean test(Object x, Object y) {
            return a.test(x) && b.test(y);
        }
    }
}
