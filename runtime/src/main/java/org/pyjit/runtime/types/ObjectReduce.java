package org.pyjit.runtime.types;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code object.__reduce_ex__}, {@code __reduce__} and {@code __getstate__}: what {@code copy} and
 * {@code pickle} use for plain instances. Protocol 2 and later build
 * {@code (copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems)} here as CPython's
 * {@code reduce_newobj} does; protocols 0 and 1 defer to {@code copyreg._reduce_ex}.
 */
final class ObjectReduce {
    private ObjectReduce() {}

    private static PyMethodDescriptor objectReduce;

    static void install(PyType t) {
        objectReduce = PyMethodDescriptor.positional(t, "__reduce__", 0, 0, a -> commonReduce(a[0], 0));
        t.namespace.putStr("__reduce__", objectReduce);
        Install.method(t, "__reduce_ex__", 1, 1, a -> reduceEx(a[0], Ops.index(a[1])));
        Install.method(t, "__getstate__", 0, 0, a -> defaultState(a[0], false));
    }

    private static Object reduceEx(Object self, long protocol) {
        Object clsReduce = Ops.typeOf(self).lookup("__reduce__");
        if (clsReduce != null && clsReduce != objectReduce) return Ops.call(Ops.getAttr(self, "__reduce__"));
        return commonReduce(self, protocol);
    }

    private static Object commonReduce(Object self, long protocol) {
        if (protocol >= 2) return reduceNewobj(self);
        Object copyreg = importModule("copyreg");
        return Ops.call(Ops.getAttr(copyreg, "_reduce_ex"), self, protocol);
    }

    /** {@code import name} through {@code builtins.__import__}, as CPython's C code imports. */
    static Object importModule(String name) {
        Object loaded = org.pyjit.runtime.imports.ImportSystem.modules().getStr(name); // the common case, without a call
        if (loaded instanceof org.pyjit.runtime.objects.PyModule) return loaded;
        Object imp = BuiltinsModule.namespace().getStr("__import__");
        if (imp == null) throw Errors.withArgs(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
        return Ops.call(imp, name);
    }

    private static Object reduceNewobj(Object self) {
        PyType cls = Ops.typeOf(self);
        // as CPython's for a type without tp_new: unpickling could not make the instance
        if (ObjectMethods.runtimeMadeOnly(cls)) throw Errors.typeError("cannot pickle '" + cls.name + "' object");
        Object[] newArgs = null;
        PyDict kwargs = null;
        Object gx = cls.lookup("__getnewargs_ex__");
        if (gx != null) {
            Object r = Ops.callDescriptor(gx, self, new Object[0]);
            if (!(r instanceof PyTuple t)) {
                throw Errors.typeError("__getnewargs_ex__ should return a tuple of length 2, not '" + Ops.typeName(r) + "'");
            }
            if (t.items.length != 2) {
                throw Errors.valueError("__getnewargs_ex__ should return a tuple of length 2, not " + t.items.length);
            }
            if (!(t.items[0] instanceof PyTuple a)) {
                throw Errors.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                        + Ops.typeName(t.items[0]) + "'");
            }
            if (!(t.items[1] instanceof PyDict k)) {
                throw Errors.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                        + Ops.typeName(t.items[1]) + "'");
            }
            newArgs = a.items;
            kwargs = k;
        } else {
            Object gn = cls.lookup("__getnewargs__");
            if (gn != null) {
                Object r = Ops.callDescriptor(gn, self, new Object[0]);
                if (!(r instanceof PyTuple a)) {
                    throw Errors.typeError("__getnewargs__ should return a tuple, not '" + Ops.typeName(r) + "'");
                }
                newArgs = a.items;
            }
        }
        boolean hasArgs = newArgs != null;
        if (newArgs == null) newArgs = new Object[0];
        Object copyreg = importModule("copyreg");
        Object newobj;
        PyTuple newobjArgs;
        if (kwargs == null || kwargs.size() == 0) {
            newobj = Ops.getAttr(copyreg, "__newobj__");
            newobjArgs = new PyTuple(Calls.prepend(cls, newArgs));
        } else {
            newobj = Ops.getAttr(copyreg, "__newobj_ex__");
            newobjArgs = PyTuple.of(cls, new PyTuple(newArgs), kwargs);
        }
        boolean isList = self instanceof PyList, isDict = self instanceof PyDict;
        Object state = state(self, !(hasArgs || isList || isDict));
        Object listItems = isList ? Ops.iter(self) : PyNone.NONE;
        Object dictItems = isDict ? Ops.iter(Ops.call(Ops.getAttr(self, "items"))) : PyNone.NONE;
        return PyTuple.of(newobj, newobjArgs, state, listItems, dictItems);
    }

    /** {@code obj.__getstate__()}, checking that the default state captures everything when {@code required}. */
    private static Object state(Object self, boolean required) {
        Object getstate = Ops.typeOf(self).lookup("__getstate__");
        if (getstate instanceof PyMethodDescriptor md && md.owner == BuiltinTypes.OBJECT) return defaultState(self, required);
        return Ops.call(Ops.getAttr(self, "__getstate__"));
    }

    /** {@code object.__getstate__}: the instance dict (None when empty), paired with the slot values if any. */
    static Object defaultState(Object self, boolean required) {
        PyType cls = Ops.typeOf(self);
        if (required) {
            PyType solid = TypeLayout.solidBase(cls);
            if (solid.builtin && solid != BuiltinTypes.OBJECT) throw Errors.typeError("cannot pickle '" + cls.name + "' object");
        }
        List<String> slotNames = slotNames(cls);
        Object state = PyNone.NONE;
        if (self instanceof PyObject p && (cls.instancesHaveDict || p.dict != null)) {
            PyDict d = instanceDictCopy(p);
            if (d.size() > 0) state = d;
        }
        if (!slotNames.isEmpty()) {
            PyDict slots = new PyDict();
            for (String n : slotNames) {
                Object v = Ops.getAttrOrNull(self, n);
                if (v != null) slots.putStr(n, v);
            }
            if (slots.size() > 0) state = PyTuple.of(state, slots);
        }
        return state;
    }

    /** A copy of the instance attributes (without switching the object to dict mode). */
    private static PyDict instanceDictCopy(PyObject p) {
        PyDict d;
        if (p.dict != null) {
            d = p.dict.copy();
        } else {
            d = new PyDict();
            if (p.shape != null) {
                String[] names = p.shape.names();
                for (int i = 0; i < names.length; i++) d.putStr(names[i], p.slots[i]);
            }
        }
        return d;
    }

    /**
     * {@code copyreg._slotnames(cls)}: the storage-making {@code __slots__} names along the MRO,
     * private names mangled; cached in the class as {@code __slotnames__} as copyreg does.
     */
    static List<String> slotNames(PyType cls) {
        List<String> names = new ArrayList<>();
        Object cached = cls.namespace.getStr("__slotnames__");
        if (cached instanceof PyList l) {
            for (int i = 0; i < l.size; i++) if (l.items[i] instanceof String s) names.add(s);
            return names;
        }
        for (PyType c : cls.mro) {
            if (c.builtin) continue;
            Object slots = c.namespace.getStr("__slots__");
            if (slots == null) continue;
            for (Object o : SlotsLayout.slotItems(slots)) {
                String n = Install.asString(o);
                if (n == null || n.equals("__dict__") || n.equals("__weakref__")) continue;
                names.add(SlotsLayout.mangle(c.name, n));
            }
        }
        if (!cls.builtin) {
            PyList l = new PyList();
            for (String n : names) l.append(n);
            cls.setAttribute("__slotnames__", l);
        }
        return names;
    }
}
