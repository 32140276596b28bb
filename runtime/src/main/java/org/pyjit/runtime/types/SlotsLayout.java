package org.pyjit.runtime.types;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code __slots__}: which storage a new class's instances get, and the member descriptors that
 * read and write slot values. A slot's value lives in the instance's ordinary attribute storage
 * (its shape slots) under the slot's name, so inline caches treat it like any attribute; the
 * class has no {@code __dict__} descriptor unless asked for, so nothing else can be stored.
 */
final class SlotsLayout {
    private SlotsLayout() {}

    /** The type of slot descriptors ({@code <member 'a' of 'A' objects>}). */
    static final PyType MEMBER_DESCRIPTOR = BuiltinTypes.make("member_descriptor", BuiltinTypes.OBJECT);

    /**
     * Marks a slot whose value was deleted, in instances without a dict (whose storage cannot drop
     * a name). A None look-alike, so it is harmless should it ever be seen.
     */
    static final PyObject UNSET = new PyObject(BuiltinTypes.NONE_TYPE);

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

    /** The descriptor of slot {@code name} of class {@code owner}. */
    static PyGetSetDescriptor member(PyType owner, String name) {
        PyGetSetDescriptor d = new PyGetSetDescriptor(owner, name, o -> {
            Install.checkReceiver(owner, name, o);
            Object v = ((PyObject) o).getInstanceAttr(name);
            if (v == null || v == UNSET) throw Errors.noAttribute(o, name);
            return v;
        }, (o, v) -> {
            Install.checkReceiver(owner, name, o);
            PyObject p = (PyObject) o;
            if (v != null) {
                p.setInstanceAttr(name, v);
                return;
            }
            Object cur = p.getInstanceAttr(name);
            if (cur == null || cur == UNSET) throw Errors.attributeError(name);
            if (p.dict != null || p.type.instancesHaveDict) p.deleteInstanceAttr(name);
            else p.setInstanceAttr(name, UNSET);
        });
        d.type = MEMBER_DESCRIPTOR;
        return d;
    }

    static void install() {
        PyType t = MEMBER_DESCRIPTOR;
        TypeLayout.markFinal(t);
        DescriptorMethods.installDescriptorProtocol(t, "member");
    }
}
