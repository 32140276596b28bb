package org.pyjit.runtime.modules;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyClassMethod;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Attributes;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.UnionTypeMethods;

/**
 * {@code types.GenericAlias}, the value of {@code list[int]}: an origin class and its arguments,
 * printed as written, comparable and hashable, callable (it makes an instance of the origin), and
 * substitutable when its arguments contain type variables ({@code list[T][int]}). Attributes other
 * than its own come from the origin, as in CPython.
 */
public final class GenericAlias extends PyObject {
    public static final PyType TYPE = BuiltinTypes.make("GenericAlias", BuiltinTypes.OBJECT);

    /** Names read from the alias itself; every other attribute is the origin's. */
    private static final java.util.Set<String> OWN = java.util.Set.of("__class__", "__origin__", "__args__", "__unpacked__",
            "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__",
            "__deepcopy__");

    public final Object origin;
    public final PyTuple args;
    /** {@code *tuple[int]}: what iterating an alias gives (PEP 646). */
    private boolean unpacked;
    private PyTuple parameters;

    public GenericAlias(Object origin, Object args) {
        super(TYPE);
        this.origin = origin;
        this.args = args instanceof PyTuple t && Ops.typeOf(t) == BuiltinTypes.TUPLE ? t : PyTuple.of(args);
    }

    private static boolean installed;

    /** Installs the type's methods and {@code __class_getitem__} on the builtin containers. */
    public static synchronized void install() {
        if (installed) return;
        installed = true;
        PyType t = TYPE;
        t.namespace.putStr("__module__", "types");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("GenericAlias() takes no keyword arguments");
            if (a.length != 3) throw Errors.typeError("GenericAlias expected 2 arguments, got " + (a.length - 1));
            return new GenericAlias(a[1], a[2]);
        }));
        method(t, "__getattribute__", 1, 1, a -> {
            GenericAlias g = (GenericAlias) a[0];
            String name = Ops.str(a[1]);
            if (!OWN.contains(name)) return Ops.getAttr(g.origin, name);
            Object v = Attributes.genericGetOrNull(g, TYPE, name);
            if (v == null) throw Errors.noAttribute(g, name);
            return v;
        });
        t.namespace.putStr("__origin__", new PyGetSetDescriptor(t, "__origin__", o -> ((GenericAlias) o).origin, null));
        t.namespace.putStr("__args__", new PyGetSetDescriptor(t, "__args__", o -> ((GenericAlias) o).args, null));
        t.namespace.putStr("__parameters__", new PyGetSetDescriptor(t, "__parameters__", o -> ((GenericAlias) o).parameters(), null));
        t.namespace.putStr("__unpacked__", new PyGetSetDescriptor(t, "__unpacked__", o -> ((GenericAlias) o).unpacked, null));
        t.namespace.putStr("__typing_unpacked_tuple_args__", new PyGetSetDescriptor(t, "__typing_unpacked_tuple_args__", o -> {
            GenericAlias g = (GenericAlias) o;
            return g.unpacked && g.origin == BuiltinTypes.TUPLE ? g.args : org.pyjit.runtime.objects.PyNone.NONE;
        }, null));
        method(t, "__iter__", 0, 0, a -> {
            // *list[int]: one item, the alias marked unpacked
            GenericAlias g = (GenericAlias) a[0];
            GenericAlias star = new GenericAlias(g.origin, g.args);
            star.unpacked = true;
            return Ops.iter(PyTuple.of(star));
        });
        method(t, "__repr__", 0, 0, a -> ((GenericAlias) a[0]).repr());
        method(t, "__eq__", 1, 1, a -> {
            if (!(a[1] instanceof GenericAlias o)) return BuiltinTypes.NOT_IMPLEMENTED;
            GenericAlias g = (GenericAlias) a[0];
            return g.unpacked == o.unpacked && Ops.eq(g.origin, o.origin) && Ops.eq(g.args, o.args);
        });
        method(t, "__ne__", 1, 1, a -> {
            if (!(a[1] instanceof GenericAlias o)) return BuiltinTypes.NOT_IMPLEMENTED;
            GenericAlias g = (GenericAlias) a[0];
            return !(g.unpacked == o.unpacked && Ops.eq(g.origin, o.origin) && Ops.eq(g.args, o.args));
        });
        method(t, "__hash__", 0, 0, a -> Ops.hash(((GenericAlias) a[0]).origin) ^ Ops.hash(((GenericAlias) a[0]).args));
        t.namespace.putStr("__call__", new PyMethodDescriptor(t, "__call__", (a, kw) -> {
            GenericAlias g = (GenericAlias) a[0];
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            Object made = Ops.callKw(g.origin, rest, kw);
            try {
                Ops.setAttr(made, "__orig_class__", g);
            } catch (PyException e) {
                if (!e.value.type.isSubtypeOf(org.pyjit.runtime.exceptions.ExceptionTypes.ATTRIBUTE_ERROR)
                        && !e.value.type.isSubtypeOf(org.pyjit.runtime.exceptions.ExceptionTypes.TYPE_ERROR)) {
                    throw e;
                }
            }
            return made;
        }));
        method(t, "__mro_entries__", 1, 1, a -> PyTuple.of(((GenericAlias) a[0]).origin));
        method(t, "__instancecheck__", 1, 1, a -> {
            throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        method(t, "__subclasscheck__", 1, 1, a -> {
            throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        method(t, "__reduce__", 0, 0, a -> PyTuple.of(TYPE, PyTuple.of(((GenericAlias) a[0]).origin, ((GenericAlias) a[0]).args)));
        method(t, "__or__", 1, 1, a -> UnionTypeMethods.or(a[0], a[1]));
        method(t, "__ror__", 1, 1, a -> UnionTypeMethods.or(a[1], a[0]));
        method(t, "__getitem__", 1, 1, a -> ((GenericAlias) a[0]).substitute(a[1]));
        for (PyType c : new PyType[] {BuiltinTypes.LIST, BuiltinTypes.DICT, BuiltinTypes.TUPLE, BuiltinTypes.SET,
            BuiltinTypes.FROZENSET, BuiltinTypes.TYPE}) {
            addClassGetItem(c);
        }
    }

    /** Gives {@code t} CPython's {@code __class_getitem__ = classmethod(GenericAlias)}. */
    public static void addClassGetItem(PyType t) {
        t.namespace.putStr("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", null, (a, kw) -> {
            if (a.length != 2) throw Errors.typeError("__class_getitem__ expected 1 argument, got " + (a.length - 1));
            return new GenericAlias(a[0], a[1]);
        })));
        t.invalidate();
    }

    private static void method(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }

    private PyTuple parameters() {
        if (parameters == null) parameters = new PyTuple(collectParameters(args.items).toArray());
        return parameters;
    }

    /** The type variables among {@code items} (objects with {@code __typing_subst__}) and in nested aliases, once each. */
    static List<Object> collectParameters(Object[] items) {
        List<Object> out = new ArrayList<>();
        for (Object a : items) {
            if (a instanceof PyType) continue;
            if (Ops.getAttrOrNull(a, "__typing_subst__") != null) {
                addOnce(out, a);
                continue;
            }
            Object sub = Ops.getAttrOrNull(a, "__parameters__");
            if (sub instanceof PyTuple st) for (Object p : st.items) addOnce(out, p);
        }
        return out;
    }

    private static void addOnce(List<Object> out, Object p) {
        for (Object x : out) if (x == p) return;
        out.add(p);
    }

    /** {@code alias[items]}: each parameter replaced by its argument. */
    private Object substitute(Object item) {
        Object[] params = parameters().items;
        if (params.length == 0) throw Errors.typeError("There are no type variables left in " + repr());
        Object[] given = item instanceof PyTuple t ? t.items : new Object[] {item};
        if (given.length != params.length) {
            throw Errors.typeError("Too " + (given.length > params.length ? "many" : "few") + " arguments for " + repr()
                    + "; actual " + given.length + ", expected " + params.length);
        }
        Object[] out = new Object[args.items.length];
        for (int i = 0; i < out.length; i++) out[i] = substituteOne(args.items[i], params, given);
        return new GenericAlias(origin, new PyTuple(out));
    }

    private static Object substituteOne(Object arg, Object[] params, Object[] given) {
        if (arg instanceof PyType) return arg;
        for (int j = 0; j < params.length; j++) {
            if (params[j] == arg) {
                Object subst = Ops.getAttrOrNull(arg, "__typing_subst__");
                return subst != null ? Ops.call(subst, given[j]) : given[j];
            }
        }
        Object sub = Ops.getAttrOrNull(arg, "__parameters__");
        if (sub instanceof PyTuple st && st.items.length > 0) {
            Object[] subArgs = new Object[st.items.length];
            for (int k = 0; k < subArgs.length; k++) subArgs[k] = substituteOne(st.items[k], params, given);
            return Ops.getItem(arg, subArgs.length == 1 ? subArgs[0] : new PyTuple(subArgs));
        }
        return arg;
    }

    private String repr() {
        StringBuilder b = new StringBuilder(unpacked ? "*" : "").append(itemRepr(origin)).append('[');
        if (args.items.length == 0) b.append("()");
        for (int i = 0; i < args.items.length; i++) {
            if (i > 0) b.append(", ");
            Object a = args.items[i];
            if (a instanceof PyTuple t && Ops.typeOf(t) == BuiltinTypes.TUPLE && t.items.length == 0) b.append("()");
            else b.append(itemRepr(a));
        }
        return b.append(']').toString();
    }

    private static String itemRepr(Object p) {
        if (p == BuiltinTypes.ELLIPSIS) return "...";
        if (p instanceof GenericAlias) return Ops.repr(p);
        if (Ops.getAttrOrNull(p, "__origin__") != null && Ops.getAttrOrNull(p, "__args__") != null) return Ops.repr(p);
        Object qn = Ops.getAttrOrNull(p, "__qualname__");
        Object mod = Ops.getAttrOrNull(p, "__module__");
        if (qn == null || mod == null) return Ops.repr(p);
        if (mod instanceof String m && m.equals("builtins")) return Ops.str(qn);
        return Ops.str(mod) + "." + Ops.str(qn);
    }
}
