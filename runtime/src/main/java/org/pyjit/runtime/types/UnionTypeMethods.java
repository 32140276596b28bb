package org.pyjit.runtime.types;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code types.UnionType}, the value of {@code int | None}: made by {@code type.__or__}, printed as
 * written, compared as a set of members, and accepted by {@code isinstance}/{@code issubclass}.
 */
public final class UnionTypeMethods {
    private UnionTypeMethods() {}

    /** {@code types.UnionType}. */
    public static final PyType UNION_TYPE = BuiltinTypes.make("UnionType", BuiltinTypes.OBJECT);

    static void install() {
        PyType t = UNION_TYPE;
        t.namespace.putStr("__module__", "types");
        TypeLayout.markFinal(t);
        Install.constructor(t, UnionTypeMethods::refuseConstruction);
        Install.method(t, "__or__", 1, 1, a -> or(a[0], a[1]));
        Install.method(t, "__ror__", 1, 1, a -> or(a[1], a[0]));
        Install.method(t, "__repr__", 0, 0, a -> repr((PyUnion) a[0]));
        Install.method(t, "__eq__", 1, 1, a -> a[1] instanceof PyUnion o ? sameMembers((PyUnion) a[0], o) : BuiltinTypes.NOT_IMPLEMENTED);
        Install.method(t, "__hash__", 0, 0, a -> hash((PyUnion) a[0]));
        Install.readonly(t, "__args__", o -> new PyTuple(((PyUnion) o).args));
        Install.readonly(t, "__parameters__", o -> PyTuple.EMPTY);
        Install.method(t, "__instancecheck__", 1, 1, a -> TypeChecks.isInstance(a[1], a[0]));
        Install.method(t, "__subclasscheck__", 1, 1, a -> TypeChecks.isSubclass(a[1], a[0]));
    }

    /** {@code a | b} for types, None, unions and generic aliases; NotImplemented otherwise. */
    public static Object or(Object a, Object b) {
        if (!isUnionable(a) || !isUnionable(b)) return BuiltinTypes.NOT_IMPLEMENTED;
        List<Object> members = new ArrayList<>();
        addMembers(members, a);
        addMembers(members, b);
        if (members.size() == 1) return members.get(0);
        return new PyUnion(UNION_TYPE, members.toArray());
    }

    private static boolean isUnionable(Object o) {
        if (o == PyNone.NONE || o instanceof PyType || o instanceof PyUnion) return true;
        return Ops.typeName(o).equals("GenericAlias");
    }

    private static void addMembers(List<Object> members, Object o) {
        if (o instanceof PyUnion u) {
            for (Object m : u.args) addMember(members, m);
        } else {
            addMember(members, o == PyNone.NONE ? BuiltinTypes.NONE_TYPE : o);
        }
    }

    private static void addMember(List<Object> members, Object m) {
        for (Object x : members) if (x == m || (!(x instanceof PyType) && Ops.eq(x, m))) return;
        members.add(m);
    }

    private static String repr(PyUnion u) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < u.args.length; i++) {
            if (i > 0) b.append(" | ");
            b.append(memberRepr(u.args[i]));
        }
        return b.toString();
    }

    private static String memberRepr(Object m) {
        if (m == BuiltinTypes.NONE_TYPE) return "None";
        if (m instanceof PyType t) {
            String mod = ObjectMethods.moduleName(t);
            return mod == null || mod.equals("builtins") ? t.qualname : mod + "." + t.qualname;
        }
        return Ops.repr(m);
    }

    private static boolean sameMembers(PyUnion a, PyUnion b) {
        return containsAll(a.args, b.args) && containsAll(b.args, a.args);
    }

    private static boolean containsAll(Object[] big, Object[] small) {
        outer:
        for (Object s : small) {
            for (Object x : big) if (x == s || Ops.eq(x, s)) continue outer;
            return false;
        }
        return true;
    }

    /** Order-independent, as CPython's hash of the frozenset of members. */
    private static long hash(PyUnion u) {
        long h = 0x345678L;
        for (Object m : u.args) h ^= Ops.hash(m) * 0x9e3779b97f4a7c15L;
        return h == -1 ? -2 : h;
    }

    /** "cannot create 'types.UnionType' instances" — unions only come from {@code |}. */
    static Object refuseConstruction(Object[] a, String[] kw) {
        throw Errors.typeError("cannot create 'types.UnionType' instances");
    }
}
