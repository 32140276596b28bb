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

    private static final MethodHandle IS_CLASS = find("isClass", Class.class);
    private static final MethodHandle IS_SAME = find("isSame", Object.class);
    private static final MethodHandle TYPE_VERSION = find("typeVersion", PyType.class, int.class);
    private static final MethodHandle TYPE_VERSION_SHAPE = find("typeVersionShape", PyType.class, int.class, Shape.class);
    private static final MethodHandle TYPE_VERSION_NO_ATTRS = find("typeVersionNoAttributes", PyType.class, int.class);
    private static final MethodHandle SAME_TYPE_VERSIONS = find("sameTypeVersions", PyType.class, int.class, PyType.class, int.class);

    private static MethodHandle find(String name, Class<?>... bound) {
        Class<?>[] params = java.util.Arrays.copyOf(bound, bound.length + 1);
        params[bound.length] = Object.class;
        try {
            return LOOKUP.findStatic(Guards.class, name, MethodType.methodType(boolean.class, params));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isClass(Class<?> c, Object o) {
        return o != null && o.getClass() == c;
    }

    public static boolean isSame(Object expected, Object o) {
        return o == expected;
    }

    public static boolean typeVersion(PyType t, int version, Object o) {
        return o instanceof PyObject p && p.type == t && t.version == version;
    }

    public static boolean typeVersionShape(PyType t, int version, Shape shape, Object o) {
        return o instanceof PyObject p && p.type == t && p.shape == shape && t.version == version;
    }

    public static boolean typeVersionNoAttributes(PyType t, int version, Object o) {
        return o instanceof PyObject p && p.type == t && p.shape == null && p.dict == null && t.version == version;
    }

    /** {@code o} is class {@code cls} itself, and neither it nor its metatype changed. */
    public static boolean sameTypeVersions(PyType cls, int version, PyType meta, int metaVersion, Object o) {
        return o == cls && cls.version == version && meta.version == metaVersion && cls.type == meta;
    }

    /** A guard on one value and what makes it stale, from which entries are built. */
    public record ValueGuard(String kind, MethodHandle test, BooleanSupplier isStale) {}

    /** {@code o.getClass() == c} (Java scalars: their Python types cannot change). */
    public static ValueGuard javaClass(Class<?> c) {
        return new ValueGuard(c.getSimpleName(), IS_CLASS.bindTo(c), () -> false);
    }

    /** Identity with {@code expected}. */
    public static ValueGuard same(Object expected, String kind) {
        return new ValueGuard(kind, IS_SAME.bindTo(expected), () -> false);
    }

    /** Exact Python type {@code t} at its current version (type attributes unchanged). */
    public static ValueGuard type(PyType t) {
        int v = t.version;
        return new ValueGuard(t.name, MethodHandles.insertArguments(TYPE_VERSION, 0, t, v), () -> t.version != v);
    }

    /**
     * Exact type at its current version and the instance layout of {@code p}: its shape, or no
     * instance attributes at all. Null when {@code p} keeps its attributes in a dict.
     */
    public static ValueGuard typeAndShape(PyObject p) {
        PyType t = p.type;
        int v = t.version;
        if (p.dict != null) return null;
        MethodHandle test = p.shape == null ? MethodHandles.insertArguments(TYPE_VERSION_NO_ATTRS, 0, t, v)
                : MethodHandles.insertArguments(TYPE_VERSION_SHAPE, 0, t, v, p.shape);
        return new ValueGuard(t.name, test, () -> t.version != v);
    }

    /** Class {@code cls} itself, with its and its metatype's current versions. */
    public static ValueGuard classObject(PyType cls) {
        PyType meta = cls.type;
        int v = cls.version, mv = meta.version;
        return new ValueGuard("class " + cls.name, MethodHandles.insertArguments(SAME_TYPE_VERSIONS, 0, cls, v, meta, mv),
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

    /** Both tests hold ({@code a} first), each on the whole parameter list. */
    public static MethodHandle and(MethodHandle a, MethodHandle b) {
        MethodHandle falseConst = MethodHandles.dropArguments(MethodHandles.constant(boolean.class, false), 0, a.type().parameterList());
        return MethodHandles.guardWithTest(a, b, falseConst);
    }
}
