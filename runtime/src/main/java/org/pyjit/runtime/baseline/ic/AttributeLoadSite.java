package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyjit.runtime.baseline.ic.Guards.ValueGuard;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Attributes;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code obj.name} ({@code (Object) Object}). Cached kinds: an instance attribute in a slot (guard:
 * type, version, shape; load by index), a method or other class attribute not shadowed by the
 * instance (guard: type, version, shape; bind), a data descriptor such as a property or a
 * {@code __slots__} member (guard: type and version), an attribute of a class object (guard: the
 * class and its metatype with their versions; the value is a constant), and a module attribute
 * (guard: the module; read through the module dict's key cell).
 */
public final class AttributeLoadSite extends InlineCache {
    private static final MethodHandle MISS;
    private static final MethodHandle GET_ATTR;
    private static final MethodHandle SLOT;
    private static final MethodHandle BIND_METHOD;
    private static final MethodHandle BIND_DESCRIPTOR;
    private static final MethodHandle GETSET;
    private static final MethodHandle PROPERTY;
    private static final MethodHandle SAME_GETTER;
    private static final MethodHandle MODULE_CELL;
    private static final MethodHandle NEW_BOUND;

    static {
        try {
            MethodHandles.Lookup l = Guards.LOOKUP;
            MISS = l.findVirtual(AttributeLoadSite.class, "miss", MethodType.methodType(Object.class, Object.class));
            GET_ATTR = l.findStatic(Ops.class, "getAttr", MethodType.methodType(Object.class, Object.class, String.class));
            SLOT = l.findStatic(AttributeLoadSite.class, "slot", MethodType.methodType(Object.class, int.class, Object.class));
            BIND_METHOD = l.findStatic(AttributeLoadSite.class, "bindMethod", MethodType.methodType(Object.class, Object.class, Object.class));
            BIND_DESCRIPTOR = l.findStatic(Attributes.class, "bindDescriptor",
                    MethodType.methodType(Object.class, Object.class, Object.class, PyType.class));
            GETSET = l.findVirtual(java.util.function.Function.class, "apply", MethodType.methodType(Object.class, Object.class));
            PROPERTY = l.findStatic(AttributeLoadSite.class, "property", MethodType.methodType(Object.class, PyProperty.class, Object.class));
            SAME_GETTER = l.findStatic(AttributeLoadSite.class, "sameGetter",
                    MethodType.methodType(boolean.class, PyProperty.class, PyFunction.class));
            MODULE_CELL = l.findStatic(AttributeLoadSite.class, "moduleCell",
                    MethodType.methodType(Object.class, KeyCell.class, String.class, Object.class));
            NEW_BOUND = l.findStatic(AttributeLoadSite.class, "boundToClass", MethodType.methodType(Object.class, PyType.class, Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;

    public AttributeLoadSite(MethodType type, String name) {
        super(type);
        this.name = name;
        start();
    }

    @Override
    protected MethodHandle missHandler() {
        return MISS.bindTo(this).asType(type());
    }

    @Override
    protected MethodHandle generic() {
        return MethodHandles.insertArguments(GET_ATTR, 1, name).asType(type());
    }

    Object miss(Object o) {
        relink(plan(o, name));
        return Ops.getAttr(o, name);
    }

    /** The entry for loading {@code name} from objects like {@code o}, or null when it is not cacheable. */
    static Entry plan(Object o, String name) {
        if (o instanceof PyType cls) return planClass(cls, name);
        if (o instanceof PyModule m && m.type == BuiltinTypes.MODULE) return planModule(m, name);
        PyType t = Ops.typeOf(o);
        if (t.lookup("__getattribute__") != Attributes.objectGetattribute || t.lookup("__getattr__") != null) return null;
        Object descr = t.lookup(name);
        if (descr != null && Attributes.isDataDescriptor(descr)) {
            ValueGuard g = Guards.typeOf(o);
            if (descr instanceof PyProperty p && p.type == BuiltinTypes.PROPERTY && p.fget instanceof PyFunction f
                    && FunctionCalls.isDirect(f.code, 1)) {
                return propertyEntry(g, name, p, f);
            }
            return entry(g, "data descriptor " + name, dataDescriptor(descr, t));
        }
        if (!(o instanceof PyObject p)) { // a JVM scalar: no instance attributes
            if (descr == null) return null;
            return entry(Guards.javaClass(o.getClass()), "method " + name, bound(descr, t));
        }
        ValueGuard g = Guards.typeAndShape(p);
        if (g == null) return null; // attributes in a dict: no shape to guard on
        int slot = p.shape == null ? -1 : p.shape.indexOf(name);
        if (slot >= 0) return entry(g, "slot " + name + "#" + slot, MethodHandles.insertArguments(SLOT, 0, slot));
        if (descr == null) return null; // __getattr__-less miss: AttributeError, generic path
        return entry(g, "class attribute " + name, bound(descr, t));
    }

    private static Entry entry(ValueGuard g, String what, MethodHandle fast) {
        MethodType site = MethodType.methodType(Object.class, Object.class);
        return new Entry(g.kind() + ": " + what, g.test(), fast.asType(site), g.isStale());
    }

    /**
     * A property whose getter is a Python function of one parameter: called directly (its
     * baseline body once it has one; the site relinks when it gets one) while the property keeps
     * that getter.
     */
    private static Entry propertyEntry(ValueGuard g, String name, PyProperty p, PyFunction f) {
        MethodType site = MethodType.methodType(Object.class, Object.class);
        FunctionCalls.Callee c = FunctionCalls.Callee.of(f);
        MethodHandle call = CallSites.callFunction(f, c, 1).asType(site);
        MethodHandle sameGetter = MethodHandles.dropArguments(MethodHandles.insertArguments(SAME_GETTER, 0, p, f), 0, Object.class);
        MethodHandle fast = MethodHandles.guardWithTest(sameGetter, call, PROPERTY.bindTo(p).asType(site));
        String kind = g.kind() + ": property " + name;
        if (c.body() != null) return new Entry(kind, g.test(), fast, g.isStale());
        return new Entry(kind, Guards.handle(FunctionCalls.whileInterpreted(g.check(), c)), fast,
                () -> g.isStale().getAsBoolean() || c.tieredUp(), () -> !c.tieredUp());
    }

    /** The property still has getter {@code f} ({@code property.__init__} can be called again). */
    public static boolean sameGetter(PyProperty p, PyFunction f) {
        return p.fget == f;
    }

    /** How a non-data class attribute binds to an instance: functions make bound methods, plain values stay. */
    private static MethodHandle bound(Object descr, PyType t) {
        if (descr instanceof PyFunction || descr instanceof PyMethodDescriptor) return BIND_METHOD.bindTo(descr);
        if (descr instanceof String || descr instanceof Long || descr instanceof Double || descr instanceof Boolean
                || descr == PyNone.NONE || descr instanceof PyBuiltinFunction) {
            return MethodHandles.dropArguments(MethodHandles.constant(Object.class, descr), 0, Object.class);
        }
        return MethodHandles.insertArguments(BIND_DESCRIPTOR, 2, t).bindTo(descr);
    }

    private static MethodHandle dataDescriptor(Object descr, PyType t) {
        if (descr instanceof PyGetSetDescriptor gs) return GETSET.bindTo(gs.getter);
        if (descr instanceof PyProperty p && p.type == BuiltinTypes.PROPERTY) return PROPERTY.bindTo(p);
        return MethodHandles.insertArguments(BIND_DESCRIPTOR, 2, t).bindTo(descr);
    }

    /** {@code Cls.name}: a constant while the class and its metatype keep their versions. */
    private static Entry planClass(PyType cls, String name) {
        PyType meta = cls.type;
        if (meta.lookup("__getattribute__") != Attributes.typeGetattribute || meta.lookup("__getattr__") != null) return null;
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && Attributes.isDataDescriptor(metaAttr)) return null;
        Object attr = cls.lookup(name);
        if (attr == null) return null;
        MethodHandle fast;
        if (attr instanceof PyClassMethod cm) {
            fast = MethodHandles.insertArguments(NEW_BOUND, 0, cls, cm.callable);
        } else {
            Object value;
            if (attr instanceof PyStaticMethod sm) value = sm.callable;
            else if (isPlainClassValue(attr)) value = attr;
            else return null;
            fast = MethodHandles.dropArguments(MethodHandles.constant(Object.class, value), 0, Object.class);
        }
        return entry(Guards.classObject(cls), "attribute " + name, fast);
    }

    /** Class attributes that {@code type.__getattribute__} returns as they are. */
    static boolean isPlainClassValue(Object attr) {
        if (attr instanceof PyFunction || attr instanceof PyMethodDescriptor || attr instanceof PyBuiltinFunction
                || attr instanceof PyType || attr instanceof PyProperty || attr instanceof PyGetSetDescriptor) {
            return true;
        }
        if (!(attr instanceof PyObject p)) return true; // str, int, float, bool
        return p.type.builtin && p.type.lookup("__get__") == null;
    }

    /** {@code module.name}: read from the module dict's cell for the name (never stale). */
    private static Entry planModule(PyModule m, String name) {
        Object descr = BuiltinTypes.MODULE.lookup(name);
        if (descr != null && Attributes.isDataDescriptor(descr)) return null;
        KeyCell cell = m.dict.keyCell(name);
        MethodHandle fast = MethodHandles.insertArguments(MODULE_CELL, 0, cell, name);
        return entry(Guards.same(m, "module " + m.name), "attribute " + name, fast);
    }

    public static Object slot(int index, Object o) {
        return ((PyObject) o).slots[index];
    }

    public static Object bindMethod(Object function, Object self) {
        return new PyBoundMethod(self, function);
    }

    public static Object property(PyProperty p, Object self) {
        Object fget = p.fget;
        if (fget instanceof PyFunction f && FunctionCalls.isDirect(f.code, 1)) return FunctionCalls.call1(f, self);
        if (fget == null || fget == PyNone.NONE) return Attributes.bindDescriptor(p, self, Ops.typeOf(self));
        return Ops.call(fget, self);
    }

    public static Object moduleCell(KeyCell cell, String name, Object module) {
        Object v = cell.value();
        return v != null ? v : Ops.getAttr(module, name);
    }

    public static Object boundToClass(PyType cls, Object function, Object ignored) {
        return new PyBoundMethod(cls, function);
    }
}
