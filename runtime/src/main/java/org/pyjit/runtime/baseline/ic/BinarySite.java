package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import org.pyjit.runtime.baseline.ic.Guards.ValueGuard;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.SequenceSupport;

/**
 * Binary and in-place operators ({@code (Object a, Object b) Object}). Cached kinds: int with int
 * (the overflow-checked {@code IntArith} operation), float with float, str + str, tuple + tuple and
 * list + list (exact types), operands of
 * classes defined in Python (their {@code __op__}/{@code __rop__}/{@code __iop__} methods resolved
 * once, guarded by both types' versions), and other builtin type pairs (guarded, generic).
 */
public final class BinarySite extends InlineCache {
    private static final MethodHandle MISS;
    private static final MethodHandle BINARY;
    private static final MethodHandle INPLACE;
    static final MethodHandle BOTH_LONG;
    static final MethodHandle BOTH_DOUBLE;
    static final MethodHandle BOTH_STRING;
    private static final MethodHandle BOTH_TUPLE;
    private static final MethodHandle BOTH_LIST;
    private static final MethodHandle TUPLE_CONCAT;
    private static final MethodHandle LIST_CONCAT;
    private static final MethodHandle DOUBLES;
    private static final MethodHandle CONCAT;

    static {
        try {
            MethodHandles.Lookup l = Guards.LOOKUP;
            MethodType oo = MethodType.methodType(Object.class, Object.class, Object.class);
            MethodType test = MethodType.methodType(boolean.class, Object.class, Object.class);
            MISS = l.findVirtual(BinarySite.class, "miss", oo);
            BINARY = l.findStatic(Ops.class, "binary", oo.appendParameterTypes(BinaryOp.class));
            INPLACE = l.findStatic(Ops.class, "inplace", oo.appendParameterTypes(BinaryOp.class));
            BOTH_LONG = l.findStatic(BinarySite.class, "bothLong", test);
            BOTH_DOUBLE = l.findStatic(BinarySite.class, "bothDouble", test);
            BOTH_STRING = l.findStatic(BinarySite.class, "bothString", test);
            BOTH_TUPLE = l.findStatic(BinarySite.class, "bothTuple", test);
            BOTH_LIST = l.findStatic(BinarySite.class, "bothList", test);
            TUPLE_CONCAT = l.findStatic(BinarySite.class, "tupleConcat", oo);
            LIST_CONCAT = l.findStatic(BinarySite.class, "listConcat", oo);
            DOUBLES = l.findStatic(BinarySite.class, "doubles", oo.insertParameterTypes(0, int.class));
            CONCAT = l.findStatic(BinarySite.class, "concat", oo);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final BinaryOp op;
    private final boolean inplace;

    public BinarySite(MethodType type, int op, boolean inplace) {
        super(type);
        this.op = BinaryOp.of(op);
        this.inplace = inplace;
        start();
    }

    @Override
    protected MethodHandle missHandler() {
        return MISS.bindTo(this);
    }

    /** The generic operation of each operator, plain and in place: shared by all sites. */
    private static final MethodHandle[] GENERIC = new MethodHandle[2 * BinaryOp.values().length];

    @Override
    protected MethodHandle generic() {
        int i = 2 * op.ordinal() + (inplace ? 1 : 0);
        MethodHandle h = GENERIC[i];
        if (h == null) GENERIC[i] = h = MethodHandles.insertArguments(inplace ? INPLACE : BINARY, 2, op);
        return h;
    }

    /** float op float of each operator (by ordinal), made once. */
    private static final MethodHandle[] DOUBLE_OPS = new MethodHandle[BinaryOp.values().length];

    private static MethodHandle doubleOperation(BinaryOp op) {
        MethodHandle h = DOUBLE_OPS[op.ordinal()];
        if (h == null) DOUBLE_OPS[op.ordinal()] = h = MethodHandles.insertArguments(DOUBLES, 0, op.ordinal());
        return h;
    }

    Object miss(Object a, Object b) {
        relink(plan(a, b));
        return inplace ? Ops.inplace(a, b, op) : Ops.binary(a, b, op);
    }

    private Entry plan(Object a, Object b) {
        if (a instanceof Long && b instanceof Long) {
            MethodHandle f = longOperation(op);
            if (f != null) return new Entry("int " + op.symbol + " int", BOTH_LONG, f);
        }
        if (a instanceof Double && b instanceof Double && isFloatOp(op)) {
            return new Entry("float " + op.symbol + " float", BOTH_DOUBLE, doubleOperation(op));
        }
        if (op == BinaryOp.ADD && a instanceof String && b instanceof String) {
            return new Entry("str + str", BOTH_STRING, CONCAT);
        }
        if (op == BinaryOp.ADD && bothTuple(a, b)) { // tuple has no __iadd__: += concatenates too
            return new Entry("tuple + tuple", BOTH_TUPLE, TUPLE_CONCAT);
        }
        if (op == BinaryOp.ADD && !inplace && bothList(a, b)) {
            return new Entry("list + list", BOTH_LIST, LIST_CONCAT);
        }
        ValueGuard ga = Guards.typeOf(a), gb = Guards.typeOf(b);
        MethodHandle guard = Guards.handle(new Guards.Operands(ga.check(), gb.check()));
        String kind = ga.kind() + " " + op.symbol + " " + gb.kind();
        java.util.function.BooleanSupplier stale = () -> ga.isStale().getAsBoolean() || gb.isStale().getAsBoolean();
        PyType ta = Ops.typeOf(a), tb = Ops.typeOf(b);
        if (ta.builtin && tb.builtin) return new Entry(kind, guard, generic(), stale);
        if (!(a instanceof PyObject) && !(b instanceof PyObject)) return null;
        UserOperators.Direct direct = UserOperators.direct(ta, tb, op, inplace);
        if (direct == null) return new Entry(kind, guard, UserOperators.resolve(ta, tb, op, inplace), stale);
        FunctionCalls.Callee c = direct.callee();
        if (c.body() != null) return new Entry(kind, guard, direct.fast(), stale);
        // the callee is still interpreted: relink to its baseline body once it has one
        guard = Guards.handle(new Guards.Operands(FunctionCalls.whileInterpreted(ga.check(), c), gb.check()));
        return new Entry(kind, guard, direct.fast(),
                () -> stale.getAsBoolean() || c.tieredUp(), () -> !c.tieredUp());
    }

    private static boolean isFloatOp(BinaryOp op) {
        return switch (op) {
            case ADD, SUB, MUL, TRUEDIV, FLOORDIV, MOD -> true;
            default -> false;
        };
    }

    private static final MethodHandle[] LONG_OPS = new MethodHandle[BinaryOp.values().length];

    /** The IntArith operation for int operands (found once per operator), or null. */
    private static MethodHandle longOperation(BinaryOp op) {
        MethodHandle h = LONG_OPS[op.ordinal()];
        if (h != null) return h;
        String name = switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case FLOORDIV -> "floorDiv";
            case MOD -> "mod";
            case TRUEDIV -> "trueDiv";
            case POW -> "pow";
            case LSHIFT -> "lshift";
            case RSHIFT -> "rshift";
            case AND -> "and";
            case OR -> "or";
            case XOR -> "xor";
            case MATMUL -> null;
        };
        if (name == null) return null;
        try {
            return LONG_OPS[op.ordinal()] = Guards.LOOKUP.findStatic(IntArith.class, name, MethodType.methodType(Object.class, Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean bothLong(Object a, Object b) {
        return a instanceof Long && b instanceof Long;
    }

    public static boolean bothDouble(Object a, Object b) {
        return a instanceof Double && b instanceof Double;
    }

    public static boolean bothString(Object a, Object b) {
        return a instanceof String && b instanceof String;
    }

    /** float op float, {@code op} a BinaryOp ordinal bound as a constant. */
    public static Object doubles(int op, Object a, Object b) {
        double x = (Double) a, y = (Double) b;
        if (op == 0) return x + y; // ADD
        if (op == 1) return x - y; // SUB
        if (op == 2) return x * y; // MUL
        if (op == 4) return org.pyjit.runtime.ops.FloatArith.trueDiv(x, y); // TRUEDIV
        if (op == 5) return org.pyjit.runtime.ops.FloatArith.mod(x, y); // MOD
        return org.pyjit.runtime.ops.FloatArith.floorDiv(x, y); // FLOORDIV
    }

    /** Both are exact tuples (a subclass may define its own operators). */
    public static boolean bothTuple(Object a, Object b) {
        return a instanceof PyTuple x && x.type == BuiltinTypes.TUPLE && b instanceof PyTuple y && y.type == BuiltinTypes.TUPLE;
    }

    /** Both are exact lists. */
    public static boolean bothList(Object a, Object b) {
        return a instanceof PyList x && x.type == BuiltinTypes.LIST && b instanceof PyList y && y.type == BuiltinTypes.LIST;
    }

    /** tuple + tuple as tuple.__add__ does it (an empty operand gives the other one back). */
    public static Object tupleConcat(Object a, Object b) {
        Object[] x = ((PyTuple) a).items, y = ((PyTuple) b).items;
        if (x.length == 0) return b;
        if (y.length == 0) return a;
        if ((long) x.length + y.length > SequenceSupport.MAX_SIZE) throw SequenceSupport.memoryError();
        Object[] r = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return new PyTuple(r);
    }

    /** list + list as list.__add__ does it. */
    public static Object listConcat(Object a, Object b) {
        PyList x = (PyList) a, y = (PyList) b;
        if ((long) x.size + y.size > SequenceSupport.MAX_SIZE) throw SequenceSupport.memoryError();
        Object[] r = Arrays.copyOf(x.items, x.size + y.size);
        System.arraycopy(y.items, 0, r, x.size, y.size);
        return new PyList(r);
    }

    public static Object concat(Object a, Object b) {
        return ((String) a).concat((String) b);
    }
}
