package org.pyjit.runtime.modules.pickle;

import static org.pyjit.runtime.modules.pickle.PickleOpcodes.*;

import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * Objects pickled through the copy protocol: finding the reduce value ({@code reducer_override},
 * the dispatch table, {@code __reduce_ex__}, {@code __reduce__}) and writing it as NEWOBJ_EX,
 * NEWOBJ or REDUCE, followed by list items, dict items and the state (BUILD or a state setter).
 */
final class PickleReduction {
    private PickleReduction() {}

    static void reduceAndSave(Pickler p, Object obj, PyType t) {
        Object rv = null;
        if (p.reducerOverride != null) {
            rv = Ops.call(p.reducerOverride, obj);
            if (rv == BuiltinTypes.NOT_IMPLEMENTED) rv = null;
        }
        if (rv == null) {
            if (t == BuiltinTypes.TYPE) {
                PickleGlobals.saveType(p, obj);
                return;
            }
            if (t == BuiltinTypes.FUNCTION) {
                PickleGlobals.saveGlobal(p, obj, null);
                return;
            }
            Object reduceFunc = dispatchEntry(p, t);
            if (reduceFunc != null) {
                rv = Ops.call(reduceFunc, obj);
            } else if (t.isSubtypeOf(BuiltinTypes.TYPE)) {
                PickleGlobals.saveGlobal(p, obj, null);
                return;
            } else {
                Object reduceEx = Ops.getAttrOrNull(obj, "__reduce_ex__");
                if (reduceEx != null) {
                    rv = Ops.call(reduceEx, (long) p.proto);
                } else {
                    Object reduce = Ops.getAttrOrNull(obj, "__reduce__");
                    if (reduce == null) throw PickleModule.picklingError("can't pickle '" + t.name + "' object: " + Ops.repr(obj));
                    rv = Ops.call(reduce);
                }
            }
        }
        if (rv instanceof String s) {
            PickleGlobals.saveGlobal(p, obj, s);
            return;
        }
        if (!(rv instanceof PyTuple tuple)) throw PickleModule.picklingError("__reduce__ must return a string or tuple");
        saveReduce(p, tuple, obj);
    }

    private static Object dispatchEntry(Pickler p, PyType t) {
        if (p.dispatchTable == null) {
            Object table = PickleModule.moduleAttr("copyreg", "dispatch_table");
            if (table instanceof PyDict d) return d.get(t);
            return lookup(table, t);
        }
        return lookup(p.dispatchTable, t);
    }

    private static Object lookup(Object table, Object key) {
        try {
            return Ops.getItem(table, key);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.KEY_ERROR)) return null;
            throw e;
        }
    }

    private static boolean isIterator(Object o) {
        return Ops.typeOf(o).lookup("__next__") != null;
    }

    /** {@code save_reduce(args, obj)}; obj null means "do not memoize". */
    static void saveReduce(Pickler p, PyTuple reduce, Object obj) {
        Object[] r = reduce.items;
        if (r.length < 2 || r.length > 6) throw PickleModule.picklingError("tuple returned by __reduce__ must contain 2 through 6 elements");
        Object callable = r[0], argtup = r[1];
        Object state = r.length > 2 && r[2] != PyNone.NONE ? r[2] : null;
        Object listItems = r.length > 3 && r[3] != PyNone.NONE ? r[3] : null;
        Object dictItems = r.length > 4 && r[4] != PyNone.NONE ? r[4] : null;
        Object stateSetter = r.length > 5 && r[5] != PyNone.NONE ? r[5] : null;
        if (!Ops.isCallable(callable)) throw PickleModule.picklingError("first item of the tuple returned by __reduce__ must be callable");
        if (!(argtup instanceof PyTuple args)) throw PickleModule.picklingError("second item of the tuple returned by __reduce__ must be a tuple");
        if (listItems != null && !isIterator(listItems)) {
            throw PickleModule.picklingError("fourth element of the tuple returned by __reduce__ must be an iterator, not " + Ops.typeName(listItems));
        }
        if (dictItems != null && !isIterator(dictItems)) {
            throw PickleModule.picklingError("fifth element of the tuple returned by __reduce__ must be an iterator, not " + Ops.typeName(dictItems));
        }
        if (stateSetter != null && !Ops.isCallable(stateSetter)) {
            throw PickleModule.picklingError("sixth element of the tuple returned by __reduce__ must be a function, not " + Ops.typeName(stateSetter));
        }
        boolean newobjEx = false, newobj = false;
        if (p.proto >= 2) {
            Object name = Ops.getAttrOrNull(callable, "__name__");
            if (name instanceof String s) {
                newobjEx = s.equals("__newobj_ex__");
                newobj = !newobjEx && s.equals("__newobj__");
            }
        }
        if (newobjEx) saveNewobjEx(p, args);
        else if (newobj) saveNewobj(p, args, obj);
        else {
            p.save(callable, false);
            p.save(args, false);
            p.out.op(REDUCE);
        }
        if (obj != null) {
            int idx = p.memo.get(obj);
            if (idx >= 0) {
                p.out.op(POP);
                p.memoGet(idx);
                return;
            }
            p.memoize(obj);
        }
        if (listItems != null) p.batchList(listItems);
        if (dictItems != null) p.batchDict(dictItems);
        if (state != null) {
            if (stateSetter == null) {
                p.save(state, false);
                p.out.op(BUILD);
            } else {
                p.save(stateSetter, false);
                p.save(obj, false);
                p.save(state, false);
                p.out.op(TUPLE2);
                p.out.op(REDUCE);
                p.out.op(POP);
            }
        }
    }

    private static void saveNewobjEx(Pickler p, PyTuple argtup) {
        Object[] a = argtup.items;
        if (a.length != 3) throw PickleModule.picklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not " + a.length);
        if (!(a[0] instanceof PyType cls)) {
            throw PickleModule.picklingError("first item from NEWOBJ_EX argument tuple must be a class, not " + Ops.typeName(a[0]));
        }
        if (!(a[1] instanceof PyTuple args)) {
            throw PickleModule.picklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not " + Ops.typeName(a[1]));
        }
        if (!(a[2] instanceof PyDict kwargs)) {
            throw PickleModule.picklingError("third item from NEWOBJ_EX argument tuple must be a dict, not " + Ops.typeName(a[2]));
        }
        if (p.proto >= 4) {
            p.save(cls, false);
            p.save(args, false);
            p.save(kwargs, false);
            p.out.op(NEWOBJ_EX);
            return;
        }
        // protocols 2 and 3: partial(cls.__new__, cls, *args, **kwargs)() through REDUCE
        Object[] newargs = new Object[args.items.length + 2];
        newargs[0] = Ops.getAttr(cls, "__new__");
        newargs[1] = cls;
        System.arraycopy(args.items, 0, newargs, 2, args.items.length);
        Object partial = PickleModule.moduleAttr("functools", "partial");
        Object callable = callWithDict(partial, newargs, kwargs);
        p.save(callable, false);
        p.save(PyTuple.EMPTY, false);
        p.out.op(REDUCE);
    }

    private static void saveNewobj(Pickler p, PyTuple argtup, Object obj) {
        Object[] a = argtup.items;
        if (a.length < 1) throw PickleModule.picklingError("__newobj__ arglist is empty");
        if (!(a[0] instanceof PyType cls)) throw PickleModule.picklingError("args[0] from __newobj__ args is not a type");
        if (obj != null && Ops.getAttr(obj, "__class__") != cls) {
            throw PickleModule.picklingError("args[0] from __newobj__ args has the wrong class");
        }
        p.save(cls, false);
        p.save(new PyTuple(java.util.Arrays.copyOfRange(a, 1, a.length)), false);
        p.out.op(NEWOBJ);
    }

    /** {@code f(*args, **kwargs)}. */
    static Object callWithDict(Object f, Object[] args, PyDict kwargs) {
        int n = kwargs.size();
        Object[] all = java.util.Arrays.copyOf(args, args.length + n);
        String[] names = new String[n];
        int i = 0;
        for (int e = kwargs.nextEntry(0); e >= 0; e = kwargs.nextEntry(e + 1), i++) {
            if (!(kwargs.keyAt(e) instanceof String k)) throw org.pyjit.runtime.exceptions.Errors.typeError("keywords must be strings");
            names[i] = k;
            all[args.length + i] = kwargs.valueAt(e);
        }
        return Ops.callKw(f, all, n == 0 ? null : names);
    }
}
