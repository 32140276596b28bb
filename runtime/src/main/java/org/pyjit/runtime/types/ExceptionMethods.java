package org.pyjit.runtime.types;

import static org.pyjit.runtime.exceptions.ExceptionTypes.*;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.pyjit.runtime.exceptions.*;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code BaseException} and the builtin exceptions with fields of their own: construction
 * ({@code args}), {@code __str__}/{@code __repr__}, traceback and chaining attributes, notes,
 * pickling support, {@code KeyError.__str__}, {@code StopIteration.value}, {@code SystemExit.code},
 * {@code ImportError}, {@code NameError} and {@code AttributeError} keywords. OSError, SyntaxError,
 * the Unicode errors and exception groups are in their own installers. Also installs
 * {@link PyBaseException#constructor}, so {@code Errors.withArgs} builds what calling the class would.
 */
final class ExceptionMethods {
    private ExceptionMethods() {}

    static final PyBuiltinFunction BASE_NEW = new PyBuiltinFunction("__new__", null, ExceptionMethods::baseNew);

    static void install() {
        setFactory(BASE_EXCEPTION, PyBaseException::new);
        setFactory(STOP_ITERATION, PyStopIteration::new);
        setFactory(SYSTEM_EXIT, PySystemExit::new);
        setFactory(IMPORT_ERROR, PyImportError::new);
        setFactory(NAME_ERROR, PyNameError::new);
        setFactory(ATTRIBUTE_ERROR, PyAttributeError::new);
        setFactory(OS_ERROR, PyOSError::new);
        setFactory(SYNTAX_ERROR, PySyntaxError::new);
        setFactory(UNICODE_ENCODE_ERROR, PyUnicodeError::new);
        setFactory(UNICODE_DECODE_ERROR, PyUnicodeError::new);
        setFactory(UNICODE_TRANSLATE_ERROR, PyUnicodeError::new);
        setFactory(BASE_EXCEPTION_GROUP, PyExceptionGroup::new);
        installBase(BASE_EXCEPTION);
        Install.method(KEY_ERROR, "__str__", 0, 0, a -> {
            PyBaseException e = (PyBaseException) a[0];
            return e.args.items.length == 1 ? Ops.repr(e.args.items[0]) : baseStr(e);
        });
        installSimpleFields();
        OSErrorMethods.install();
        SyntaxErrorMethods.install();
        UnicodeErrorMethods.install();
        ExceptionGroupMethods.install();
        PyBaseException.constructor = ExceptionMethods::construct;
    }

    /** Sets the instance factory of {@code root} and of every builtin exception class below it. */
    private static void setFactory(PyType root, Function<PyType, PyObject> factory) {
        for (PyType t : ALL.values()) if (t.isSubtypeOf(root)) t.instanceFactory = factory;
    }

    /** {@code type(*args)} for a builtin exception class, without Python-level dispatch on the class itself. */
    static PyBaseException construct(PyType type, Object[] args) {
        Object made = Calls.callNew(type.lookup("__new__"), Calls.prepend(type, args), null);
        if (!(made instanceof PyBaseException e)) return new PyBaseException(type, args);
        if (e.type.isSubtypeOf(type)) {
            Object init = e.type.lookup("__init__");
            if (init != null) Calls.callMethod(init, Calls.prepend(e, args), null);
        }
        return e;
    }

    // ---------------------------------------------------------------- BaseException

    private static Object baseNew(Object[] a, String[] kw) {
        if (!(a[0] instanceof PyType cls) || !cls.isSubtypeOf(BASE_EXCEPTION)) {
            throw Errors.typeError("BaseException.__new__(X): X is not a subtype of BaseException");
        }
        PyBaseException e = (PyBaseException) ObjectMethods.newInstance(cls);
        e.args = new PyTuple(Install.positional(a, kw, 1));
        return e;
    }

    /** BaseException.__init__: no keywords, {@code args} = the positional arguments. */
    static void baseInit(Object[] a, String[] kw) {
        PyBaseException e = (PyBaseException) a[0];
        Install.noKeywords(e.type.name, kw);
        e.args = new PyTuple(Install.positional(a, kw, 1));
    }

    private static void installBase(PyType t) {
        t.namespace.putStr("__new__", BASE_NEW);
        Install.methodKw(t, "__init__", (a, kw) -> {
            baseInit(a, kw);
            return PyNone.NONE;
        });
        Install.method(t, "__str__", 0, 0, a -> baseStr((PyBaseException) a[0]));
        Install.method(t, "__repr__", 0, 0, a -> {
            PyBaseException e = (PyBaseException) a[0];
            Object[] args = e.args.items;
            return e.type.name + (args.length == 1 ? "(" + Ops.repr(args[0]) + ")" : tupleRepr(args));
        });
        Install.getset(t, "args", o -> ((PyBaseException) o).args, (o, v) -> {
            if (v == null) throw Errors.typeError("args may not be deleted");
            ((PyBaseException) o).args = new PyTuple(Install.toArray(v));
        });
        Install.getset(t, "__traceback__", o -> Install.orNone(((PyBaseException) o).traceback), (o, v) -> {
            if (v == null) throw Errors.typeError("__traceback__ may not be deleted");
            ((PyBaseException) o).traceback = traceback(v);
        });
        Install.method(t, "with_traceback", 1, 1, a -> {
            ((PyBaseException) a[0]).traceback = traceback(a[1]);
            return a[0];
        });
        Install.getset(t, "__cause__", o -> ((PyBaseException) o).cause, (o, v) -> {
            PyBaseException e = (PyBaseException) o;
            e.cause = chained(v, "__cause__", "exception cause must be None or derive from BaseException");
            e.suppressContext = true;
        });
        Install.getset(t, "__context__", o -> ((PyBaseException) o).context, (o, v) ->
                ((PyBaseException) o).context = chained(v, "__context__", "exception context must be None or derive from BaseException"));
        Install.getset(t, "__suppress_context__", o -> ((PyBaseException) o).suppressContext,
                (o, v) -> ((PyBaseException) o).suppressContext = v != null && Ops.isTrue(v));
        Install.method(t, "add_note", 1, 1, a -> addNote((PyBaseException) a[0], a[1]));
        Install.method(t, "__reduce__", 0, 0, a -> {
            PyBaseException e = (PyBaseException) a[0];
            PyDict d = instanceDict(e);
            return d == null ? PyTuple.of(e.type, e.args) : PyTuple.of(e.type, e.args, d);
        });
        Install.method(t, "__setstate__", 1, 1, a -> {
            if (a[1] instanceof PyDict d) {
                for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                    Ops.setAttr(a[0], ObjectMethods.attributeName(d.keyAt(i)), d.valueAt(i));
                }
            } else if (a[1] != PyNone.NONE) {
                throw Errors.typeError("state is not a dictionary");
            }
            return PyNone.NONE;
        });
        t.namespace.putStr("__dict__", InstanceDict.dictDescriptor(t));
    }

    /** {@code str(exc)}: empty, the single argument's str, or the args tuple's repr. */
    static String baseStr(PyBaseException e) {
        Object[] args = e.args.items;
        if (args.length == 0) return "";
        if (args.length == 1) return Ops.str(args[0]);
        return tupleRepr(args);
    }

    /** repr of a tuple of these items (the args of an exception). */
    static String tupleRepr(Object[] items) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) b.append(", ");
            b.append(Ops.repr(items[i]));
        }
        return b.append(items.length == 1 ? ",)" : ")").toString();
    }

    private static PyTraceback traceback(Object v) {
        if (v == PyNone.NONE) return null;
        if (v instanceof PyTraceback tb) return tb;
        throw Errors.typeError("__traceback__ must be a traceback or None");
    }

    private static Object chained(Object v, String attr, String message) {
        if (v == null) throw Errors.typeError(attr + " may not be deleted");
        if (v != PyNone.NONE && !(v instanceof PyBaseException)) throw Errors.typeError(message);
        return v;
    }

    private static Object addNote(PyBaseException e, Object note) {
        if (Install.asString(note) == null) throw Errors.typeError("note must be a str, not '" + Ops.typeName(note) + "'");
        Object notes = Ops.getAttrOrNull(e, "__notes__");
        if (notes == null) {
            notes = new PyList();
            Ops.setAttr(e, "__notes__", notes);
        }
        if (!(notes instanceof PyList l)) throw Errors.typeError("Cannot add note: __notes__ is not a list");
        l.append(note);
        return PyNone.NONE;
    }

    /** The exception's {@code __dict__} when it has entries, else null (without materializing it). */
    static PyDict instanceDict(PyBaseException e) {
        if (e.dict != null) return e.dict.size() > 0 ? e.dict : null;
        if (e.shape == null || e.shape.size() == 0) return null;
        return e.materializeDict();
    }

    // ---------------------------------------------------------------- simple field exceptions

    private static void installSimpleFields() {
        Install.methodKw(STOP_ITERATION, "__init__", (a, kw) -> {
            baseInit(a, kw);
            ((PyStopIteration) a[0]).value = a.length > 1 ? a[1] : PyNone.NONE;
            return PyNone.NONE;
        });
        field(STOP_ITERATION, "value", PyStopIteration.class, e -> e.value, (e, v) -> e.value = v);
        Install.methodKw(SYSTEM_EXIT, "__init__", (a, kw) -> {
            baseInit(a, kw);
            PySystemExit e = (PySystemExit) a[0];
            e.code = a.length == 1 ? PyNone.NONE : a.length == 2 ? a[1] : e.args;
            return PyNone.NONE;
        });
        field(SYSTEM_EXIT, "code", PySystemExit.class, e -> e.code, (e, v) -> e.code = v);
        Install.methodKw(IMPORT_ERROR, "__init__", ExceptionMethods::importErrorInit);
        Install.method(IMPORT_ERROR, "__str__", 0, 0, a -> {
            PyBaseException e = (PyBaseException) a[0];
            return e instanceof PyImportError ie && ie.msg instanceof String s ? s : baseStr(e);
        });
        field(IMPORT_ERROR, "msg", PyImportError.class, e -> e.msg, (e, v) -> e.msg = v);
        field(IMPORT_ERROR, "name", PyImportError.class, e -> e.name, (e, v) -> e.name = v);
        field(IMPORT_ERROR, "path", PyImportError.class, e -> e.path, (e, v) -> e.path = v);
        Install.methodKw(NAME_ERROR, "__init__", (a, kw) -> {
            Object[] k = keywordsOnly("NameError", new String[] {"name"}, a, kw);
            ((PyNameError) a[0]).name = k[0];
            return PyNone.NONE;
        });
        field(NAME_ERROR, "name", PyNameError.class, e -> e.name, (e, v) -> e.name = v);
        Install.methodKw(ATTRIBUTE_ERROR, "__init__", (a, kw) -> {
            Object[] k = keywordsOnly("AttributeError", new String[] {"name", "obj"}, a, kw);
            ((PyAttributeError) a[0]).name = k[0];
            ((PyAttributeError) a[0]).obj = k[1];
            return PyNone.NONE;
        });
        field(ATTRIBUTE_ERROR, "name", PyAttributeError.class, e -> e.name, (e, v) -> e.name = v);
        field(ATTRIBUTE_ERROR, "obj", PyAttributeError.class, e -> e.obj, (e, v) -> e.obj = v);
    }

    private static Object importErrorInit(Object[] a, String[] kw) {
        Object[] k = keywordsOnly("ImportError", new String[] {"name", "path"}, a, kw);
        PyImportError e = (PyImportError) a[0];
        e.name = k[0];
        e.path = k[1];
        e.msg = e.args.items.length == 1 ? e.args.items[0] : null;
        return PyNone.NONE;
    }

    /**
     * For exceptions whose {@code __init__} takes keyword-only fields: sets {@code args} from the
     * positional arguments and returns the keyword values (null when absent).
     */
    private static Object[] keywordsOnly(String cls, String[] names, Object[] a, String[] kw) {
        int nkw = Install.kwCount(kw);
        Object[] out = new Object[names.length];
        for (int k = 0; k < nkw; k++) {
            int idx = List.of(names).indexOf(kw[k]);
            if (idx < 0) throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for " + cls + "()");
            out[idx] = a[a.length - nkw + k];
        }
        ((PyBaseException) a[0]).args = new PyTuple(Install.positional(a, kw, 1));
        return out;
    }

    /**
     * A read-write member: reads None while unset, {@code del} resets it. An instance built without
     * the Java class the field lives in (by code that bypassed {@code PyBaseException.create})
     * keeps the value as an ordinary instance attribute instead, so nothing fails on it.
     */
    static <E> void field(PyType t, String name, Class<E> javaClass, Function<E, Object> get, BiConsumer<E, Object> set) {
        Install.getset(t, name, o -> {
            if (javaClass.isInstance(o)) return Install.orNone(get.apply(javaClass.cast(o)));
            return Install.orNone(((PyObject) o).getInstanceAttr(name));
        }, (o, v) -> {
            if (javaClass.isInstance(o)) set.accept(javaClass.cast(o), v);
            else if (v != null) ((PyObject) o).setInstanceAttr(name, v);
            else ((PyObject) o).deleteInstanceAttr(name);
        });
    }
}
