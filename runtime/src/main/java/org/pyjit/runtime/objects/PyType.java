package org.pyjit.runtime.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Python type (class). Builtin types are created once by {@code BuiltinTypes}; classes of the
 * program by {@code type.__new__}. Attribute lookup walks the {@link #mro}; every mutation of a
 * type's namespace or bases bumps {@link #version} of the type and of all its subclasses, which is
 * what inline caches guard on.
 */
public class PyType extends PyObject {
    public String name;
    public String qualname;
    public PyType[] bases;
    /** The method resolution order, this type first. */
    public PyType[] mro;
    /** The namespace ({@code __dict__}); keys are {@code String}. Mutate through {@link #setAttribute}. */
    public final PyDict namespace = new PyDict();
    /** Bumped on any change that can alter a lookup on this type. */
    public int version;
    /** Instances carry a {@code __dict__} (false for most builtin types and {@code __slots__} classes). */
    public boolean instancesHaveDict;
    /** Defined in Java by pyjit (not a {@code class} statement); its namespace is read-only to programs. */
    public boolean builtin;
    /** Makes a fresh, uninitialized instance whose Java layout fits this type (inherited from the solid base). */
    public Function<PyType, PyObject> instanceFactory;
    /** The {@code __slots__} names declared by this class itself, or null. */
    public String[] declaredSlots;

    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();

    /**
     * One remembered {@link #lookup} result: valid while the type keeps this version and MRO
     * (immutable, so threads can share the table without locks).
     */
    private record CachedLookup(int version, PyType[] mro, String name, Object value) {}

    private static final int LOOKUP_CACHE_SIZE = 64;
    private static final Object ABSENT = new Object();
    /**
     * This type's method cache (CPython keeps one for all types; one per type holds no type
     * alive): names the MRO walk already resolved, indexed by name hash; collisions overwrite.
     */
    private CachedLookup[] lookupCache;

    {
        // any binding change in the namespace (also the direct puts of builtin set-up) makes cached lookups miss
        namespace.watcher = key -> invalidate();
    }

    /** A builtin type with one base (null only for {@code object}). */
    public PyType(PyType metatype, String name, PyType base, Function<PyType, PyObject> instanceFactory) {
        super(metatype);
        this.name = name;
        this.qualname = name;
        this.builtin = true;
        this.bases = base == null ? new PyType[0] : new PyType[] {base};
        this.instanceFactory = instanceFactory != null ? instanceFactory : base != null ? base.instanceFactory : null;
        this.mro = base == null ? new PyType[] {this} : prepend(this, base.mro);
        if (base != null) base.addSubclass(this);
    }

    /** A class made by the program: bases and MRO are computed by the caller ({@code type.__new__}). */
    public PyType(PyType metatype, String name, PyType[] bases, PyType[] mro, Function<PyType, PyObject> factory) {
        super(metatype);
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.mro = mro;
        this.instanceFactory = factory;
        for (PyType b : bases) b.addSubclass(this);
    }

    private static PyType[] prepend(PyType first, PyType[] rest) {
        PyType[] r = new PyType[rest.length + 1];
        r[0] = first;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }

    /** Finds {@code name} along the MRO without invoking descriptors; null when absent. */
    public final Object lookup(String name) {
        CachedLookup[] cache = lookupCache;
        if (cache == null) lookupCache = cache = new CachedLookup[LOOKUP_CACHE_SIZE];
        int h = name.hashCode();
        int slot = (h ^ (h >>> 7)) & (LOOKUP_CACHE_SIZE - 1);
        CachedLookup c = cache[slot];
        PyType[] m = mro;
        int v = version;
        if (c != null && c.version == v && c.mro == m && (c.name == name || c.name.equals(name))) {
            return c.value == ABSENT ? null : c.value;
        }
        Object found = walkMro(m, name);
        cache[slot] = new CachedLookup(v, m, name, found == null ? ABSENT : found);
        return found;
    }

    private static Object walkMro(PyType[] mro, String name) {
        for (PyType t : mro) {
            Object v = t.namespace.getStr(name);
            if (v != null) return v;
        }
        return null;
    }

    /** The type along the MRO that defines {@code name}, or null. */
    public final PyType lookupOwner(String name) {
        for (PyType t : mro) {
            if (t.namespace.getStr(name) != null) return t;
        }
        return null;
    }

    /** True when this type is {@code other} or inherits from it. */
    public final boolean isSubtypeOf(PyType other) {
        if (this == other) return true;
        for (PyType t : mro) if (t == other) return true;
        return false;
    }

    /** Sets a class attribute (null value deletes it) and invalidates caches depending on it. */
    public final void setAttribute(String name, Object value) {
        if (value == null) namespace.removeStr(name);
        else namespace.putStr(name, value);
        invalidate();
    }

    /** Bumps the version of this type and every subclass, so cached lookups miss. */
    public final void invalidate() {
        version++;
        synchronized (subclasses) {
            for (WeakReference<PyType> r : subclasses) {
                PyType s = r.get();
                if (s != null) s.invalidate();
            }
        }
    }

    public final void addSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null);
            subclasses.add(new WeakReference<>(sub));
        }
    }

    /** Live direct subclasses, in creation order. */
    public final List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        synchronized (subclasses) {
            for (WeakReference<PyType> r : subclasses) {
                PyType s = r.get();
                if (s != null) out.add(s);
            }
        }
        return out;
    }

    /** The Python-visible module name ({@code __module__}), "builtins" for builtin types. */
    public String moduleName() {
        Object m = namespace.getStr("__module__");
        return m instanceof String s ? s : "builtins";
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
