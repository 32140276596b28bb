package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.SUPER;

import java.util.function.Supplier;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Attributes;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code super}: construction ({@code super(C, obj)}, {@code super(C, C2)}, {@code super(C)} and
 * the zero-argument form), attribute lookup along the receiver's MRO after {@code C} with
 * descriptor binding, and the type's methods.
 *
 * <p>Zero-argument {@code super()} needs the calling frame: the interpreter compiles or dispatches
 * it to {@link #zeroArg(Object, PyType)} / {@link #zeroArgFromCell(Object, PyCell)} with the first
 * argument of the running function (its first local; if that local is a cell variable, the cell's
 * content) and its {@code __class__} free variable. Calls of the builtin {@code super} with no
 * arguments reach the interpreter through {@link #zeroArgProvider}.
 */
public final class SuperSupport {
    private SuperSupport() {}

    /**
     * Interpreter hook for {@code super()} reached as an ordinary call of the builtin: builds the
     * super object from the calling frame (typically {@code () -> zeroArgFromCell(firstArg, cell)}).
     * Unset: "super(): no arguments".
     */
    public static volatile Supplier<PySuper> zeroArgProvider;

    /**
     * Zero-argument {@code super()}: {@code firstArg} is the function's first argument (null when it
     * has none), {@code classCell} the value of its {@code __class__} cell (null when it has none).
     */
    public static PySuper zeroArg(Object firstArg, PyType classCell) {
        if (firstArg == null) throw Errors.runtimeError("super(): no arguments");
        if (classCell == null) throw Errors.runtimeError("super(): __class__ cell not found");
        return create(classCell, firstArg);
    }

    /** As {@link #zeroArg(Object, PyType)} with the cell itself, distinguishing a missing from an empty cell. */
    public static PySuper zeroArgFromCell(Object firstArg, PyCell cell) {
        if (firstArg == null) throw Errors.runtimeError("super(): no arguments");
        if (cell == null) throw Errors.runtimeError("super(): __class__ cell not found");
        if (cell.value == null) throw Errors.runtimeError("super(): empty __class__ cell");
        if (!(cell.value instanceof PyType t)) {
            throw Errors.runtimeError("super(): __class__ is not a type (" + Ops.typeName(cell.value) + ")");
        }
        return create(t, firstArg);
    }

    /** {@code super(type, obj)}; {@code obj} null or None makes an unbound super. */
    public static PySuper create(PyType type, Object obj) {
        PySuper s = new PySuper(SUPER);
        init(s, type, obj);
        return s;
    }

    private static void init(PySuper s, PyType type, Object obj) {
        if (obj == PyNone.NONE) obj = null;
        s.objType = obj == null ? null : superCheck(type, obj);
        s.thisType = type;
        s.obj = obj;
    }

    /** The type to search: obj itself when it is a subclass of type, else its class. */
    private static PyType superCheck(PyType type, Object obj) {
        if (obj instanceof PyType ot && ot.isSubtypeOf(type)) return ot;
        PyType t = Ops.typeOf(obj);
        if (t.isSubtypeOf(type)) return t;
        Object cls = Ops.getAttrOrNull(obj, "__class__");
        if (cls instanceof PyType c && c != t && c.isSubtypeOf(type)) return c;
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /**
     * Finds {@code name} in the MRO of {@code objType} after {@code thisType} and binds it to
     * {@code obj} (as a class attribute when obj is objType itself); null when absent.
     */
    static Object lookupOrNull(PyType thisType, Object obj, PyType objType, String name) {
        if (objType == null) return null;
        PyType[] mro = objType.mro;
        int i = 0;
        while (i < mro.length && mro[i] != thisType) i++;
        for (int j = i + 1; j < mro.length; j++) {
            Object res = mro[j].namespace.getStr(name);
            if (res != null) return obj == objType ? bindToClass(res, objType) : Attributes.bindDescriptor(res, obj, objType);
        }
        return null;
    }

    /** {@code res.__get__(None, cls)}. */
    static Object bindToClass(Object res, PyType cls) {
        if (res instanceof PyFunction || res instanceof PyMethodDescriptor || res instanceof PyBuiltinFunction) return res;
        if (res instanceof PyStaticMethod sm) return sm.callable;
        if (res instanceof PyClassMethod cm) return new PyBoundMethod(cls, cm.callable);
        if (res instanceof PyProperty || res instanceof PyGetSetDescriptor || !(res instanceof PyObject)) return res;
        Object get = Ops.typeOf(res).lookup("__get__");
        if (get == null) return res;
        return Ops.callDescriptor(get, res, new Object[] {PyNone.NONE, cls});
    }

    /** {@code super.__getattribute__}. */
    public static Object getAttribute(PySuper s, String name) {
        if (!name.equals("__class__")) {
            Object r = lookupOrNull(s.thisType, s.obj, s.objType, name);
            if (r != null) return r;
        }
        Object r = Attributes.genericGetOrNull(s, s.type, name);
        if (r == null) throw Errors.noAttribute(s, name);
        return r;
    }

    static void install() {
        PyType t = SUPER;
        t.instanceFactory = PySuper::new;
        Install.constructor(t, (a, kw) -> new PySuper((PyType) a[0]));
        Install.methodKw(t, "__init__", SuperSupport::superInit);
        Install.method(t, "__getattribute__", 1, 1, a -> getAttribute((PySuper) a[0], ObjectMethods.attributeName(a[1])));
        Install.method(t, "__get__", 1, 2, a -> superGet((PySuper) a[0], a[1]));
        Install.method(t, "__repr__", 0, 0, a -> repr((PySuper) a[0]));
        Install.readonly(t, "__thisclass__", o -> Install.orNone(((PySuper) o).thisType));
        Install.readonly(t, "__self__", o -> Install.orNone(((PySuper) o).obj));
        Install.readonly(t, "__self_class__", o -> Install.orNone(((PySuper) o).objType));
    }

    private static Object superInit(Object[] a, String[] kwnames) {
        Install.noKeywords("super", kwnames);
        PySuper s = (PySuper) a[0];
        int n = a.length - 1;
        if (n > 2) throw Errors.typeError("super() expected at most 2 arguments, got " + n);
        if (n == 0) {
            Supplier<PySuper> p = zeroArgProvider;
            if (p == null) throw Errors.runtimeError("super(): no arguments");
            PySuper z = p.get();
            s.thisType = z.thisType;
            s.obj = z.obj;
            s.objType = z.objType;
            return PyNone.NONE;
        }
        if (!(a[1] instanceof PyType type)) throw Errors.typeError("super() argument 1 must be a type, not " + Ops.typeName(a[1]));
        init(s, type, n == 2 ? a[2] : null);
        return PyNone.NONE;
    }

    private static Object superGet(PySuper s, Object obj) {
        if (obj == PyNone.NONE || s.obj != null) return s;
        if (s.type != SUPER) return Ops.call(s.type, s.thisType, obj);
        return create(s.thisType, obj);
    }

    private static String repr(PySuper s) {
        String head = "<super: <class '" + (s.thisType == null ? "NULL" : s.thisType.name) + "'>, ";
        return head + (s.objType == null ? "NULL>" : "<" + s.objType.name + " object>>");
    }
}
