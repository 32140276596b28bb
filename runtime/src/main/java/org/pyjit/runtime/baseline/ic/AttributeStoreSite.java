package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.function.BiConsumer;
import org.pyjit.runtime.baseline.ic.Guards.ValueGuard;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Attributes;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code obj.name = value} ({@code (Object obj, Object value) void}). Cached kinds: replacing an
 * instance attribute in its slot (guard: type, version, shape), adding one by a shape transition
 * (same guard, on the shape before), and storing through a data descriptor such as a
 * {@code __slots__} member or a property (guard: type and version).
 */
public final class AttributeStoreSite extends InlineCache {
    private static final MethodHandle MISS;
    private static final MethodHandle SET_ATTR;
    private static final MethodHandle SET_SLOT;
    private static final MethodHandle ADD_SLOT;
    private static final MethodHandle SETTER;
    private static final MethodHandle GENERIC_SET;

    static {
        try {
            MethodHandles.Lookup l = Guards.LOOKUP;
            MISS = l.findVirtual(AttributeStoreSite.class, "miss", MethodType.methodType(void.class, Object.class, Object.class));
            SET_ATTR = l.findStatic(Ops.class, "setAttr", MethodType.methodType(void.class, Object.class, String.class, Object.class));
            SET_SLOT = l.findStatic(AttributeStoreSite.class, "setSlot",
                    MethodType.methodType(void.class, int.class, Object.class, Object.class));
            ADD_SLOT = l.findStatic(AttributeStoreSite.class, "addSlot",
                    MethodType.methodType(void.class, Shape.class, Object.class, Object.class));
            SETTER = l.findVirtual(BiConsumer.class, "accept", MethodType.methodType(void.class, Object.class, Object.class));
            GENERIC_SET = l.findStatic(Attributes.class, "genericSet",
                    MethodType.methodType(void.class, Object.class, String.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;

    public AttributeStoreSite(MethodType type, String name) {
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
        return MethodHandles.insertArguments(SET_ATTR, 1, name).asType(type());
    }

    void miss(Object o, Object value) {
        relink(plan(o, name));
        Ops.setAttr(o, name, value);
    }

    static Entry plan(Object o, String name) {
        if (o instanceof PyType || !(o instanceof PyObject p)) return null;
        PyType t = p.type;
        if (t.lookup("__setattr__") != Attributes.objectSetattr) return null;
        Object descr = t.lookup(name);
        if (descr != null && Attributes.isDataDescriptor(descr)) {
            MethodHandle fast = descr instanceof PyGetSetDescriptor gs && gs.setter != null ? SETTER.bindTo(gs.setter)
                    : MethodHandles.insertArguments(GENERIC_SET, 1, name);
            return entry(Guards.type(t), "data descriptor " + name, fast);
        }
        if (!t.instancesHaveDict) return null;
        ValueGuard g = Guards.typeAndShape(p);
        if (g == null) return null;
        int slot = p.shape == null ? -1 : p.shape.indexOf(name);
        if (slot >= 0) return entry(g, "slot " + name + "#" + slot, MethodHandles.insertArguments(SET_SLOT, 0, slot));
        Shape next = (p.shape == null ? Shape.EMPTY : p.shape).withAttribute(name);
        if (next == null) return null;
        return entry(g, "new slot " + name + "#" + (next.size() - 1), ADD_SLOT.bindTo(next));
    }

    private static Entry entry(ValueGuard g, String what, MethodHandle fast) {
        MethodType site = MethodType.methodType(void.class, Object.class, Object.class);
        return new Entry(g.kind() + ": " + what, Guards.onParameter(g.check(), site, 0), fast.asType(site), g.isStale());
    }

    public static void setSlot(int index, Object o, Object value) {
        ((PyObject) o).slots[index] = value;
    }

    /** Appends an attribute in slot mode: the same steps as {@code PyObject.setInstanceAttr}'s growth. */
    public static void addSlot(Shape next, Object o, Object value) {
        PyObject p = (PyObject) o;
        int i = next.size() - 1;
        Object[] s = p.slots;
        if (s == null) s = p.slots = new Object[4];
        else if (s.length <= i) s = p.slots = Arrays.copyOf(s, s.length * 2);
        s[i] = value;
        p.shape = next;
    }
}
