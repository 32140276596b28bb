package org.pyjit.runtime.modules.sre;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.modules.GenericAlias;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMappingProxy;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** {@code re.Pattern}: compiled code plus match, search, findall, finditer, split, sub. */
final class PatternObject extends PyObject {
    static final PyType TYPE = BuiltinTypes.make("Pattern", BuiltinTypes.OBJECT);

    static {
        org.pyjit.runtime.types.TypeLayout.markWeakrefable(TYPE); // as CPython's (re's own cache code relies on it)
    }

    final Object pattern;
    final long flags;
    final int[] code;
    final int groups;
    final Object groupindex, indexgroup;
    final boolean isBytes;

    PatternObject(Object pattern, long flags, int[] code, int groups, Object groupindex, Object indexgroup) {
        super(TYPE);
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.isBytes = pattern instanceof PyBytes;
    }

    /** The subject, checked against the pattern's kind. */
    SreText text(Object string) {
        SreText t = SreText.of(string);
        if (pattern != PyNone.NONE) {
            if (!isBytes && t.isBytes()) throw Errors.typeError("cannot use a string pattern on a bytes-like object");
            if (isBytes && !t.isBytes()) throw Errors.typeError("cannot use a bytes pattern on a string-like object");
        }
        return t;
    }

    /**
     * Converts pos and endpos before the subject is looked at, as CPython's argument parsing does:
     * an integer past the ssize_t range is an OverflowError even when the subject is of the wrong kind.
     */
    static void checkBounds(Object... bounds) {
        for (Object o : bounds) {
            if (o == null) continue;
            Object v = Ops.indexOrNull(o);
            if (v == null) throw Errors.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
            if (v instanceof java.math.BigInteger) throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
    }

    static int clamp(Object o, int length) {
        if (o == null) return -1;
        Object v = Ops.indexOrNull(o);
        if (v == null) throw Errors.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        long l = v instanceof Long x ? x : ((java.math.BigInteger) v).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return (int) Math.max(0, Math.min(l, length));
    }

    SreEngine engine(SreText t, int endpos) {
        return new SreEngine(code, t.units(), endpos, groups);
    }

    private Object matchAt(Object string, Object posArg, Object endArg, boolean full, boolean search) {
        checkBounds(posArg, endArg);
        SreText t = text(string);
        int pos = posArg == null ? 0 : clamp(posArg, t.length());
        int end = endArg == null ? t.length() : clamp(endArg, t.length());
        if (pos > end) return PyNone.NONE;
        SreEngine e = engine(t, end);
        e.matchAll = full;
        boolean ok = search ? e.search(pos) : e.matchAt(pos);
        return ok ? new MatchObject(this, t, pos, end, e) : PyNone.NONE;
    }

    private static final String[] MATCH_PARAMS = {"string", "pos", "endpos"};

    static void install() {
        PyType t = TYPE;
        t.namespace.putStr("__module__", "re");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            throw Errors.typeError("cannot create 're.Pattern' instances");
        }));
        for (String name : new String[] {"match", "fullmatch", "search"}) {
            ArgParser p = new ArgParser(name, MATCH_PARAMS, 0, 3, 1);
            boolean full = name.equals("fullmatch"), search = name.equals("search");
            t.namespace.putStr(name, new PyMethodDescriptor(t, name, (a, kw) -> {
                Object[] v = p.parse(a, kw, 1);
                return ((PatternObject) a[0]).matchAt(v[0], v[1], v[2], full, search);
            }));
        }
        ArgParser fa = new ArgParser("findall", MATCH_PARAMS, 0, 3, 1);
        t.namespace.putStr("findall", new PyMethodDescriptor(t, "findall", (a, kw) -> {
            Object[] v = fa.parse(a, kw, 1);
            return ((PatternObject) a[0]).findall(v[0], v[1], v[2]);
        }));
        ArgParser fi = new ArgParser("finditer", MATCH_PARAMS, 0, 3, 1);
        t.namespace.putStr("finditer", new PyMethodDescriptor(t, "finditer", (a, kw) -> {
            Object[] v = fi.parse(a, kw, 1);
            return new ScannerObject((PatternObject) a[0], v[0], v[1], v[2]).iterator();
        }));
        ArgParser sc = new ArgParser("scanner", MATCH_PARAMS, 0, 3, 1);
        t.namespace.putStr("scanner", new PyMethodDescriptor(t, "scanner", (a, kw) -> {
            Object[] v = sc.parse(a, kw, 1);
            return new ScannerObject((PatternObject) a[0], v[0], v[1], v[2]);
        }));
        ArgParser sp = new ArgParser("split", new String[] {"string", "maxsplit"}, 0, 2, 1);
        t.namespace.putStr("split", new PyMethodDescriptor(t, "split", (a, kw) -> {
            Object[] v = sp.parse(a, kw, 1);
            return ((PatternObject) a[0]).split(v[0], v[1] == null ? 0 : Ops.index(v[1]));
        }));
        for (String name : new String[] {"sub", "subn"}) {
            ArgParser p = new ArgParser(name, new String[] {"repl", "string", "count"}, 0, 3, 2);
            t.namespace.putStr(name, new PyMethodDescriptor(t, name, (a, kw) -> {
                Object[] v = p.parse(a, kw, 1);
                return ((PatternObject) a[0]).sub(v[0], v[1], v[2] == null ? 0 : Ops.index(v[2]), name.equals("subn"));
            }));
        }
        get(t, "pattern", po -> po.pattern);
        get(t, "flags", po -> po.flags);
        get(t, "groups", po -> (long) po.groups);
        get(t, "groupindex", po -> new PyMappingProxy(po.groupindex instanceof PyDict d ? d : new PyDict()));
        m(t, "__repr__", 0, 0, a -> ((PatternObject) a[0]).repr());
        m(t, "__eq__", 1, 1, a -> {
            if (!(a[1] instanceof PatternObject o)) return BuiltinTypes.NOT_IMPLEMENTED;
            PatternObject p = (PatternObject) a[0];
            return p == o || (p.flags == o.flags && p.isBytes == o.isBytes && java.util.Arrays.equals(p.code, o.code)
                    && Ops.eq(p.pattern, o.pattern));
        });
        m(t, "__hash__", 0, 0, a -> {
            PatternObject p = (PatternObject) a[0];
            return Ops.hash(p.pattern) ^ (long) java.util.Arrays.hashCode(p.code) ^ p.flags;
        });
        m(t, "__copy__", 0, 0, a -> a[0]);
        m(t, "__deepcopy__", 1, 1, a -> a[0]);
        GenericAlias.addClassGetItem(t);
    }

    private String repr() {
        String[] names = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE",
            "re.DEBUG", "re.ASCII"};
        int[] bits = {SreConstants.FLAG_TEMPLATE, SreConstants.FLAG_IGNORECASE, SreConstants.FLAG_LOCALE,
            SreConstants.FLAG_MULTILINE, SreConstants.FLAG_DOTALL, SreConstants.FLAG_UNICODE, SreConstants.FLAG_VERBOSE,
            SreConstants.FLAG_DEBUG, SreConstants.FLAG_ASCII};
        String p = Ops.repr(pattern);
        if (p.length() > 200) p = p.substring(0, 200);
        StringBuilder b = new StringBuilder("re.compile(").append(p);
        long f = flags;
        if ((f & (SreConstants.FLAG_LOCALE | SreConstants.FLAG_UNICODE | SreConstants.FLAG_ASCII)) == SreConstants.FLAG_UNICODE) {
            f &= ~SreConstants.FLAG_UNICODE;
        }
        if (f != 0) {
            b.append(", ");
            boolean first = true;
            for (int i = 0; i < names.length; i++) {
                if ((f & bits[i]) != 0) {
                    if (!first) b.append('|');
                    b.append(names[i]);
                    first = false;
                    f &= ~bits[i];
                }
            }
            if (f != 0) {
                if (!first) b.append('|');
                b.append("0x").append(Long.toHexString(f));
            }
        }
        return b.append(')').toString();
    }

    private Object findall(Object string, Object posArg, Object endArg) {
        checkBounds(posArg, endArg);
        SreText t = text(string);
        int pos = posArg == null ? 0 : clamp(posArg, t.length());
        int end = endArg == null ? t.length() : clamp(endArg, t.length());
        PyList out = new PyList();
        SreEngine e = engine(t, end);
        int at = pos;
        while (at <= end && e.search(at)) {
            Object item;
            if (groups == 0) {
                item = t.slice(e.start, e.ptr);
            } else {
                Object[] g = new Object[groups];
                MatchObject mo = new MatchObject(this, t, pos, end, e);
                for (int i = 1; i <= groups; i++) g[i - 1] = mo.group(i, t.empty());
                item = groups == 1 ? g[0] : new PyTuple(g);
            }
            out.append(item);
            e.mustAdvance = e.ptr == e.start;
            at = e.ptr;
        }
        return out;
    }

    private Object split(Object string, long maxsplit) {
        SreText t = text(string);
        PyList out = new PyList();
        SreEngine e = engine(t, t.length());
        int last = 0, at = 0;
        long n = 0;
        while ((maxsplit <= 0 || n < maxsplit) && at <= t.length() && e.search(at)) {
            if (maxsplit < 0) break;
            out.append(t.slice(last, e.start));
            MatchObject mo = new MatchObject(this, t, 0, t.length(), e);
            for (int i = 1; i <= groups; i++) out.append(mo.group(i, PyNone.NONE));
            n++;
            e.mustAdvance = e.ptr == e.start;
            last = at = e.ptr;
        }
        out.append(t.slice(last, t.length()));
        return out;
    }

    private Object sub(Object repl, Object string, long count, boolean withCount) {
        SreText t = text(string);
        Object filter = repl;
        boolean callable = Ops.isCallable(repl);
        if (!callable) {
            boolean literal;
            if (repl instanceof String s) literal = s.indexOf('\\') < 0;
            else if (repl instanceof PyBoxed b && b.value instanceof String s) literal = s.indexOf('\\') < 0;
            else if (Buffers.isBytesLike(repl)) {
                if (!(repl instanceof PyBytes)) filter = repl = new PyBytes(Buffers.bytesOf(repl));
                literal = indexOf(((PyBytes) repl).toArray(), (byte) '\\') < 0;
            }
            else throw Errors.typeError("expected str or bytes-like object, got '" + Ops.typeName(repl) + "'");
            if (!literal) {
                Object re = org.pyjit.runtime.imports.ImportSystem.importModule("re");
                filter = Ops.call(Ops.getAttr(re, "_subx"), this, repl);
                callable = Ops.isCallable(filter);
            }
        }
        List<Object> pieces = new ArrayList<>();
        SreEngine e = engine(t, t.length());
        int last = 0, at = 0;
        long n = 0;
        while ((count <= 0 || n < count) && at <= t.length() && e.search(at)) {
            if (count < 0) break;
            if (last < e.start) pieces.add(t.slice(last, e.start));
            if (callable) {
                Object r = Ops.call(filter, new MatchObject(this, t, 0, t.length(), e));
                if (r != PyNone.NONE) pieces.add(r);
            } else {
                pieces.add(filter);
            }
            n++;
            last = e.ptr;
            e.mustAdvance = e.ptr == e.start;
            at = e.ptr;
        }
        if (last < t.length()) pieces.add(t.slice(last, t.length()));
        Object joined = join(pieces, t.isBytes());
        return withCount ? PyTuple.of(joined, n) : joined;
    }

    /** Joins the pieces as CPython's {@code sub} does, with its message for a piece of the wrong kind. */
    private static Object join(List<Object> pieces, boolean bytes) {
        if (bytes) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < pieces.size(); i++) {
                if (!Buffers.isBytesLike(pieces.get(i))) {
                    throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, " + Ops.typeName(pieces.get(i)) + " found");
                }
                byte[] b = Buffers.bytesOf(pieces.get(i));
                out.write(b, 0, b.length);
            }
            return new PyBytes(out.toByteArray());
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            Object p = pieces.get(i);
            if (p instanceof String s) b.append(s);
            else if (p instanceof PyBoxed boxed && boxed.value instanceof String s) b.append(s);
            else throw Errors.typeError("sequence item " + i + ": expected str instance, " + Ops.typeName(p) + " found");
        }
        return b.toString();
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) if (b[i] == x) return i;
        return -1;
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }

    private static void get(PyType t, String name, java.util.function.Function<PatternObject, Object> g) {
        t.namespace.putStr(name, new PyGetSetDescriptor(t, name, o -> g.apply((PatternObject) o), null));
    }
}
