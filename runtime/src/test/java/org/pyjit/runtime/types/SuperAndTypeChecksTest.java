package org.pyjit.runtime.types;

import static org.junit.jupiter.api.Assertions.*;
import static org.pyjit.runtime.types.Py.*;

import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.Ops;

/** {@code super} and {@code isinstance}/{@code issubclass}, unions included. */
class SuperAndTypeChecksTest {
    static final CPython py = new CPython();

    private static final String AB = """
            class A:
                def m(self): return 'A.m'
                @classmethod
                def c(cls): return cls.__name__
                @staticmethod
                def s(): return 'A.s'
            class B(A):
                def m(self): return 'B.m'
            """;
    static final String M = py.probe("super_m", AB + "super(B, B()).m()");
    static final String CLASS_FN = py.probe("super_cls_fn", AB + "type(super(B, B).m).__name__");
    static final String CLASS_CM = py.probe("super_cm", AB + "super(B, B).c() + ' ' + super(B, B()).c() + ' ' + super(B, B()).s()");
    static final String BAD_OBJ = py.probe("super_bad_obj", AB + "super(B, 1)");
    static final String BAD_OBJ2 = py.probe("super_bad_obj2", AB + "super(B, A())");
    static final String BAD_TYPE = py.probe("super_bad_type", AB + "super(1, B())");
    static final String UNBOUND = py.probe("super_unbound", AB + "super(B).m");
    static final String REPR_UNBOUND = py.probe("super_repr_unbound", AB + "repr(super(B))");
    static final String REPR_CLS = py.probe("super_repr_cls", AB + "repr(super(B, B))");
    static final String ATTRS = py.probe("super_attrs", AB + "b = B()\ns = super(B, b)\n(s.__self__ is b, s.__self_class__.__name__, s.__thisclass__.__name__, s.__class__.__name__)");
    static final String MISSING = py.probe("super_missing", AB + "super(B, B()).x");
    static final String SET = py.probe("super_set", AB + "s = super(B, B())\ns.y = 1");
    static final String TOO_MANY = py.probe("super_3", AB + "super(B, B(), 3)");
    static final String KW = py.probe("super_kw", AB + "super(B, x=1)");
    static final String NO_ARGS = py.probe("super_none", "super()");

    static final String ISI_INT = py.probe("isi_1", "isinstance(1, 1)");
    static final String ISI_TUPLE_OK = py.probe("isi_tuple_ok", "isinstance(1, (int, 1))");
    static final String ISI_TUPLE_BAD = py.probe("isi_tuple_bad", "isinstance(1, (str, 1))");
    static final String ISS_ARG1 = py.probe("iss_arg1", "issubclass(1, int)");
    static final String ISS_ARG2 = py.probe("iss_arg2", "issubclass(int, 1)");
    static final String ISS_TUPLE = py.probe("iss_tuple", "issubclass(int, (str, 1))");
    static final String UNION = py.probe("union", "isinstance(1, int | None), isinstance(None, int | None), isinstance('', int | None)");
    static final String UNION_REPR = py.probe("union_repr", AB + "repr(int | None) + '/' + repr(int | str | None) + '/' + repr(A | None) + '/' + repr(int | int) + '/' + repr(None | int) + '/' + type(int | str).__name__");
    static final String UNION_ARGS = py.probe("union_args", "' '.join(t.__name__ for t in (int | None | str | int).__args__)");
    static final String UNION_BAD = py.probe("union_bad", "int | 1");
    static final String UNION_EQ = py.probe("union_eq", "(int | str) == (str | int), (int | str) == (int | None)");
    static final String UNION_NEW = py.probe("union_new", "type(int | str)()");
    static final String UNION_SUB = py.probe("union_sub", "issubclass(bool, int | str), issubclass(float, int | str)");
    static final String INSTANCECHECK = py.probe("instancecheck", """
            class Meta(type):
                def __instancecheck__(cls, inst): return inst == 42
                def __subclasscheck__(cls, sub): return sub is int
            class Q(metaclass=Meta): pass
            (isinstance(42, Q), isinstance(Q(), Q), issubclass(int, Q), issubclass(Q, Q), isinstance(42, (str, Q)))""");
    static final String CLASS_ATTR = py.probe("class_attr", """
            class P:
                @property
                def __class__(self): return int
            (isinstance(P(), int), isinstance(P(), P), type(P()).__name__)""");

    private static final PyType A = cls("A", bases(), "m", method("m", a -> "A.m"),
            "c", new PyClassMethod(fn("c", a -> ((PyType) a[0]).name)), "s", new PyStaticMethod(fn("s", a -> "A.s")));
    private static final PyType B = cls("B", bases(A), "m", method("m", a -> "B.m"));

    @Test
    void lookupAndBinding() {
        assertEquals(py.get(M), run(() -> call(get(SuperSupport.create(B, call(B)), "m"))));
        // the Java stand-in for A.m is a method descriptor; through super(B, B) it must come back unbound, itself
        assertEquals(py.get(CLASS_FN), run(() -> get(SuperSupport.create(B, B), "m") == A.namespace.getStr("m")
                ? "function" : Ops.typeName(get(SuperSupport.create(B, B), "m"))));
        assertEquals(py.get(CLASS_CM), run(() -> call(get(SuperSupport.create(B, B), "c")) + " "
                + call(get(SuperSupport.create(B, call(B)), "c")) + " " + call(get(SuperSupport.create(B, call(B)), "s"))));
        assertEquals(py.get(UNBOUND), run(() -> get(call(BuiltinTypes.SUPER, B), "m")));
        assertEquals(py.get(MISSING), run(() -> get(SuperSupport.create(B, call(B)), "x")));
        assertEquals(py.get(SET), run(() -> {
            Ops.setAttr(SuperSupport.create(B, call(B)), "y", 1L);
            return null;
        }));
    }

    @Test
    void construction() {
        PyType sup = BuiltinTypes.SUPER;
        assertEquals(py.get(BAD_OBJ), run(() -> call(sup, B, 1L)));
        assertEquals(py.get(BAD_OBJ2), run(() -> call(sup, B, call(A))));
        assertEquals(py.get(BAD_TYPE), run(() -> call(sup, 1L, call(B))));
        assertEquals(py.get(TOO_MANY), run(() -> call(sup, B, call(B), 3L)));
        assertEquals(py.get(KW), run(() -> callKw(sup, new Object[] {B, 1L}, "x")));
        assertEquals(py.get(NO_ARGS), run(() -> {
            org.pyjit.runtime.PyRuntime.bootstrap(); // exec is one of the interpreter's builtins
            return call(org.pyjit.runtime.builtins.BuiltinsModule.namespace().getStr("exec"), "super()", new PyDict());
        }));
        assertEquals(py.get(REPR_UNBOUND), run(() -> Ops.repr(call(sup, B))));
        assertEquals(py.get(REPR_CLS), run(() -> Ops.repr(call(sup, B, B))));
        assertEquals(py.get(ATTRS), run(() -> {
            Object b = call(B);
            Object s = call(sup, B, b);
            return "(" + show(get(s, "__self__") == b) + ", " + Ops.repr(((PyType) get(s, "__self_class__")).name) + ", "
                    + Ops.repr(((PyType) get(s, "__thisclass__")).name) + ", " + Ops.repr(((PyType) get(s, "__class__")).name) + ")";
        }));
    }

    @Test
    void zeroArgumentHooks() {
        Object b = call(B);
        assertEquals("A.m", call(get(SuperSupport.zeroArg(b, B), "m")));
        assertEquals("A.m", call(get(SuperSupport.zeroArgFromCell(b, new PyCell(B)), "m")));
        assertEquals("EXC RuntimeError: super(): no arguments", run(() -> SuperSupport.zeroArg(null, B)));
        assertEquals("EXC RuntimeError: super(): __class__ cell not found", run(() -> SuperSupport.zeroArg(b, null)));
        assertEquals("EXC RuntimeError: super(): empty __class__ cell", run(() -> SuperSupport.zeroArgFromCell(b, new PyCell(null))));
        assertEquals("EXC RuntimeError: super(): __class__ is not a type (int)", run(() -> SuperSupport.zeroArgFromCell(b, new PyCell(1L))));
        var interpreters = SuperSupport.zeroArgProvider; // the interpreter's, when an earlier test started one
        SuperSupport.zeroArgProvider = () -> SuperSupport.zeroArg(b, B);
        try {
            assertEquals("A.m", call(get(call(BuiltinTypes.SUPER), "m")));
        } finally {
            SuperSupport.zeroArgProvider = interpreters;
        }
    }

    @Test
    void isinstanceErrors() {
        assertEquals(py.get(ISI_INT), run(() -> TypeChecks.isInstance(1L, 1L)));
        assertEquals(py.get(ISI_TUPLE_OK), run(() -> TypeChecks.isInstance(1L, PyTuple.of(BuiltinTypes.INT, 1L))));
        assertEquals(py.get(ISI_TUPLE_BAD), run(() -> TypeChecks.isInstance(1L, PyTuple.of(BuiltinTypes.STR, 1L))));
        assertEquals(py.get(ISS_ARG1), run(() -> TypeChecks.isSubclass(1L, BuiltinTypes.INT)));
        assertEquals(py.get(ISS_ARG2), run(() -> TypeChecks.isSubclass(BuiltinTypes.INT, 1L)));
        assertEquals(py.get(ISS_TUPLE), run(() -> TypeChecks.isSubclass(BuiltinTypes.INT, PyTuple.of(BuiltinTypes.STR, 1L))));
    }

    @Test
    void unions() {
        Object intOrNone = Ops.binary(BuiltinTypes.INT, PyNone.NONE, BinaryOp.OR);
        assertEquals(py.get(UNION), run(() -> "(" + show(TypeChecks.isInstance(1L, intOrNone)) + ", "
                + show(TypeChecks.isInstance(PyNone.NONE, intOrNone)) + ", " + show(TypeChecks.isInstance("", intOrNone)) + ")"));
        assertEquals(py.get(UNION_REPR), run(() -> Ops.repr(intOrNone) + "/"
                + Ops.repr(Ops.binary(Ops.binary(BuiltinTypes.INT, BuiltinTypes.STR, BinaryOp.OR), PyNone.NONE, BinaryOp.OR)) + "/"
                + Ops.repr(Ops.binary(A, PyNone.NONE, BinaryOp.OR)) + "/" + Ops.repr(Ops.binary(BuiltinTypes.INT, BuiltinTypes.INT, BinaryOp.OR))
                + "/" + Ops.repr(Ops.binary(PyNone.NONE, BuiltinTypes.INT, BinaryOp.OR)) + "/" + Ops.typeName(intOrNone)));
        assertEquals(py.get(UNION_ARGS), run(() -> names(get(Ops.binary(Ops.binary(intOrNone, BuiltinTypes.STR, BinaryOp.OR),
                BuiltinTypes.INT, BinaryOp.OR), "__args__"))));
        assertEquals(py.get(UNION_BAD), run(() -> Ops.binary(BuiltinTypes.INT, 1L, BinaryOp.OR)));
        Object is = Ops.binary(BuiltinTypes.INT, BuiltinTypes.STR, BinaryOp.OR);
        Object si = Ops.binary(BuiltinTypes.STR, BuiltinTypes.INT, BinaryOp.OR);
        assertEquals(py.get(UNION_EQ), run(() -> "(" + show(Ops.eq(is, si)) + ", " + show(Ops.eq(is, intOrNone)) + ")"));
        assertEquals(Ops.hash(is), Ops.hash(si));
        assertEquals(py.get(UNION_NEW), run(() -> call(Ops.typeOf(is))));
        assertEquals(py.get(UNION_SUB), run(() -> "(" + show(TypeChecks.isSubclass(BuiltinTypes.BOOL, is)) + ", "
                + show(TypeChecks.isSubclass(BuiltinTypes.FLOAT, is)) + ")"));
    }

    @Test
    void checkOverrides() {
        PyType meta = cls("Meta", bases(BuiltinTypes.TYPE),
                "__instancecheck__", method("__instancecheck__", a -> a[1] instanceof Long l && l == 42),
                "__subclasscheck__", method("__subclasscheck__", a -> a[1] == BuiltinTypes.INT));
        PyType q = (PyType) call(meta, "Q", PyTuple.EMPTY, ns());
        assertEquals(py.get(INSTANCECHECK), run(() -> "(" + show(TypeChecks.isInstance(42L, q)) + ", " + show(TypeChecks.isInstance(call(q), q))
                + ", " + show(TypeChecks.isSubclass(BuiltinTypes.INT, q)) + ", " + show(TypeChecks.isSubclass(q, q)) + ", "
                + show(TypeChecks.isInstance(42L, PyTuple.of(BuiltinTypes.STR, q))) + ")"));
        PyType p = cls("P", bases(), "__class__", new PyProperty(null, fn("cls", a -> BuiltinTypes.INT), PyNone.NONE, PyNone.NONE, PyNone.NONE));
        assertEquals(py.get(CLASS_ATTR), run(() -> "(" + show(TypeChecks.isInstance(call(p), BuiltinTypes.INT)) + ", "
                + show(TypeChecks.isInstance(call(p), p)) + ", " + Ops.repr(Ops.typeName(call(p))) + ")"));
    }
}
