package org.pyjit.runtime.modules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The {@code _contextvars} module: {@code ContextVar}, {@code Token}, {@code Context} and
 * {@code copy_context}. Each thread has a current context (a mapping from variables to values,
 * copied on write so that {@code copy_context()} snapshots are cheap and independent).
 */
public final class ContextVarsModule {
    private ContextVarsModule() {}

    static final PyType CONTEXT_VAR = BuiltinTypes.make("ContextVar", BuiltinTypes.OBJECT);
    static final PyType TOKEN = BuiltinTypes.make("Token", BuiltinTypes.OBJECT);
    static final PyType CONTEXT = BuiltinTypes.make("Context", BuiltinTypes.OBJECT, t -> new Context(t, new LinkedHashMap<>()));
    static final PyType CONTEXT_ITERATOR = PyIterator.makeType("context_keys_iterator");
    /** {@code Token.MISSING}. */
    static final PyObject MISSING = new PyObject(BuiltinTypes.make("Token.MISSING", BuiltinTypes.OBJECT));

    static final class Var extends PyObject {
        final String name;
        final Object dflt;

        Var(String name, Object dflt) {
            super(CONTEXT_VAR);
            this.name = name;
            this.dflt = dflt;
        }
    }

    static final class Token extends PyObject {
        final Context context;
        final Var var;
        final Object old;
        boolean used;

        Token(Context context, Var var, Object old) {
            super(TOKEN);
            this.context = context;
            this.var = var;
            this.old = old;
        }
    }

    static final class Context extends PyObject {
        Map<Var, Object> values;
        boolean entered;

        Context(PyType t, Map<Var, Object> values) {
            super(t);
            this.values = values;
        }
    }

    private static final ThreadLocal<Context> CURRENT = ThreadLocal.withInitial(() -> new Context(CONTEXT, new LinkedHashMap<>()));
    private static boolean installed;

    private static synchronized void install() {
        if (installed) return;
        installed = true;
        for (PyType t : new PyType[] {CONTEXT_VAR, TOKEN, CONTEXT}) t.namespace.putStr("__module__", "_contextvars");
        ArgParser varArgs = new ArgParser("ContextVar", new String[] {"name", "default"}, 1, 1, 1);
        CONTEXT_VAR.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            Object[] p = varArgs.parse(a, kw, 1);
            if (!(p[0] instanceof String n)) throw Errors.typeError("context variable name must be a str");
            return new Var(n, p[1]);
        }));
        get(CONTEXT_VAR, "name", o -> ((Var) o).name);
        m(CONTEXT_VAR, "get", 0, 1, a -> {
            Var v = (Var) a[0];
            Object x = CURRENT.get().values.get(v);
            if (x != null) return x;
            if (a.length > 1) return a[1];
            if (v.dflt != null) return v.dflt;
            throw new PyException(PyBaseException.create(ExceptionTypes.LOOKUP_ERROR, v));
        });
        m(CONTEXT_VAR, "set", 1, 1, a -> {
            Var v = (Var) a[0];
            Context c = CURRENT.get();
            Object old = c.values.get(v);
            Map<Var, Object> copy = new LinkedHashMap<>(c.values);
            copy.put(v, a[1]);
            c.values = copy;
            return new Token(c, v, old == null ? MISSING : old);
        });
        m(CONTEXT_VAR, "reset", 1, 1, a -> {
            Var v = (Var) a[0];
            if (!(a[1] instanceof Token t)) throw Errors.typeError("expected an instance of Token, got " + Ops.repr(a[1]));
            if (t.used) throw Errors.runtimeError(Ops.repr(t) + " has already been used once");
            if (t.var != v) throw Errors.valueError(Ops.repr(t) + " was created by a different ContextVar");
            Context c = CURRENT.get();
            if (t.context != c) throw Errors.valueError(Ops.repr(t) + " was created in a different Context");
            Map<Var, Object> copy = new LinkedHashMap<>(c.values);
            if (t.old == MISSING) copy.remove(v);
            else copy.put(v, t.old);
            c.values = copy;
            t.used = true;
            return PyNone.NONE;
        });
        m(CONTEXT_VAR, "__repr__", 0, 0, a -> {
            Var v = (Var) a[0];
            return "<ContextVar name=" + Ops.repr(v.name) + (v.dflt != null ? " default=" + Ops.repr(v.dflt) : "") + " at 0x"
                    + Long.toHexString(org.pyjit.runtime.objects.ObjectIdentity.id(v)) + ">";
        });
        m(CONTEXT_VAR, "__hash__", 0, 0, a -> (long) System.identityHashCode(a[0]));
        GenericAlias.addClassGetItem(CONTEXT_VAR);
        TOKEN.namespace.putStr("MISSING", MISSING);
        MISSING.type.namespace.putStr("__repr__", PyMethodDescriptor.positional(MISSING.type, "__repr__", 0, 0, a -> "<Token.MISSING>"));
        get(TOKEN, "var", o -> ((Token) o).var);
        get(TOKEN, "old_value", o -> ((Token) o).old);
        m(TOKEN, "__repr__", 0, 0, a -> {
            Token t = (Token) a[0];
            return "<Token" + (t.used ? " used" : "") + " var=" + Ops.repr(t.var) + " at 0x"
                    + Long.toHexString(org.pyjit.runtime.objects.ObjectIdentity.id(t)) + ">";
        });
        GenericAlias.addClassGetItem(TOKEN);
        CONTEXT.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            if (a.length > 1 || (kw != null && kw.length > 0)) throw Errors.typeError("Context() does not accept any arguments");
            return new Context(CONTEXT, new LinkedHashMap<>());
        }));
        CONTEXT.namespace.putStr("run", new PyMethodDescriptor(CONTEXT, "run", (a, kw) -> {
            Context c = (Context) a[0];
            if (a.length < 2) throw Errors.typeError("run() missing 1 required positional argument");
            if (c.entered) throw Errors.runtimeError("cannot enter context: " + Ops.repr(c) + " is already entered");
            Context saved = CURRENT.get();
            c.entered = true;
            CURRENT.set(c);
            try {
                return Ops.callKw(a[1], java.util.Arrays.copyOfRange(a, 2, a.length), kw);
            } finally {
                c.entered = false;
                CURRENT.set(saved);
            }
        }));
        m(CONTEXT, "copy", 0, 0, a -> new Context(CONTEXT, new LinkedHashMap<>(((Context) a[0]).values)));
        m(CONTEXT, "get", 1, 2, a -> {
            Object v = ((Context) a[0]).values.get(var(a[1]));
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        m(CONTEXT, "__getitem__", 1, 1, a -> {
            Object v = ((Context) a[0]).values.get(var(a[1]));
            if (v == null) throw Errors.keyError(a[1]);
            return v;
        });
        m(CONTEXT, "__contains__", 1, 1, a -> ((Context) a[0]).values.containsKey(var(a[1])));
        m(CONTEXT, "__len__", 0, 0, a -> (long) ((Context) a[0]).values.size());
        m(CONTEXT, "__iter__", 0, 0, a -> Ops.iter(new PyList(((Context) a[0]).values.keySet().toArray())));
        m(CONTEXT, "keys", 0, 0, a -> new PyList(((Context) a[0]).values.keySet().toArray()));
        m(CONTEXT, "values", 0, 0, a -> new PyList(((Context) a[0]).values.values().toArray()));
        m(CONTEXT, "items", 0, 0, a -> {
            PyList l = new PyList();
            ((Context) a[0]).values.forEach((k, v) -> l.append(PyTuple.of(k, v)));
            return l;
        });
        CONTEXT.namespace.putStr("__hash__", PyNone.NONE);
    }

    private static Var var(Object o) {
        if (o instanceof Var v) return v;
        throw Errors.typeError("a ContextVar key was expected, got " + Ops.repr(o));
    }

    public static PyModule create() {
        install();
        PyModule m = new PyModule("_contextvars");
        m.dict.putStr("ContextVar", CONTEXT_VAR);
        m.dict.putStr("Token", TOKEN);
        m.dict.putStr("Context", CONTEXT);
        m.dict.putStr("copy_context", PyBuiltinFunction.positional("copy_context", "_contextvars", 0, 0,
                a -> new Context(CONTEXT, new LinkedHashMap<>(CURRENT.get().values))));
        return m;
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }

    private static void get(PyType t, String name, java.util.function.Function<Object, Object> g) {
        t.namespace.putStr(name, new PyGetSetDescriptor(t, name, g, null));
    }
}
