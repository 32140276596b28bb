package org.pyjit.runtime.ops;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.Set;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.interpreter.Tier1Support;
import org.pyjit.runtime.modules.SysModule;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PySet;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.TypeChecks;

/**
 * The runtime side of {@code match} statements, shared by the interpreter and baseline code:
 * CPython 3.11's MATCH_SEQUENCE, MATCH_MAPPING, GET_LEN, MATCH_KEYS, MATCH_CLASS and the copy
 * behind {@code **rest}, with its error messages.
 *
 * <p>CPython decides "sequence" and "mapping" by two type flags: set on list, tuple, range,
 * memoryview, collections.deque and array.array (sequence) and dict and mappingproxy (mapping),
 * inherited along the MRO, set on a class whose body holds {@code __abc_tpflags__} (as
 * {@code collections.abc.Sequence} and {@code Mapping} do), and set on a non-builtin class when
 * it is registered with an ABC that has one. pyjit computes the same answer from the MRO and, for
 * registration, from the {@code _abc_registry} of the ABCs derived from Sequence and Mapping.
 */
public final class PatternMatching {
    private PatternMatching() {}

    private static final int SEQUENCE = 1, MAPPING = 2;
    /** CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, the values of {@code __abc_tpflags__}. */
    private static final long TPFLAGS_SEQUENCE = 1L << 5, TPFLAGS_MAPPING = 1L << 6;

    /** {@code MATCH_SEQUENCE}. */
    public static Object isSequence(Object subject) {
        return collectionKind(Ops.typeOf(subject)) == SEQUENCE;
    }

    /** {@code MATCH_MAPPING}. */
    public static Object isMapping(Object subject) {
        return collectionKind(Ops.typeOf(subject)) == MAPPING;
    }

    /** {@code GET_LEN}. */
    public static Object getLen(Object subject) {
        return Ops.len(subject);
    }

    private static int collectionKind(PyType type) {
        if (type == BuiltinTypes.LIST || type == BuiltinTypes.TUPLE) return SEQUENCE;
        if (type == BuiltinTypes.DICT) return MAPPING;
        if (type == BuiltinTypes.STR) return 0;
        if (type.builtin) return mroKind(type);
        // classes defined by the program: cached until the class changes or an ABC registers a class
        long counter = registrationCounter();
        synchronized (KIND_CACHE) {
            long[] cached = KIND_CACHE.get(type);
            if (cached != null && cached[0] == type.version && cached[1] == counter) return (int) cached[2];
        }
        int kind = mroKind(type);
        if (kind == 0) kind = registeredKind(type);
        synchronized (KIND_CACHE) {
            KIND_CACHE.put(type, new long[] {type.version, counter, kind});
        }
        return kind;
    }

    /** Per class: its version, the ABC registration counter, and the kind computed then. */
    private static final Map<PyType, long[]> KIND_CACHE = new WeakHashMap<>();

    private static int mroKind(PyType type) {
        for (PyType t : type.mro) {
            int kind = t.builtin ? builtinKind(t) : declaredKind(t);
            if (kind != 0) return kind;
        }
        return 0;
    }

    /**
     * {@code ABCMeta._abc_invalidation_counter} of the pure-Python ABC implementation, which every
     * {@code register} call bumps; -1 when it is not loaded.
     */
    private static long registrationCounter() {
        if (SysModule.modules().getStr("_py_abc") instanceof PyModule m && m.dict.getStr("ABCMeta") instanceof PyType meta
                && meta.namespace.getStr("_abc_invalidation_counter") instanceof Long n) {
            return n;
        }
        return -1;
    }

    private static int builtinKind(PyType t) {
        if (t == BuiltinTypes.LIST || t == BuiltinTypes.TUPLE || t == BuiltinTypes.RANGE) return SEQUENCE;
        if (t == BuiltinTypes.DICT || t == BuiltinTypes.MAPPINGPROXY) return MAPPING;
        return switch (t.name) {
            case "memoryview", "deque", "array" -> SEQUENCE;
            default -> 0;
        };
    }

    /** The kind a class body declares through {@code __abc_tpflags__}. */
    private static int declaredKind(PyType t) {
        if (t.namespace.getStr("__abc_tpflags__") instanceof Long flags) {
            if ((flags & TPFLAGS_SEQUENCE) != 0) return SEQUENCE;
            if ((flags & TPFLAGS_MAPPING) != 0) return MAPPING;
        }
        return 0;
    }

    /** SEQUENCE or MAPPING when a non-builtin class of the MRO was registered with such an ABC. */
    private static int registeredKind(PyType type) {
        if (!(SysModule.modules().getStr("_collections_abc") instanceof PyModule abcs)) return 0;
        List<PyType> heapClasses = new ArrayList<>();
        for (PyType t : type.mro) {
            if (!t.builtin) heapClasses.add(t);
        }
        if (abcs.dict.getStr("Sequence") instanceof PyType seq && registeredWith(seq, heapClasses)) return SEQUENCE;
        if (abcs.dict.getStr("Mapping") instanceof PyType map && registeredWith(map, heapClasses)) return MAPPING;
        return 0;
    }

    private static boolean registeredWith(PyType abc, List<PyType> classes) {
        ArrayDeque<PyType> work = new ArrayDeque<>();
        Set<PyType> visited = new HashSet<>();
        work.add(abc);
        while (!work.isEmpty()) {
            PyType a = work.poll();
            if (!visited.add(a)) continue;
            Object registry = a.namespace.getStr("_abc_registry");
            if (registry != null) {
                for (PyType c : classes) {
                    if (Ops.contains(registry, c)) return true;
                }
            }
            work.addAll(a.subclasses());
        }
        return false;
    }

    /**
     * {@code MATCH_KEYS}: the values of {@code subject.get(key, sentinel)} for each key, or None
     * when one is missing; a key given twice is a ValueError.
     */
    public static Object matchKeys(Object subject, Object keysTuple) {
        Object[] keys = ((PyTuple) keysTuple).items;
        if (keys.length == 0) return new PyTuple(new Object[0]);
        Object get = Ops.getAttr(subject, "get");
        Object sentinel = new PyObject(BuiltinTypes.OBJECT);
        PySet seen = new PySet();
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (seen.contains(keys[i])) {
                throw Errors.valueError("mapping pattern checks duplicate key (" + Ops.repr(keys[i]) + ")");
            }
            seen.add(keys[i]);
            Object v = Ops.call(get, keys[i], sentinel);
            if (v == sentinel) return PyNone.NONE;
            values[i] = v;
        }
        return new PyTuple(values);
    }

    /** {@code **rest} of a mapping pattern: a dict copy of the subject without the matched keys. */
    public static Object copyDictWithoutKeys(Object subject, Object keysTuple) {
        PyDict rest = new PyDict();
        Tier1Support.dictUpdate(rest, subject);
        for (Object key : ((PyTuple) keysTuple).items) {
            Ops.delItem(rest, key);
        }
        return rest;
    }

    /**
     * {@code MATCH_CLASS}: the attributes a class pattern goes on to match (positional ones named by
     * {@code __match_args__}, or the subject itself for the self-matching builtins, then the keyword
     * names), or None when the subject is not an instance or lacks an attribute.
     */
    public static Object matchClass(Object subject, Object cls, int nargs, String[] names) {
        if (!(cls instanceof PyType type)) throw Errors.typeError("called match pattern must be a type");
        if (!TypeChecks.isInstance(subject, type)) return PyNone.NONE;
        List<Object> attrs = new ArrayList<>(nargs + names.length);
        Set<String> seen = new HashSet<>();
        if (nargs > 0) {
            Object matchArgs = Ops.getAttrOrNull(type, "__match_args__");
            boolean matchSelf = false;
            Object[] args;
            if (matchArgs != null) {
                if (!(matchArgs instanceof PyTuple t && t.type == BuiltinTypes.TUPLE)) {
                    throw Errors.typeError(type.name + ".__match_args__ must be a tuple (got "
                            + Ops.typeName(matchArgs) + ")");
                }
                args = t.items;
            } else {
                matchSelf = matchesSelf(type);
                args = new Object[0];
            }
            int allowed = matchSelf ? 1 : args.length;
            if (allowed < nargs) {
                throw Errors.typeError(type.name + "() accepts " + allowed + " positional sub-pattern"
                        + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
            }
            if (matchSelf) {
                attrs.add(subject);
            } else {
                for (int i = 0; i < nargs; i++) {
                    if (!(args[i] instanceof String name)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got "
                                + Ops.typeName(args[i]) + ")");
                    }
                    Object v = attribute(subject, type, name, seen);
                    if (v == null) return PyNone.NONE;
                    attrs.add(v);
                }
            }
        }
        for (String name : names) {
            Object v = attribute(subject, type, name, seen);
            if (v == null) return PyNone.NONE;
            attrs.add(v);
        }
        return new PyTuple(attrs.toArray());
    }

    private static Object attribute(Object subject, PyType type, String name, Set<String> seen) {
        if (!seen.add(name)) {
            throw Errors.typeError(type.name + "() got multiple sub-patterns for attribute " + Ops.repr(name));
        }
        return Ops.getAttrOrNull(subject, name);
    }

    /** bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple and their subclasses. */
    private static boolean matchesSelf(PyType type) {
        for (PyType t : type.mro) {
            if (t == BuiltinTypes.BOOL || t == BuiltinTypes.BYTEARRAY || t == BuiltinTypes.BYTES
                    || t == BuiltinTypes.DICT || t == BuiltinTypes.FLOAT || t == BuiltinTypes.FROZENSET
                    || t == BuiltinTypes.INT || t == BuiltinTypes.LIST || t == BuiltinTypes.SET
                    || t == BuiltinTypes.STR || t == BuiltinTypes.TUPLE) {
                return true;
            }
        }
        return false;
    }
}
