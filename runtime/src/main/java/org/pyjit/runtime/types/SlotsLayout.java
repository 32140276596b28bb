package org.pyjit.runtime.types;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code __slots__}: which storage a new class's instances get, and the member descriptors that
 * read and write slot values. Slot values are never part of the instance dict (a subclass may add
 * one): instances whose layout comes from {@code object} are {@link PySlottedObject}s with an array
 * of slot values, indexed by the slot's fixed position in the class layout (an inline cache can
 * guard on the type and load by index); instances of slotted subclasses of other builtin types keep
 * theirs in a side table.
 */
final class SlotsLayout {
    private SlotsLayout() {}

    /** The type of slot descriptors ({@code <member 'a' of 'A' objects>}). */
    static final PyType MEMBER_DESCRIPTOR = BuiltinTypes.make("member_descriptor", BuiltinTypes.OBJECT);

    /** Slot values of instances whose Java class has no room for them (slotted subclasses of list, Exception …). */
    private static final WeakIdentityMap<Object[]> SIDE_TABLE = new WeakIdentityMap<>();

    /** What {@code __slots__} (or its absence) gives a class. */
    record Layout(String[] members, boolean declared, boolean addDict, boolean addWeakref) {}

    /** Checks {@code ns["__slots__"]} against the best base, as CPython's type_new_slots. */
    static Layout process(String className, PyType base, PyDict ns) {
        boolean mayAddDict = !base.instancesHaveDict;
        boolean mayAddWeak = !TypeLayout.hasWeakref(base) && !TypeLayout.isVariableSize(base);
        Object slots = ns.getStr("__slots__");
        if (slots == null) return new Layout(new String[0], false, mayAddDict, mayAddWeak);
        Object[] items = slotItems(slots);
        if (items.length > 0 && TypeLayout.isVariableSize(base)) {
            throw Errors.typeError("nonempty __slots__ not supported for subtype of '" + base.name + "'");
        }
        boolean addDict = false, addWeak = false;
        List<String> members = new ArrayList<>();
        for (Object item : items) {
            String s = Install.asString(item);
            if (s == null) throw Errors.typeError("__slots__ items must be strings, not '" + Ops.typeName(item) + "'");
            if (!isIdentifier(s)) throw Errors.typeError("__slots__ must be identifiers");
            if (s.equals("__dict__")) {
                if (!mayAddDict || addDict) throw Errors.typeError("__dict__ slot disallowed: we already got one");
                addDict = true;
            } else if (s.equals("__weakref__")) {
                if (!mayAddWeak || addWeak) {
                    throw Errors.typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                }
                addWeak = true;
            } else {
                String mangled = mangle(className, s);
                if (ns.getStr(mangled) != null && !s.equals("__qualname__") && !s.equals("__classcell__")) {
                    throw Errors.valueError(Ops.repr(s) + " in __slots__ conflicts with class variable");
                }
                if (!members.contains(mangled)) members.add(mangled);
            }
        }
        members.sort(null);
        return new Layout(members.toArray(new String[0]), true, addDict, addWeak);
    }

    /** The items of a {@code __slots__} value: one str, or any iterable of them. */
    static Object[] slotItems(Object slots) {
        if (Install.asString(slots) != null) return new Object[] {slots};
        return Install.toArray(slots);
    }

    /** Private name mangling: {@code __x} in class {@code _A} is {@code _A__x}. */
    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) return name;
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') i++;
        if (i == className.length()) return name;
        return "_" + className.substring(i) + name;
    }

    /** {@code str.isidentifier()}. */
    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) return false;
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Number of slot values instances of {@code t} carry (its slots and its layout ancestors'). */
    static int slotCount(PyType t) {
        int n = 0;
        for (PyType c = t; c != null && !c.builtin; c = TypeLayout.base(c)) n += TypeLayout.realSlots(c).length;
        return n;
    }

    /** Whether instances of a class with base {@code base} can be {@link PySlottedObject}s (layout from object). */
    static boolean objectLayout(PyType base) {
        PyType solid = TypeLayout.solidBase(base);
        return solid == BuiltinTypes.OBJECT || !solid.builtin;
    }

    /** The descriptor of slot {@code name} of class {@code owner}, stored at {@code index}. */
    static PyGetSetDescriptor member(PyType owner, String name, int index) {
        PyGetSetDescriptor d = new PyGetSetDescriptor(owner, name, o -> {
            Install.checkReceiver(owner, name, o);
            Object[] values = storage(o, false);
            Object v = values == null || index >= values.length ? null : values[index];
            if (v == null) throw Errors.noAttribute(o, name);
            return v;
        }, (o, v) -> {
            Install.checkReceiver(owner, name, o);
            Object[] values = storage(o, true);
            if (v == null && values[index] == null) throw Errors.attributeError(name);
            values[index] = v;
        });
        d.type = MEMBER_DESCRIPTOR;
        return d;
    }

    private static Object[] storage(Object o, boolean create) {
        if (o instanceof PySlottedObject s) return s.slotValues;
        if (!create) return SIDE_TABLE.get(o);
        int n = slotCount(Ops.typeOf(o));
        Object[] values = SIDE_TABLE.computeIfAbsent(o, k -> new Object[n]);
        return values;
    }

    static void install() {
        PyType t = MEMBER_DESCRIPTOR;
        TypeLayout.markFinal(t);
        DescriptorMethods.installDescriptorProtocol(t, "member");
    }
}
