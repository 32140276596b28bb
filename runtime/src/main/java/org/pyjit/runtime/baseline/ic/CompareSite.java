package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyjit.runtime.baseline.ic.Guards.ValueGuard;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.string.Strings;

/**
 * Rich comparisons {@code == != < <= > >=} and membership {@code in}, {@code not in}
 * ({@code (Object a, Object b) Object}). Cached kinds: int with int, float with float, str with
 * str (code-point order), other type pairs (guarded by both types and their versions, compared
 * generically); for membership, the container's type (a dict's hash lookup, a tuple's scan, a
 * builtin container's {@code __contains__} found once, generic otherwise).
 */
public final class CompareSite extends InlineCache {
    private static final MethodHandle MISS;
    private static final MethodHandle COMPARE;
    private static final MethodHandle LONGS;
    private static final MethodHandle DOUBLES;
    private static final MethodHandle STRINGS;
    private static final MethodHandle DICT_CONTAINS;
    private static final MethodHandle DICT_NOT_CONTAINS;
    private static final MethodHandle TUPLE_CONTAINS;
    private static final MethodHandle TUPLE_NOT_CONTAINS;
    private static final MethodHandle BUILTIN_CONTAINS;
    private static final MethodHandle BUILTIN_NOT_CONTAINS;

    static {
        try {
            MethodHandles.Lookup l = Guards.LOOKUP;
            MethodType oo = MethodType.methodType(Object.class, Object.class, Object.class);
            MISS = l.findVirtual(CompareSite.class, "miss", oo);
            COMPARE = l.findStatic(Ops.class, "compare", oo.appendParameterTypes(CompareOp.class));
            LONGS = l.findStatic(CompareSite.class, "longs", oo.insertParameterTypes(0, int.class));
            DOUBLES = l.findStatic(CompareSite.class, "doubles", oo.insertParameterTypes(0, int.class));
            STRINGS = l.findStatic(CompareSite.class, "strings", oo.insertParameterTypes(0, int.class));
            MethodHandle dict = l.findStatic(CompareSite.class, "dictContains", oo.insertParameterTypes(0, boolean.class));
            DICT_CONTAINS = MethodHandles.insertArguments(dict, 0, false);
            DICT_NOT_CONTAINS = MethodHandles.insertArguments(dict, 0, true);
            MethodHandle tuple = l.findStatic(CompareSite.class, "tupleContains", oo.insertParameterTypes(0, boolean.class));
            TUPLE_CONTAINS = MethodHandles.insertArguments(tuple, 0, false);
            TUPLE_NOT_CONTAINS = MethodHandles.insertArguments(tuple, 0, true);
            MethodType builtin = oo.insertParameterTypes(0, org.pyjit.runtime.objects.PyMethodDescriptor.class);
            BUILTIN_CONTAINS = l.findStatic(CompareSite.class, "builtinContains", builtin);
            BUILTIN_NOT_CONTAINS = l.findStatic(CompareSite.class, "builtinNotContains", builtin);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final CompareOp op;

    public CompareSite(MethodType type, int op) {
        super(type);
        this.op = CompareOp.of(op);
        start();
    }

    @Override
    protected MethodHandle missHandler() {
        return MISS.bindTo(this);
    }

    /** Per operator ordinal, {@code LONGS}, {@code DOUBLES}, {@code STRINGS} and the generic compare with the operator bound: shared by all sites. */
    private static final MethodHandle[] LONGS_BY_OP = new MethodHandle[CompareOp.values().length];
    private static final MethodHandle[] DOUBLES_BY_OP = new MethodHandle[CompareOp.values().length];
    private static final MethodHandle[] STRINGS_BY_OP = new MethodHandle[CompareOp.values().length];
    private static final MethodHandle[] GENERIC = new MethodHandle[CompareOp.values().length];

    private static MethodHandle byOperator(MethodHandle[] made, MethodHandle h, int op) {
        MethodHandle r = made[op];
        if (r == null) made[op] = r = MethodHandles.insertArguments(h, 0, op);
        return r;
    }

    @Override
    protected MethodHandle generic() {
        MethodHandle h = GENERIC[op.ordinal()];
        if (h == null) GENERIC[op.ordinal()] = h = MethodHandles.insertArguments(COMPARE, 2, op);
        return h;
    }

    Object miss(Object a, Object b) {
        relink(plan(a, b));
        return Ops.compare(a, b, op);
    }

    private Entry plan(Object a, Object b) {
        if (op == CompareOp.IN || op == CompareOp.NOT_IN) return planContains(b);
        if (op.ordinal() > CompareOp.GE.ordinal()) return null; // identity is not a site
        int o = op.ordinal();
        if (a instanceof Long && b instanceof Long) {
            return new Entry("int " + op.symbol + " int", BinarySite.BOTH_LONG, byOperator(LONGS_BY_OP, LONGS, o));
        }
        if (a instanceof Double && b instanceof Double) {
            return new Entry("float " + op.symbol + " float", BinarySite.BOTH_DOUBLE, byOperator(DOUBLES_BY_OP, DOUBLES, o));
        }
        if (a instanceof String && b instanceof String) {
            return new Entry("str " + op.symbol + " str", BinarySite.BOTH_STRING, byOperator(STRINGS_BY_OP, STRINGS, o));
        }
        ValueGuard ga = Guards.typeOf(a), gb = Guards.typeOf(b);
        MethodHandle guard = Guards.handle(new Guards.Operands(ga.check(), gb.check()));
        return new Entry(ga.kind() + " " + op.symbol + " " + gb.kind(), guard, generic(),
                () -> ga.isStale().getAsBoolean() || gb.isStale().getAsBoolean());
    }

    /** {@code a in b}: by the container's type; a builtin container's {@code __contains__} found once. */
    private Entry planContains(Object b) {
        ValueGuard g = Guards.typeOf(b);
        MethodHandle guard = Guards.onParameter(g.check(), type(), 1);
        boolean negate = op == CompareOp.NOT_IN;
        org.pyjit.runtime.objects.PyType t = Ops.typeOf(b);
        MethodHandle fast = generic();
        if (t == org.pyjit.runtime.types.BuiltinTypes.DICT && b instanceof org.pyjit.runtime.objects.PyDict) {
            fast = negate ? DICT_NOT_CONTAINS : DICT_CONTAINS;
        } else if (t == org.pyjit.runtime.types.BuiltinTypes.TUPLE && b instanceof PyTuple) {
            fast = negate ? TUPLE_NOT_CONTAINS : TUPLE_CONTAINS;
        } else if (t.builtin && t.lookup("__contains__") instanceof org.pyjit.runtime.objects.PyMethodDescriptor md) {
            fast = (negate ? BUILTIN_NOT_CONTAINS : BUILTIN_CONTAINS).bindTo(md);
        }
        return new Entry(op.symbol + " " + g.kind(), guard, fast, g.isStale());
    }

    public static Object dictContains(boolean negate, Object item, Object dict) {
        return ((org.pyjit.runtime.objects.PyDict) dict).containsKey(item) != negate;
    }

    public static Object tupleContains(boolean negate, Object item, Object tuple) {
        return ((PyTuple) tuple).contains(item) != negate;
    }

    public static Object builtinContains(org.pyjit.runtime.objects.PyMethodDescriptor contains, Object item, Object container) {
        return Ops.isTrue(contains.callUnchecked(new Object[] {container, item}, null));
    }

    public static Object builtinNotContains(org.pyjit.runtime.objects.PyMethodDescriptor contains, Object item, Object container) {
        return !Ops.isTrue(contains.callUnchecked(new Object[] {container, item}, null));
    }

    /** The result of a three-way comparison {@code c} for comparison ordinal {@code op}. */
    private static boolean outcome(int op, int c) {
        return switch (op) {
            case 0 -> c == 0;
            case 1 -> c != 0;
            case 2 -> c < 0;
            case 3 -> c <= 0;
            case 4 -> c > 0;
            default -> c >= 0;
        };
    }

    public static Object longs(int op, Object a, Object b) {
        long x = (Long) a, y = (Long) b;
        return switch (op) {
            case 0 -> x == y;
            case 1 -> x != y;
            case 2 -> x < y;
            case 3 -> x <= y;
            case 4 -> x > y;
            default -> x >= y;
        };
    }

    public static Object doubles(int op, Object a, Object b) {
        double x = (Double) a, y = (Double) b;
        return switch (op) {
            case 0 -> x == y;
            case 1 -> x != y;
            case 2 -> x < y;
            case 3 -> x <= y;
            case 4 -> x > y;
            default -> x >= y;
        };
    }

    public static Object strings(int op, Object a, Object b) {
        String x = (String) a, y = (String) b;
        if (op == 0) return x.equals(y);
        if (op == 1) return !x.equals(y);
        return outcome(op, Strings.compare(x, y));
    }
}
