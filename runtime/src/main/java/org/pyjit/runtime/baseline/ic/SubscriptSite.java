package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyjit.runtime.baseline.ic.Guards.ValueGuard;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.string.Strings;

/**
 * Subscripts: {@code obj[key]} ({@code (Object, Object) Object}) and {@code obj[key] = value}
 * ({@code (Object, Object, Object) void}). Cached kinds: a list or tuple indexed by an int (read
 * or written in place, bounds and negative indexes as the generic path; anything else falls
 * back to it), a str (str's own {@code __getitem__} code), a dict (hash lookup), a builtin
 * type's {@code __getitem__} or {@code __setitem__} (found once), a class defined in Python whose
 * {@code __getitem__} or {@code __setitem__} is a Python function (resolved once, guarded by type
 * and version, called directly), and other types (guarded, generic).
 */
public final class SubscriptSite extends InlineCache {
    private static final MethodHandle MISS_GET;
    private static final MethodHandle MISS_SET;
    private static final MethodHandle GET;
    private static final MethodHandle SET;
    private static final MethodHandle LIST_GET;
    private static final MethodHandle TUPLE_GET;
    private static final MethodHandle STR_GET;
    private static final MethodHandle DICT_GET;
    private static final MethodHandle LIST_SET;
    private static final MethodHandle DICT_SET;
    private static final MethodHandle USER_GET;
    private static final MethodHandle USER_SET;
    private static final MethodHandle BUILTIN_GET;
    private static final MethodHandle BUILTIN_SET;

    static {
        try {
            MethodHandles.Lookup l = Guards.LOOKUP;
            MethodType get = MethodType.methodType(Object.class, Object.class, Object.class);
            MethodType set = MethodType.methodType(void.class, Object.class, Object.class, Object.class);
            MISS_GET = l.findVirtual(SubscriptSite.class, "missGet", get);
            MISS_SET = l.findVirtual(SubscriptSite.class, "missSet", set);
            GET = l.findStatic(Ops.class, "getItem", get);
            SET = l.findStatic(Ops.class, "setItem", set);
            LIST_GET = l.findStatic(SubscriptSite.class, "listGet", get);
            TUPLE_GET = l.findStatic(SubscriptSite.class, "tupleGet", get);
            STR_GET = l.findStatic(SubscriptSite.class, "strGet", get);
            DICT_GET = l.findStatic(SubscriptSite.class, "dictGet", get);
            LIST_SET = l.findStatic(SubscriptSite.class, "listSet", set);
            DICT_SET = l.findStatic(SubscriptSite.class, "dictSet", set);
            USER_GET = l.findStatic(SubscriptSite.class, "userGet", get.insertParameterTypes(0, PyFunction.class));
            USER_SET = l.findStatic(SubscriptSite.class, "userSet", set.insertParameterTypes(0, PyFunction.class));
            BUILTIN_GET = l.findStatic(SubscriptSite.class, "builtinGet", get.insertParameterTypes(0, PyMethodDescriptor.class));
            BUILTIN_SET = l.findStatic(SubscriptSite.class, "builtinSet", set.insertParameterTypes(0, PyMethodDescriptor.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final boolean store;

    /** A site of type {@code (Object, Object) Object} (load) or {@code (Object, Object, Object) void} (store). */
    public SubscriptSite(MethodType type) {
        super(type);
        this.store = type.returnType() == void.class;
        start();
    }

    @Override
    protected MethodHandle missHandler() {
        return (store ? MISS_SET : MISS_GET).bindTo(this);
    }

    @Override
    protected MethodHandle generic() {
        return store ? SET : GET;
    }

    Object missGet(Object o, Object key) {
        relink(plan(o));
        return Ops.getItem(o, key);
    }

    void missSet(Object o, Object key, Object value) {
        relink(plan(o));
        Ops.setItem(o, key, value);
    }

    private Entry plan(Object o) {
        ValueGuard g = Guards.typeOf(o);
        MethodHandle guard = Guards.onParameter(g.check(), type(), 0);
        PyType t = Ops.typeOf(o);
        MethodHandle fast = generic();
        String kind = g.kind();
        if (t == BuiltinTypes.LIST && o instanceof PyList) fast = store ? LIST_SET : LIST_GET;
        else if (t == BuiltinTypes.TUPLE && o instanceof PyTuple && !store) fast = TUPLE_GET;
        else if (t == BuiltinTypes.STR && o instanceof String && !store) fast = STR_GET;
        else if (t == BuiltinTypes.DICT && o instanceof PyDict) fast = store ? DICT_SET : DICT_GET;
        else if (!t.builtin && t.lookup(store ? "__setitem__" : "__getitem__") instanceof PyFunction f
                && FunctionCalls.isDirect(f.code, store ? 3 : 2)) {
            fast = (store ? USER_SET : USER_GET).bindTo(f);
            kind += " (Python method)";
        } else if (t.builtin && t.lookup(store ? "__setitem__" : "__getitem__") instanceof PyMethodDescriptor md) {
            fast = (store ? BUILTIN_SET : BUILTIN_GET).bindTo(md);
            kind += " (builtin method)";
        }
        return new Entry(kind, guard, fast, g.isStale());
    }

    public static Object listGet(Object o, Object key) {
        PyList l = (PyList) o;
        if (key instanceof Long i) {
            long k = i < 0 ? i + l.size : i;
            if (k >= 0 && k < l.size) return l.items[(int) k];
        }
        return Ops.getItem(o, key);
    }

    public static Object tupleGet(Object o, Object key) {
        Object[] items = ((PyTuple) o).items;
        if (key instanceof Long i) {
            long k = i < 0 ? i + items.length : i;
            if (k >= 0 && k < items.length) return items[(int) k];
        }
        return Ops.getItem(o, key);
    }

    /** {@code s[key]} on an exact str: str's own {@code __getitem__} code, without its descriptor. */
    public static Object strGet(Object o, Object key) {
        return Strings.getItem((String) o, key);
    }

    public static Object dictGet(Object o, Object key) {
        Object v = ((PyDict) o).get(key);
        return v != null ? v : Ops.getItem(o, key);
    }

    public static void listSet(Object o, Object key, Object value) {
        PyList l = (PyList) o;
        if (key instanceof Long i) {
            long k = i < 0 ? i + l.size : i;
            if (k >= 0 && k < l.size) {
                l.items[(int) k] = value;
                return;
            }
        }
        Ops.setItem(o, key, value);
    }

    public static void dictSet(Object o, Object key, Object value) {
        ((PyDict) o).put(key, value);
    }

    /** A builtin type's {@code __getitem__}, found once (builtin types do not change). */
    public static Object builtinGet(PyMethodDescriptor getitem, Object o, Object key) {
        return getitem.callUnchecked(new Object[] {o, key}, null);
    }

    public static void builtinSet(PyMethodDescriptor setitem, Object o, Object key, Object value) {
        setitem.callUnchecked(new Object[] {o, key, value}, null);
    }

    public static Object userGet(PyFunction getitem, Object o, Object key) {
        return FunctionCalls.call2(getitem, o, key);
    }

    public static void userSet(PyFunction setitem, Object o, Object key, Object value) {
        FunctionCalls.call3(setitem, o, key, value);
    }
}
