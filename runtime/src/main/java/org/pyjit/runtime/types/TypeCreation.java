package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.OBJECT;
import static org.pyjit.runtime.types.BuiltinTypes.TYPE;

import java.util.List;
import java.util.function.Supplier;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code type.__new__(meta, name, bases, ns, **kw)}: making a class. Follows CPython's type_new:
 * metaclass calculation, best base and layout checks, {@code __slots__}, the C3 MRO (or the
 * metaclass's {@code mro()}), the namespace copy with {@code __qualname__}, {@code __module__},
 * {@code __doc__}, {@code __classcell__}, implicit static/class methods and {@code __hash__ = None}
 * beside {@code __eq__}, then {@code __set_name__} and the parent's {@code __init_subclass__}.
 */
public final class TypeCreation {
    private TypeCreation() {}

    /**
     * Interpreter hook: the globals of the running Python frame. {@code type(name, bases, ns)}
     * takes {@code __module__} from their {@code __name__} when the namespace has none (class
     * statements put it there themselves). Unset: no {@code __module__} is added.
     */
    public static volatile Supplier<PyDict> currentGlobals;

    /** {@code type.__new__}. */
    static final PyBuiltinFunction TYPE_NEW = new PyBuiltinFunction("__new__", null, TypeCreation::typeNew);

    private static Object typeNew(Object[] args, String[] kwnames) {
        int nkw = Install.kwCount(kwnames);
        int npos = args.length - nkw;
        if (npos == 0) throw Errors.typeError("type.__new__(): not enough arguments");
        if (!(args[0] instanceof PyType meta)) {
            throw Errors.typeError("type.__new__(X): X is not a type object (" + Ops.typeName(args[0]) + ")");
        }
        if (!meta.isSubtypeOf(TYPE)) throw Errors.typeError("type.__new__(" + meta.name + "): " + meta.name + " is not a subtype of type");
        if (npos - 1 != 3) throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + (npos - 1) + " given)");
        String name = Install.asString(args[1]);
        if (name == null) throw Errors.typeError("type.__new__() argument 1 must be str, not " + Ops.typeName(args[1]));
        if (!(args[2] instanceof PyTuple bases)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + Ops.typeName(args[2]));
        }
        if (!(args[3] instanceof PyDict ns)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + Ops.typeName(args[3]));
        }
        Object[] kwvalues = new Object[nkw];
        System.arraycopy(args, npos, kwvalues, 0, nkw);
        return create(meta, name, bases.items, ns, nkw == 0 ? new String[0] : kwnames, kwvalues);
    }

    /** The most derived of {@code meta} and the bases' metaclasses, or "metaclass conflict". */
    public static PyType calculateMetaclass(PyType meta, Object[] bases) {
        PyType winner = meta;
        for (Object b : bases) {
            PyType tmp = Ops.typeOf(b);
            if (winner.isSubtypeOf(tmp)) continue;
            if (tmp.isSubtypeOf(winner)) {
                winner = tmp;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                    + "of the metaclasses of all its bases");
        }
        return winner;
    }

    /** Makes class {@code name}; {@code kwnames}/{@code kwvalues} are the class keywords for {@code __init_subclass__}. */
    public static Object create(PyType meta, String name, Object[] bases, PyDict ns, String[] kwnames, Object[] kwvalues) {
        PyType winner = calculateMetaclass(meta, bases);
        if (winner != meta) {
            Object winnerNew = winner.lookup("__new__");
            if (winnerNew != TYPE_NEW) {
                Object[] args = new Object[4 + kwvalues.length];
                args[0] = winner;
                args[1] = name;
                args[2] = new PyTuple(bases);
                args[3] = ns;
                System.arraycopy(kwvalues, 0, args, 4, kwvalues.length);
                return Calls.callNew(winnerNew, args, kwnames.length == 0 ? null : kwnames);
            }
            meta = winner;
        }
        PyType[] baseTypes;
        PyType base;
        if (bases.length == 0) {
            baseTypes = new PyType[] {OBJECT};
            base = OBJECT;
        } else {
            base = TypeLayout.bestBase(bases);
            baseTypes = new PyType[bases.length];
            for (int i = 0; i < bases.length; i++) baseTypes[i] = (PyType) bases[i];
        }
        Object qualname = ns.getStr("__qualname__");
        if (qualname != null && Install.asString(qualname) == null) {
            throw Errors.typeError("type __qualname__ must be a str, not " + Ops.typeName(qualname));
        }
        SlotsLayout.Layout layout = SlotsLayout.process(name, base, ns);
        List<PyType> tail = Mro.linearizeBases(baseTypes);
        PyType[] mro = Mro.withHead(null, tail);
        PyType t = new PyType(meta, name, baseTypes, mro, instanceFactory(base, layout));
        mro[0] = t;
        t.qualname = qualname != null ? Install.asString(qualname) : name;
        // as CPython's inherited tp_dictoffset: any base with a __dict__ gives one, not only the best base
        boolean inheritedDict = base.instancesHaveDict;
        for (PyType b : baseTypes) inheritedDict |= b.instancesHaveDict;
        t.instancesHaveDict = inheritedDict || layout.addDict();
        t.declaredSlots = layout.declared() ? layout.members() : null;
        fillNamespace(t, ns, layout, base);
        if (meta != TYPE) applyCustomMro(t, meta);
        setClassCell(t, ns);
        callSetName(t);
        initSubclass(t, kwnames, kwvalues);
        return t;
    }

    private static void fillNamespace(PyType t, PyDict ns, SlotsLayout.Layout layout, PyType base) {
        PyDict d = t.namespace;
        for (int e = ns.nextEntry(0); e >= 0; e = ns.nextEntry(e + 1)) {
            Object k = ns.keyAt(e);
            if ("__qualname__".equals(k) || "__classcell__".equals(k)) continue;
            d.put(k, ns.valueAt(e));
        }
        if (d.getStr("__module__") == null) {
            Supplier<PyDict> g = currentGlobals;
            PyDict globals = g == null ? null : g.get();
            Object modName = globals == null ? null : globals.getStr("__name__");
            if (modName != null) d.putStr("__module__", modName);
        }
        wrapFunction(d, "__new__", false);
        wrapFunction(d, "__init_subclass__", true);
        wrapFunction(d, "__class_getitem__", true);
        int index = SlotsLayout.slotCount(base);
        for (String m : layout.members()) d.putStr(m, SlotsLayout.member(t, m, index++));
        if (layout.addDict() && !base.instancesHaveDict) d.putStr("__dict__", InstanceDict.dictDescriptor(t));
        if (layout.addWeakref()) d.putStr("__weakref__", InstanceDict.weakrefDescriptor(t));
        if (d.getStr("__doc__") == null) d.putStr("__doc__", PyNone.NONE);
        if (d.getStr("__eq__") != null && d.getStr("__hash__") == null) d.putStr("__hash__", PyNone.NONE);
    }

    /** The base's factory, unless the class adds slots to an object layout: then slotted objects with room for them. */
    private static java.util.function.Function<PyType, PyObject> instanceFactory(PyType base, SlotsLayout.Layout layout) {
        if (layout.members().length == 0 || !SlotsLayout.objectLayout(base)) return base.instanceFactory;
        int count = SlotsLayout.slotCount(base) + layout.members().length;
        return cls -> new PySlottedObject(cls, count);
    }

    /** A plain function as {@code __new__} becomes a staticmethod; as {@code __init_subclass__}/{@code __class_getitem__}, a classmethod. */
    private static void wrapFunction(PyDict d, String name, boolean asClassMethod) {
        if (d.getStr(name) instanceof PyFunction f) d.putStr(name, asClassMethod ? new PyClassMethod(f) : new PyStaticMethod(f));
    }

    /** A metaclass that overrides {@code mro()} decides the MRO (CPython's mro_internal). */
    private static void applyCustomMro(PyType t, PyType meta) {
        Object mroMethod = meta.lookup("mro");
        if (mroMethod == null || mroMethod == TypeMethods.MRO) return;
        Object r = Ops.callDescriptor(mroMethod, t, new Object[0]);
        Object[] items = SlotsLayout.slotItems(r);
        PyType[] mro = new PyType[items.length];
        PyType solid = TypeLayout.solidBase(t);
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType c)) {
                throw Errors.typeError("mro() returned a non-class ('" + Ops.typeName(items[i]) + "')");
            }
            if (!solid.isSubtypeOf(TypeLayout.solidBase(c))) {
                throw Errors.typeError("mro() returned base with unsuitable layout ('" + c.name + "')");
            }
            mro[i] = c;
        }
        t.mro = mro;
    }

    private static void setClassCell(PyType t, PyDict ns) {
        Object cell = ns.getStr("__classcell__");
        if (cell == null) return;
        if (!(cell instanceof PyCell c)) {
            throw Errors.typeError("__classcell__ must be a nonlocal cell, not " + Ops.repr(Ops.typeOf(cell)));
        }
        c.value = t;
    }

    /** Calls {@code __set_name__(cls, name)} on each namespace value that has one. */
    private static void callSetName(PyType t) {
        PyDict d = t.namespace.copy();
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            Object v = d.valueAt(e);
            if (!(v instanceof PyObject)) continue;
            Object setName = Ops.typeOf(v).lookup("__set_name__");
            if (setName == null) continue;
            try {
                Ops.callDescriptor(setName, v, new Object[] {t, d.keyAt(e)});
            } catch (PyException ex) {
                PyBaseException err = PyBaseException.create(ExceptionTypes.RUNTIME_ERROR, "Error calling __set_name__ on '"
                        + Ops.typeName(v) + "' instance " + Ops.repr(d.keyAt(e)) + " in '" + t.name + "'");
                err.cause = ex.value;
                err.context = ex.value;
                err.suppressContext = true;
                throw new PyException(err);
            }
        }
    }

    /** {@code super(cls, cls).__init_subclass__(**kw)}. */
    private static void initSubclass(PyType t, String[] kwnames, Object[] kwvalues) {
        Object hook = SuperSupport.lookupOrNull(t, t, t, "__init_subclass__");
        if (hook == null) return;
        Ops.callKw(hook, kwvalues, kwnames.length == 0 ? null : kwnames);
    }
}
