package org.pyjit.runtime.interpreter;

import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** The building instructions' work: displays, unpacking, f-string pieces, function objects. */
final class Builders {
    private Builders() {}

    static Object set(Object[] regs, int first, int n) {
        PySet s = new PySet(BuiltinTypes.SET);
        for (int i = 0; i < n; i++) s.add(regs[first + i]);
        return s;
    }

    static void setAdd(Object set, Object v) {
        ((PySet) set).add(v);
    }

    static void setUpdate(Object set, Object iterable) {
        ((PySet) set).update(iterable);
    }

    static void listExtend(PyList list, Object iterable, Object function) {
        // exact types only: a subclass's own __iter__ decides what it yields
        if (iterable instanceof PyList l && l.type == BuiltinTypes.LIST) {
            appendAll(list, l.items, l.size);
            return;
        }
        if (iterable instanceof PyTuple t && t.type == BuiltinTypes.TUPLE) {
            appendAll(list, t.items, t.items.length);
            return;
        }
        Object it;
        try {
            it = Ops.iter(iterable);
        } catch (PyException e) {
            if (e.value.type == ExceptionTypes.TYPE_ERROR && Ops.typeOf(iterable).lookup("__iter__") == null) {
                String who = function == null ? "Value" : functionDescription(function) + " argument";
                throw Errors.typeError(who + " after * must be an iterable, not " + Ops.typeName(iterable));
            }
            throw e;
        }
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) list.append(v);
    }

    /** Appends {@code items[0 … n-1]} in one copy ({@code f(*args)} builds its argument list this way). */
    private static void appendAll(PyList list, Object[] items, int n) {
        list.ensureCapacity(list.size + n);
        System.arraycopy(items, 0, list.items, list.size, n);
        list.size += n;
    }

    static void dictUpdate(PyDict d, Object other) {
        if (other instanceof PyDict o && o.type == BuiltinTypes.DICT) {
            d.putAll(o);
            return;
        }
        Object keys = Ops.getAttrOrNull(other, "keys");
        if (keys == null) throw Errors.typeError("'" + Ops.typeName(other) + "' object is not a mapping");
        Object it = Ops.iter(Ops.call(keys));
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) d.put(k, Ops.getItem(other, k));
    }

    /** {@code f(**m)}: adds m's items, refusing duplicates and non-mappings as CPython does. */
    static void dictMerge(PyDict d, Object other, Object function) {
        String fname = functionDescription(function);
        Object keysMethod = other instanceof PyDict ? null : Ops.getAttrOrNull(other, "keys");
        if (!(other instanceof PyDict) && keysMethod == null) {
            throw Errors.typeError(fname + " argument after ** must be a mapping, not " + Ops.typeName(other));
        }
        Object it = Ops.iter(other instanceof PyDict ? other : Ops.call(keysMethod));
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
            if (!(k instanceof String)) throw Errors.typeError("keywords must be strings");
            if (d.containsKey(k)) throw Errors.typeError(fname + " got multiple values for keyword argument '" + k + "'");
            d.put(k, Ops.getItem(other, k));
        }
    }

    /** CPython's _PyObject_FunctionStr: {@code module.qualname()} for functions outside builtins. */
    private static String functionDescription(Object function) {
        Object qual = Ops.getAttrOrNull(function, "__qualname__");
        if (qual == null) return Ops.str(function);
        Object module = Ops.getAttrOrNull(function, "__module__");
        if (module instanceof String m && !m.equals("builtins")) return m + "." + Ops.str(qual) + "()";
        return Ops.str(qual) + "()";
    }

    /** One f-string replacement field: conversion, then {@code format(value, spec)}. */
    static Object format(Object value, int conversion, Object spec) {
        Object v = switch (conversion) {
            case 's' -> Ops.str(value);
            case 'r' -> Ops.repr(value);
            case 'a' -> Ascii.of(Ops.repr(value));
            default -> value;
        };
        String s = spec == null ? "" : (String) spec;
        if (s.isEmpty() && v instanceof String str) return str;
        return formatValue(v, s);
    }

    /** {@code format(value, spec)}. */
    static String formatValue(Object v, String spec) {
        Object r = Ops.callSpecial(v, "__format__", spec);
        if (r instanceof String rs) return rs;
        throw Errors.typeError("__format__ must return a str, not " + Ops.typeName(r));
    }

    static void unpack(Object src, Object[] regs, int first, int n) {
        Object[] items = null;
        // exact types only: a subclass's own __iter__ decides what it yields
        if (src instanceof PyTuple t && t.type == BuiltinTypes.TUPLE) items = t.items;
        else if (src instanceof PyList l && l.type == BuiltinTypes.LIST) items = l.toArray();
        if (items != null) {
            if (items.length != n) throw wrongCount(n, items.length, false);
            System.arraycopy(items, 0, regs, first, n);
            return;
        }
        Object it = iterForUnpack(src);
        for (int i = 0; i < n; i++) {
            Object v = Ops.next(it);
            if (v == null) throw wrongCount(n, i, false);
            regs[first + i] = v;
        }
        if (Ops.next(it) != null) throw Errors.valueError("too many values to unpack (expected " + n + ")");
    }

    static void unpackEx(Object src, Object[] regs, int first, int before, int after) {
        Object it = iterForUnpack(src);
        PyList all = new PyList();
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) all.append(v);
        if (all.size < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + all.size + ")");
        }
        for (int i = 0; i < before; i++) regs[first + i] = all.items[i];
        int starCount = all.size - before - after;
        Object[] star = new Object[starCount];
        System.arraycopy(all.items, before, star, 0, starCount);
        regs[first + before] = new PyList(star);
        for (int i = 0; i < after; i++) regs[first + before + 1 + i] = all.items[before + starCount + i];
    }

    private static Object iterForUnpack(Object src) {
        try {
            return Ops.iter(src);
        } catch (PyException e) {
            if (e.value.type == ExceptionTypes.TYPE_ERROR) {
                throw Errors.typeError("cannot unpack non-iterable " + Ops.typeName(src) + " object");
            }
            throw e;
        }
    }

    private static PyException wrongCount(int expected, int got, boolean atLeast) {
        if (got < expected) {
            return Errors.valueError("not enough values to unpack (expected " + expected + ", got " + got + ")");
        }
        return Errors.valueError("too many values to unpack (expected " + expected + ")");
    }

    static PyFunction makeFunction(Frame f, CodeObject code, Object defaults, Object kwdefaults, Object closure, Object annotations) {
        PyCell[] cells = null;
        if (closure != null) {
            Object[] items = ((PyTuple) closure).items;
            cells = new PyCell[items.length];
            for (int i = 0; i < items.length; i++) cells[i] = (PyCell) items[i];
        }
        PyFunction fn = new PyFunction(code, f.globals, defaults == null ? null : ((PyTuple) defaults).items,
                (PyDict) kwdefaults, cells);
        if (annotations != null) fn.annotations = (PyDict) annotations;
        if (code.doc != null) fn.doc = code.doc;
        return fn;
    }
}
