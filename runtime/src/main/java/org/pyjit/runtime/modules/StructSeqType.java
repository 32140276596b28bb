package org.pyjit.runtime.modules;

import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * A "struct sequence" type ({@code sys.version_info}, {@code sys.float_info},
 * {@code time.struct_time}): a tuple subclass whose items are also named attributes. Fields past
 * {@code nSequence} (struct_time's {@code tm_zone}, {@code tm_gmtoff}) are attributes only. A null
 * field name makes an unnamed field: a tuple item without an attribute ({@code os.stat_result}'s
 * integer times), and, as in CPython, the repr labels visible items with the named fields in order.
 */
public final class StructSeqType {
    /** An instance: the tuple of the visible fields, plus the attribute-only ones. */
    public static final class Instance extends PyTuple {
        final Object[] extra;

        Instance(PyType type, Object[] items, Object[] extra) {
            super(type, items);
            this.extra = extra;
        }
    }

    public final PyType type;
    private final String qualifiedName;
    private final String[] fields;
    /** The non-null names of {@code fields}, in order (what the repr labels items with). */
    private final String[] named;
    private final int nSequence;

    /**
     * @param qualifiedName the name in reprs, {@code "sys.version_info"}; the part before the last
     *                      dot becomes {@code __module__}
     * @param nSequence     how many of {@code fields} are tuple items
     */
    public StructSeqType(String qualifiedName, String[] fields, int nSequence) {
        this.qualifiedName = qualifiedName;
        this.fields = fields;
        this.nSequence = nSequence;
        this.named = java.util.Arrays.stream(fields).filter(java.util.Objects::nonNull).toArray(String[]::new);
        int dot = qualifiedName.lastIndexOf('.');
        this.type = BuiltinTypes.make(qualifiedName.substring(dot + 1), BuiltinTypes.TUPLE);
        PyDict ns = type.namespace;
        ns.putStr("__module__", dot < 0 ? "builtins" : qualifiedName.substring(0, dot));
        ns.putStr("n_sequence_fields", (long) nSequence);
        ns.putStr("n_fields", (long) fields.length);
        ns.putStr("n_unnamed_fields", (long) (fields.length - named.length));
        Object[] matchArgs = java.util.Arrays.stream(fields, 0, nSequence).filter(java.util.Objects::nonNull).toArray();
        ns.putStr("__match_args__", new PyTuple(matchArgs));
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null) continue;
            int index = i;
            ns.putStr(fields[i], new PyGetSetDescriptor(type, fields[i], o -> field((Instance) o, index), null));
        }
        ns.putStr("__repr__", PyMethodDescriptor.positional(type, "__repr__", 0, 0, a -> repr((Instance) a[0])));
        ns.putStr("__reduce__", PyMethodDescriptor.positional(type, "__reduce__", 0, 0, a -> {
            Instance s = (Instance) a[0];
            return PyTuple.of(type, PyTuple.of(new PyTuple(s.items.clone())));
        }));
        ns.putStr("__new__", new PyBuiltinFunction("__new__", null, (args, kw) -> construct(args, kw)));
    }

    private static Object field(Instance s, int index) {
        return index < s.items.length ? s.items[index] : s.extra[index - s.items.length];
    }

    /** An instance with all field values, in order. */
    public Instance make(Object... values) {
        if (values.length != fields.length) throw new IllegalArgumentException(qualifiedName + ": wrong field count");
        Object[] items = new Object[nSequence];
        Object[] extra = new Object[fields.length - nSequence];
        System.arraycopy(values, 0, items, 0, nSequence);
        System.arraycopy(values, nSequence, extra, 0, extra.length);
        return new Instance(type, items, extra);
    }

    private String repr(Instance s) {
        StringBuilder b = new StringBuilder(qualifiedName).append('(');
        for (int i = 0; i < nSequence; i++) {
            if (i > 0) b.append(", ");
            b.append(named[i]).append('=').append(Ops.repr(s.items[i]));
        }
        return b.append(')').toString();
    }

    /** {@code T(sequence, dict=None)}: from at least nSequence and at most all field values. */
    private Object construct(Object[] args, String[] kwnames) {
        Object[] p = new org.pyjit.runtime.objects.ArgParser(type.name, new String[] {"sequence", "dict"}, 0, 2, 1)
                .parse(args, kwnames, 1);
        Object[] values = Iteration.toList(p[0]).toArray();
        int n = values.length;
        if (n < nSequence) {
            String kind = nSequence == fields.length ? "" : "at least ";
            throw Errors.typeError(qualifiedName + "() takes " + (kind.isEmpty() ? "a " : "an ") + kind + nSequence
                    + "-sequence (" + n + "-sequence given)");
        }
        if (n > fields.length) {
            String kind = nSequence == fields.length ? "" : "at most ";
            throw Errors.typeError(qualifiedName + "() takes " + (kind.isEmpty() ? "a " : "an ") + kind + fields.length
                    + "-sequence (" + n + "-sequence given)");
        }
        Object[] all = new Object[fields.length];
        System.arraycopy(values, 0, all, 0, n);
        PyDict d = p[1] instanceof PyDict pd ? pd : null;
        for (int i = n; i < fields.length; i++) {
            Object v = d == null || fields[i] == null ? null : d.getStr(fields[i]);
            all[i] = v == null ? PyNone.NONE : v;
        }
        Instance s = make(all);
        s.type = (PyType) args[0];
        return s;
    }
}
