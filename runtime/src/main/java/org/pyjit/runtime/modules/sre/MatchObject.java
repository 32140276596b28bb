package org.pyjit.runtime.modules.sre;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.modules.GenericAlias;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** {@code re.Match}: the spans of a successful match and its groups. */
final class MatchObject extends PyObject {
    static final PyType TYPE = BuiltinTypes.make("Match", BuiltinTypes.OBJECT);

    final PatternObject pattern;
    final SreText text;
    final int pos, endpos;
    /** start, end of group 0, 1, …; -1 for a group that did not take part. */
    final int[] spans;
    final int lastindex;

    MatchObject(PatternObject pattern, SreText text, int pos, int endpos, SreEngine e) {
        super(TYPE);
        this.pattern = pattern;
        this.text = text;
        this.pos = pos;
        this.endpos = endpos;
        int groups = pattern.groups;
        this.spans = new int[2 * (groups + 1)];
        spans[0] = e.start;
        spans[1] = e.ptr;
        for (int g = 1; g <= groups; g++) {
            int i = 2 * (g - 1);
            boolean set = i + 1 <= e.lastmark && e.marks[i] >= 0 && e.marks[i + 1] >= 0 && e.marks[i] <= e.marks[i + 1];
            spans[2 * g] = set ? e.marks[i] : -1;
            spans[2 * g + 1] = set ? e.marks[i + 1] : -1;
        }
        this.lastindex = e.lastindex;
    }

    /** The group number of {@code key} (an int or a group name); IndexError "no such group". */
    int index(Object key) {
        Object i = key instanceof String ? null : Ops.indexOrNull(key);
        if (i instanceof Long l) {
            if (l >= 0 && l <= pattern.groups) return (int) (long) l;
        } else if (i == null && pattern.groupindex instanceof PyDict d) {
            Object g = key instanceof String || Ops.typeOf(key).lookup("__hash__") != null ? d.get(key) : null;
            if (g instanceof Long l) return (int) (long) l;
        }
        throw Errors.indexError("no such group");
    }

    Object group(int g, Object dflt) {
        int s = spans[2 * g], e = spans[2 * g + 1];
        if (s < 0) return dflt;
        return text.slice(s, e);
    }

    static void install() {
        PyType t = TYPE;
        t.namespace.putStr("__module__", "re");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            throw Errors.typeError("cannot create 're.Match' instances");
        }));
        m(t, "group", 0, -1, a -> {
            MatchObject mo = (MatchObject) a[0];
            if (a.length <= 2) return mo.group(a.length == 1 ? 0 : mo.index(a[1]), PyNone.NONE);
            Object[] out = new Object[a.length - 1];
            for (int i = 1; i < a.length; i++) out[i - 1] = mo.group(mo.index(a[i]), PyNone.NONE);
            return new PyTuple(out);
        });
        m(t, "__getitem__", 1, 1, a -> ((MatchObject) a[0]).group(((MatchObject) a[0]).index(a[1]), PyNone.NONE));
        kw(t, "groups", a -> {
            MatchObject mo = (MatchObject) a[0];
            Object dflt = a.length > 1 ? a[1] : PyNone.NONE;
            Object[] out = new Object[mo.pattern.groups];
            for (int g = 1; g <= out.length; g++) out[g - 1] = mo.group(g, dflt);
            return new PyTuple(out);
        });
        kw(t, "groupdict", a -> {
            MatchObject mo = (MatchObject) a[0];
            Object dflt = a.length > 1 ? a[1] : PyNone.NONE;
            PyDict out = new PyDict();
            if (mo.pattern.groupindex instanceof PyDict d) {
                for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                    out.put(d.keyAt(e), mo.group(mo.index(d.keyAt(e)), dflt));
                }
            }
            return out;
        });
        m(t, "start", 0, 1, a -> (long) ((MatchObject) a[0]).spans[2 * group(a)]);
        m(t, "end", 0, 1, a -> (long) ((MatchObject) a[0]).spans[2 * group(a) + 1]);
        m(t, "span", 0, 1, a -> {
            int g = group(a);
            MatchObject mo = (MatchObject) a[0];
            return PyTuple.of((long) mo.spans[2 * g], (long) mo.spans[2 * g + 1]);
        });
        m(t, "expand", 1, 1, a -> {
            MatchObject mo = (MatchObject) a[0];
            Object re = org.pyjit.runtime.imports.ImportSystem.importModule("re");
            return Ops.call(Ops.getAttr(re, "_expand"), mo.pattern, mo, a[1]);
        });
        m(t, "__repr__", 0, 0, a -> {
            MatchObject mo = (MatchObject) a[0];
            return "<re.Match object; span=(" + mo.spans[0] + ", " + mo.spans[1] + "), match="
                    + Ops.repr(mo.group(0, PyNone.NONE)) + ">";
        });
        m(t, "__copy__", 0, 0, a -> a[0]);
        m(t, "__deepcopy__", 1, 1, a -> a[0]);
        get(t, "string", mo -> mo.text.original());
        get(t, "re", mo -> mo.pattern);
        get(t, "pos", mo -> (long) mo.pos);
        get(t, "endpos", mo -> (long) mo.endpos);
        get(t, "lastindex", mo -> mo.lastindex < 0 ? PyNone.NONE : (Object) (long) mo.lastindex);
        get(t, "lastgroup", mo -> {
            if (mo.lastindex < 0 || !(mo.pattern.indexgroup instanceof PyTuple ig) || mo.lastindex >= ig.items.length) {
                return PyNone.NONE;
            }
            return ig.items[mo.lastindex];
        });
        get(t, "regs", mo -> {
            Object[] out = new Object[mo.pattern.groups + 1];
            for (int g = 0; g < out.length; g++) out[g] = PyTuple.of((long) mo.spans[2 * g], (long) mo.spans[2 * g + 1]);
            return new PyTuple(out);
        });
        GenericAlias.addClassGetItem(t);
    }

    private static int group(Object[] a) {
        return a.length > 1 ? ((MatchObject) a[0]).index(a[1]) : 0;
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }

    /** A method with one optional {@code default} argument, by position or keyword. */
    private static void kw(PyType t, String name, PyBuiltinFunction.Positional body) {
        org.pyjit.runtime.objects.ArgParser p = new org.pyjit.runtime.objects.ArgParser(name, new String[] {"default"}, 0, 1, 0);
        t.namespace.putStr(name, new PyMethodDescriptor(t, name, (a, kwn) -> {
            Object[] v = p.parse(a, kwn, 1);
            return body.call(v[0] == null ? new Object[] {a[0]} : new Object[] {a[0], v[0]});
        }));
    }

    private static void get(PyType t, String name, java.util.function.Function<MatchObject, Object> g) {
        t.namespace.putStr(name, new PyGetSetDescriptor(t, name, o -> g.apply((MatchObject) o), null));
    }
}
