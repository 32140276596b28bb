package org.pyjit.runtime.ops;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.format.FloatFormatter;
import org.pyjit.runtime.types.number.IntText;
import org.pyjit.runtime.types.string.StrIterator;
import org.pyjit.runtime.types.string.Strings;

/**
 * The abstract object protocol: what every tier calls for a dynamic operation. Fast paths for
 * pyjit's JVM-scalar representations come first; everything else dispatches on the special
 * methods in the type's namespace, exactly as CPython's {@code abstract.c} does.
 */
public final class Ops {
    private Ops() {}

    private static final Object[] NO_ARGS = new Object[0];

    // ---------------------------------------------------------------- types

    public static PyType typeOf(Object o) {
        if (o instanceof PyObject p) return p.type;
        if (o instanceof Long || o instanceof BigInteger) return BuiltinTypes.INT;
        if (o instanceof String) return BuiltinTypes.STR;
        if (o instanceof Double) return BuiltinTypes.FLOAT;
        if (o instanceof Boolean) return BuiltinTypes.BOOL;
        throw new IllegalStateException("not a Python value: " + (o == null ? "null" : o.getClass().getName()));
    }

    public static String typeName(Object o) {
        return typeOf(o).name;
    }

    public static boolean isInstance(Object o, PyType t) {
        return typeOf(o).isSubtypeOf(t);
    }

    // ---------------------------------------------------------------- special-method calls

    /**
     * Calls special method {@code name} looked up on the type of {@code self} (never on the
     * instance), or returns null when the type has none.
     */
    public static Object callSpecial(Object self, String name, Object... args) {
        Object m = typeOf(self).lookup(name);
        if (m == null) return null;
        return callDescriptor(m, self, args);
    }

    /** Calls {@code descr} found on the type of {@code self} as a method of {@code self}. */
    public static Object callDescriptor(Object descr, Object self, Object[] args) {
        if (descr instanceof PyFunction f) {
            Object[] full = prepend(self, args);
            return f.call(full, null);
        }
        if (descr instanceof PyMethodDescriptor md) return md.callUnchecked(prepend(self, args), null);
        Object bound = Attributes.bindDescriptor(descr, self, typeOf(self));
        return call(bound, args);
    }

    static Object[] prepend(Object first, Object[] rest) {
        Object[] full = new Object[rest.length + 1];
        full[0] = first;
        System.arraycopy(rest, 0, full, 1, rest.length);
        return full;
    }

    // ---------------------------------------------------------------- calls

    public static Object call(Object f, Object... args) {
        return callKw(f, args, null);
    }

    /** Calls {@code f} with the positional arguments and then the keyword values named by {@code kwnames}. */
    public static Object callKw(Object f, Object[] args, String[] kwnames) {
        if (f instanceof PyCallable c) return c.call(args, kwnames);
        Object m = typeOf(f).lookup("__call__");
        if (m == null) throw Errors.typeError("'" + typeName(f) + "' object is not callable");
        if (m instanceof PyFunction fn) return fn.call(prepend(f, args), kwnames);
        if (m instanceof PyMethodDescriptor md) return md.callUnchecked(prepend(f, args), kwnames);
        return callKw(Attributes.bindDescriptor(m, f, typeOf(f)), args, kwnames);
    }

    public static boolean isCallable(Object f) {
        return f instanceof PyCallable || typeOf(f).lookup("__call__") != null;
    }

    // ---------------------------------------------------------------- attributes

    public static Object getAttr(Object o, String name) {
        return Attributes.get(o, name);
    }

    /** The attribute or null when it is missing (AttributeError swallowed). */
    public static Object getAttrOrNull(Object o, String name) {
        return Attributes.getOrNull(o, name);
    }

    public static void setAttr(Object o, String name, Object value) {
        Attributes.set(o, name, value);
    }

    public static void delAttr(Object o, String name) {
        Attributes.delete(o, name);
    }

    // ---------------------------------------------------------------- truth, repr, str, hash

    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) return b;
        if (o == PyNone.NONE) return false;
        if (o instanceof Long l) return l != 0;
        if (o instanceof String s) return !s.isEmpty();
        if (o instanceof Double d) return d != 0.0;
        if (o instanceof BigInteger) return true; // normalized: never zero
        if (o instanceof PyList l && l.type == BuiltinTypes.LIST) return l.size != 0;
        if (o instanceof PyTuple t && t.type == BuiltinTypes.TUPLE) return t.items.length != 0;
        if (o instanceof PyDict d && d.type == BuiltinTypes.DICT) return d.size() != 0;
        PyType t = typeOf(o);
        Object m = t.lookup("__bool__");
        if (m != null) {
            Object r = callDescriptor(m, o, NO_ARGS);
            if (r instanceof Boolean b) return b;
            throw Errors.typeError("__bool__ should return bool, returned " + typeName(r));
        }
        m = t.lookup("__len__");
        if (m != null) return lenResult(callDescriptor(m, o, NO_ARGS)) != 0;
        return true;
    }

    public static String repr(Object o) {
        if (o instanceof String s) return StringRepr.repr(s);
        if (o instanceof Long l) return l.toString();
        if (o instanceof BigInteger) return IntText.decimal(o);
        if (o instanceof Double d) return FloatFormatter.repr(d);
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o == PyNone.NONE) return "None";
        Object r = callSpecial(o, "__repr__");
        if (r instanceof String s) return s;
        if (r instanceof PyBoxed b && b.value instanceof String s) return s;
        throw Errors.typeError("__repr__ returned non-string (type " + typeName(r) + ")");
    }

    public static String str(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof Long l) return l.toString();
        if (o instanceof BigInteger) return IntText.decimal(o);
        if (o instanceof Double d) return FloatFormatter.repr(d);
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o == PyNone.NONE) return "None";
        Object r = callSpecial(o, "__str__");
        if (r instanceof String s) return s;
        if (r instanceof PyBoxed b && b.value instanceof String s) return s;
        throw Errors.typeError("__str__ returned non-string (type " + typeName(r) + ")");
    }

    public static long hash(Object o) {
        if (o instanceof String s) return hashString(s);
        if (o instanceof Long l) return Hashing.hashLong(l);
        if (o instanceof Double d) return Hashing.hashDouble(d);
        if (o instanceof Boolean b) return b ? 1 : 0;
        if (o instanceof BigInteger b) return Hashing.hashBig(b);
        if (o instanceof PyTuple t && t.type == BuiltinTypes.TUPLE) {
            Object[] items = t.items;
            long acc = Hashing.TUPLE_HASH_START;
            for (Object item : items) acc = Hashing.tupleHashStep(acc, hash(item));
            return Hashing.tupleHashFinish(acc, items.length);
        }
        return hashBy(o, typeOf(o).lookup("__hash__"));
    }

    /** {@code hash(o)} where {@code o}'s type's {@code __hash__} is {@code m} (null or None: unhashable). */
    public static long hashBy(Object o, Object m) {
        if (m == null || m == PyNone.NONE) throw Errors.typeError("unhashable type: '" + typeName(o) + "'");
        Object r = callDescriptor(m, o, NO_ARGS);
        if (r instanceof Long l) return l == -1 ? -2 : l;
        if (r instanceof BigInteger b) return Hashing.hashBig(b);
        if (r instanceof Boolean b) return b ? 1 : 0;
        throw Errors.typeError("__hash__ method should return an integer");
    }

    public static long hashString(String s) {
        return Hashing.hashString(s);
    }

    // ---------------------------------------------------------------- comparison

    /** Python {@code a == b} as a Java boolean (identity first, as containers do). */
    public static boolean eq(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof String x && b instanceof String y) return x.equals(y);
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        return isTrue(Comparison.compare(a, b, CompareOp.EQ));
    }

    public static Object compare(Object a, Object b, CompareOp op) {
        return Comparison.compare(a, b, op);
    }

    // ---------------------------------------------------------------- arithmetic

    public static Object binary(Object a, Object b, BinaryOp op) {
        return Arithmetic.binary(a, b, op);
    }

    public static Object inplace(Object a, Object b, BinaryOp op) {
        return Arithmetic.inplace(a, b, op);
    }

    /** The TypeError for operands no method handled ({@code a op b}, or {@code a op= b} when {@code inplace}). */
    public static RuntimeException unsupportedBinary(Object a, Object b, BinaryOp op, boolean inplace) {
        return Arithmetic.unsupported(a, b, op, inplace ? op.inplaceSymbol : op.symbol);
    }

    public static Object unary(Object a, UnaryOp op) {
        return Arithmetic.unary(a, op);
    }

    // ---------------------------------------------------------------- containers

    public static long len(Object o) {
        if (o instanceof String s) return StringRepr.codePointLength(s);
        if (o instanceof PyList l && l.type == BuiltinTypes.LIST) return l.size;
        if (o instanceof PyTuple t && t.type == BuiltinTypes.TUPLE) return t.items.length;
        if (o instanceof PyDict d && d.type == BuiltinTypes.DICT) return d.size();
        Object m = typeOf(o).lookup("__len__");
        if (m == null) throw Errors.typeError("object of type '" + typeName(o) + "' has no len()");
        return lenResult(callDescriptor(m, o, NO_ARGS));
    }

    private static long lenResult(Object r) {
        Object i = indexOrNull(r);
        if (i == null) throw Errors.typeError("'" + typeName(r) + "' object cannot be interpreted as an integer");
        if (i instanceof BigInteger) throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        long n = (Long) i;
        if (n < 0) throw Errors.valueError("__len__() should return >= 0");
        return n;
    }

    public static Object getItem(Object o, Object key) {
        if (o instanceof String s && key instanceof Long i) return Strings.item(s, i);
        if (o instanceof String s && key instanceof PySlice slice) return Strings.slice(s, slice);
        if (o instanceof PyList l && l.type == BuiltinTypes.LIST && key instanceof Long i) {
            long k = i < 0 ? i + l.size : i;
            if (k < 0 || k >= l.size) throw Errors.indexError("list index out of range");
            return l.items[(int) k];
        }
        if (o instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            Object v = d.get(key);
            if (v != null) return v;
        }
        PyType t = typeOf(o);
        Object m = t.lookup("__getitem__");
        if (m != null) return callDescriptor(m, o, new Object[] {key});
        if (o instanceof PyType cls) {
            Object cg = cls.lookup("__class_getitem__");
            if (cg != null) return call(Attributes.bindDescriptor(cg, PyNone.NONE, cls), key);
            if (cls == BuiltinTypes.TYPE || true) {
                throw Errors.typeError("type '" + cls.name + "' is not subscriptable");
            }
        }
        throw Errors.typeError("'" + t.name + "' object is not subscriptable");
    }

    public static void setItem(Object o, Object key, Object value) {
        if (o instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            d.put(key, value);
            return;
        }
        Object m = typeOf(o).lookup("__setitem__");
        if (m == null) throw Errors.typeError("'" + typeName(o) + "' object does not support item assignment");
        callDescriptor(m, o, new Object[] {key, value});
    }

    public static void delItem(Object o, Object key) {
        if (o instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            int e = d.findEntry(key);
            if (e < 0) throw Errors.keyError(key);
            d.removeAt(e);
            return;
        }
        Object m = typeOf(o).lookup("__delitem__");
        if (m == null) throw Errors.typeError("'" + typeName(o) + "' object doesn't support item deletion");
        callDescriptor(m, o, new Object[] {key});
    }

    public static boolean contains(Object container, Object item) {
        if (container instanceof String s && item instanceof String t) return s.contains(t);
        if (container instanceof PyDict d && d.type == BuiltinTypes.DICT) return d.containsKey(item);
        Object m = typeOf(container).lookup("__contains__");
        if (m != null) return isTrue(callDescriptor(m, container, new Object[] {item}));
        Object it;
        try {
            it = iter(container);
        } catch (PyException e) {
            // CPython replaces any TypeError of iter() with the message of the membership test
            if (!e.value.type.isSubtypeOf(org.pyjit.runtime.exceptions.ExceptionTypes.TYPE_ERROR)) throw e;
            throw Errors.typeError("argument of type '" + typeName(container) + "' is not iterable");
        }
        for (Object x = next(it); x != null; x = next(it)) {
            if (x == item || eq(x, item)) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- iteration

    /** {@code iter(o)}. */
    public static Object iter(Object o) {
        if (o instanceof String s) return new StrIterator(s);
        PyType t = typeOf(o);
        Object m = t.lookup("__iter__");
        if (m != null && m != PyNone.NONE) {
            Object it = callDescriptor(m, o, NO_ARGS);
            if (typeOf(it).lookup("__next__") == null) {
                throw Errors.typeError("iter() returned non-iterator of type '" + typeName(it) + "'");
            }
            return it;
        }
        if (m == null && t.lookup("__getitem__") != null) return new SequenceIterator(o);
        throw Errors.typeError("'" + t.name + "' object is not iterable");
    }

    /** The next value of iterator {@code it}, or null when it is exhausted (StopIteration swallowed). */
    public static Object next(Object it) {
        if (it instanceof PyIterator pi && pi.type.builtin) return pi.next(); // a subclass may override __next__
        Object m = typeOf(it).lookup("__next__");
        if (m == null) throw Errors.typeError("'" + typeName(it) + "' object is not an iterator");
        try {
            return callDescriptor(m, it, NO_ARGS);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) return null;
            throw e;
        }
    }

    // ---------------------------------------------------------------- numbers

    /** {@code operator.index(o)}: a Long or BigInteger, or null when o has no {@code __index__}. */
    public static Object indexOrNull(Object o) {
        if (o instanceof Long || o instanceof BigInteger) return o;
        if (o instanceof Boolean b) return b ? 1L : 0L;
        Object m = typeOf(o).lookup("__index__");
        if (m == null) return null;
        Object r = callDescriptor(m, o, NO_ARGS);
        if (r instanceof Long || r instanceof BigInteger) return r;
        if (r instanceof Boolean b) return b ? 1L : 0L;
        throw Errors.typeError("__index__ returned non-int (type " + typeName(r) + ")");
    }

    /** {@code __index__} as a Java long; TypeError with CPython's message when not an integer. */
    public static long index(Object o) {
        Object i = indexOrNull(o);
        if (i == null) throw Errors.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
        if (i instanceof BigInteger) throw Errors.overflow("Python int too large to convert to C ssize_t");
        return (Long) i;
    }
}
