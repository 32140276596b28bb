package org.pyjit.runtime.types;

import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyStaticMethod;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.string.CodePoints;
import org.pyjit.runtime.types.string.SliceIndices;
import org.pyjit.runtime.types.string.StrCase;
import org.pyjit.runtime.types.string.StrEncoder;
import org.pyjit.runtime.types.string.StrPadding;
import org.pyjit.runtime.types.string.StrSearch;
import org.pyjit.runtime.types.string.StrSplit;
import org.pyjit.runtime.types.string.StrTranslate;
import org.pyjit.runtime.types.string.Strings;
import org.pyjit.runtime.types.string.UnicodeData;

/** Installs the named methods of str (search, split, strip, padding, case, predicates, translate, encode). */
final class StrTextMethods {
    private StrTextMethods() {}

    private static String self(Object o) {
        return Strings.asStr(o);
    }

    static void install(PyType t) {
        installCase(t);
        installPredicates(t);
        installSearch(t);
        installSplit(t);
        installPadding(t);
        installMisc(t);
    }

    private static void installCase(PyType t) {
        Methods.noArgs(t, "lower", s -> StrCase.lower(self(s)));
        Methods.noArgs(t, "upper", s -> StrCase.upper(self(s)));
        Methods.noArgs(t, "casefold", s -> StrCase.casefold(self(s)));
        Methods.noArgs(t, "swapcase", s -> StrCase.swapcase(self(s)));
        Methods.noArgs(t, "title", s -> StrCase.title(self(s)));
        Methods.noArgs(t, "capitalize", s -> StrCase.capitalize(self(s)));
    }

    /** A predicate over every code point, false for the empty string. */
    private static boolean all(String s, java.util.function.IntPredicate p) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!p.test(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    private static void installPredicates(PyType t) {
        Methods.noArgs(t, "isalpha", s -> all(self(s), UnicodeData::isAlpha));
        Methods.noArgs(t, "isalnum", s -> all(self(s), UnicodeData::isAlnum));
        Methods.noArgs(t, "isdecimal", s -> all(self(s), UnicodeData::isDecimal));
        Methods.noArgs(t, "isdigit", s -> all(self(s), UnicodeData::isDigit));
        Methods.noArgs(t, "isnumeric", s -> all(self(s), UnicodeData::isNumeric));
        Methods.noArgs(t, "isspace", s -> all(self(s), UnicodeData::isSpace));
        Methods.noArgs(t, "isprintable", s -> self(s).isEmpty() || all(self(s), UnicodeData::isPrintable));
        Methods.noArgs(t, "isascii", s -> self(s).chars().allMatch(c -> c < 128));
        Methods.noArgs(t, "islower", s -> StrCase.isLower(self(s)));
        Methods.noArgs(t, "isupper", s -> StrCase.isUpper(self(s)));
        Methods.noArgs(t, "istitle", s -> StrCase.isTitle(self(s)));
        Methods.noArgs(t, "isidentifier", s -> {
            String v = self(s);
            if (v.isEmpty() || !UnicodeData.isXidStart(v.codePointAt(0))) return false;
            return v.codePoints().skip(1).allMatch(UnicodeData::isXidContinue);
        });
    }

    /** The substring argument of find/count/...: "must be str, not int". */
    private static String sub(Object o) {
        String s = Strings.asStr(o);
        if (s == null) throw Errors.typeError("must be str, not " + Ops.typeName(o));
        return s;
    }

    private static Object opt(Object[] a, int i) {
        return a.length > i ? a[i] : null;
    }

    private interface Search {
        long apply(String s, String sub, long start, long end);
    }

    private static void search(PyType t, String name, Search f, boolean raise) {
        Methods.varargs(t, name, 1, 3, a -> {
            String s = self(a[0]);
            String sub = sub(a[1]);
            long[] w = SliceIndices.window(opt(a, 2), opt(a, 3), CodePoints.length(s));
            long r = f.apply(s, sub, w[0], w[1]);
            if (raise && r < 0) throw Errors.valueError("substring not found");
            return r;
        });
    }

    private static void installSearch(PyType t) {
        search(t, "find", StrSearch::find, false);
        search(t, "index", StrSearch::find, true);
        search(t, "rfind", StrSearch::rfind, false);
        search(t, "rindex", StrSearch::rfind, true);
        search(t, "count", StrSearch::count, false);
        affix(t, "startswith", false);
        affix(t, "endswith", true);
        Methods.positional(t, "replace", 2, 3, a -> {
            String old = Strings.asStr(a[1]), rep = Strings.asStr(a[2]);
            if (old == null) throw Errors.typeError("replace() argument 1 must be str, not " + Strings.argTypeName(a[1]));
            if (rep == null) throw Errors.typeError("replace() argument 2 must be str, not " + Strings.argTypeName(a[2]));
            long count = a.length > 3 ? Ops.index(a[3]) : -1;
            return StrSearch.replace(self(a[0]), old, rep, count);
        });
        Methods.oneArg(t, "removeprefix", (s, p) -> {
            String v = self(s), x = Strings.asStr(p);
            if (x == null) throw Errors.typeError("removeprefix() argument must be str, not " + Strings.argTypeName(p));
            return v.startsWith(x) ? v.substring(x.length()) : v;
        });
        Methods.oneArg(t, "removesuffix", (s, p) -> {
            String v = self(s), x = Strings.asStr(p);
            if (x == null) throw Errors.typeError("removesuffix() argument must be str, not " + Strings.argTypeName(p));
            return v.endsWith(x) && !x.isEmpty() ? v.substring(0, v.length() - x.length()) : v;
        });
    }

    private static void affix(PyType t, String name, boolean atEnd) {
        Methods.varargs(t, name, 1, 3, a -> {
            String s = self(a[0]);
            long[] w = SliceIndices.window(opt(a, 2), opt(a, 3), CodePoints.length(s));
            if (a[1] instanceof PyTuple tuple) {
                for (Object o : tuple.items) {
                    String x = Strings.asStr(o);
                    if (x == null) {
                        throw Errors.typeError("tuple for " + name + " must only contain str, not " + Ops.typeName(o));
                    }
                    if (StrSearch.tailMatch(s, x, w[0], w[1], atEnd)) return true;
                }
                return false;
            }
            String x = Strings.asStr(a[1]);
            if (x == null) {
                throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + Ops.typeName(a[1]));
            }
            return StrSearch.tailMatch(s, x, w[0], w[1], atEnd);
        });
    }

    private static PyList list(List<String> items) {
        return new PyList(items.toArray());
    }

    /** The sep argument of split: None or a non-empty str. */
    private static String separator(Object o) {
        if (o == null || o == PyNone.NONE) return null;
        String s = Strings.asStr(o);
        if (s == null) throw Errors.typeError("must be str or None, not " + Ops.typeName(o));
        if (s.isEmpty()) throw Errors.valueError("empty separator");
        return s;
    }

    private static String partitionSep(Object o) {
        String s = sub(o);
        if (s.isEmpty()) throw Errors.valueError("empty separator");
        return s;
    }

    private static void installSplit(PyType t) {
        String[] splitParams = {"sep", "maxsplit"};
        Methods.keywords(t, "split", splitParams, 0, 2, 0,
                (s, p) -> list(StrSplit.split(self(s), separator(p[0]), p[1] == null ? -1 : Ops.index(p[1]))));
        Methods.keywords(t, "rsplit", splitParams, 0, 2, 0,
                (s, p) -> list(StrSplit.rsplit(self(s), separator(p[0]), p[1] == null ? -1 : Ops.index(p[1]))));
        Methods.keywords(t, "splitlines", new String[] {"keepends"}, 0, 1, 0,
                (s, p) -> list(StrSplit.splitlines(self(s), p[0] != null && Ops.index(p[0]) != 0)));
        Methods.oneArg(t, "partition", (s, sep) -> PyTuple.of((Object[]) StrSplit.partition(self(s), partitionSep(sep))));
        Methods.oneArg(t, "rpartition", (s, sep) -> PyTuple.of((Object[]) StrSplit.rpartition(self(s), partitionSep(sep))));
        Methods.oneArg(t, "join", StrTextMethods::join);
    }

    private static Object join(Object selfObj, Object iterable) {
        String sep = self(selfObj);
        Object[] items;
        if (iterable instanceof PyList l) items = l.toArray();
        else if (iterable instanceof PyTuple tu) items = tu.items;
        else {
            PyType it = Ops.typeOf(iterable);
            if (it.lookup("__iter__") == null && it.lookup("__getitem__") == null) {
                throw Errors.typeError("can only join an iterable");
            }
            PyList collected = new PyList();
            Object iter = Ops.iter(iterable);
            for (Object x = Ops.next(iter); x != null; x = Ops.next(iter)) collected.append(x);
            items = collected.toArray();
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            String s = Strings.asStr(items[i]);
            if (s == null) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + Ops.typeName(items[i]) + " found");
            }
            if (i > 0) b.append(sep);
            b.append(s);
        }
        return b.toString();
    }

    /** The fill character argument of center/ljust/rjust. */
    private static int fillChar(Object[] a) {
        if (a.length < 3) return ' ';
        String f = Strings.asStr(a[2]);
        if (f == null) throw Errors.typeError("The fill character must be a unicode character, not " + Ops.typeName(a[2]));
        if (CodePoints.length(f) != 1) throw Errors.typeError("The fill character must be exactly one character long");
        return f.codePointAt(0);
    }

    private static void installPadding(PyType t) {
        Methods.positional(t, "center", 1, 2, a -> StrPadding.center(self(a[0]), Ops.index(a[1]), fillChar(a)));
        Methods.positional(t, "ljust", 1, 2, a -> StrPadding.ljust(self(a[0]), Ops.index(a[1]), fillChar(a)));
        Methods.positional(t, "rjust", 1, 2, a -> StrPadding.rjust(self(a[0]), Ops.index(a[1]), fillChar(a)));
        Methods.oneArg(t, "zfill", (s, w) -> StrPadding.zfill(self(s), Ops.index(w)));
        Methods.keywords(t, "expandtabs", new String[] {"tabsize"}, 0, 1, 0, (s, p) -> {
            long size = 8;
            if (p[0] != null) {
                size = Ops.index(p[0]);
                if (size > Integer.MAX_VALUE || size < Integer.MIN_VALUE) {
                    throw Errors.overflow("Python int too large to convert to C int");
                }
            }
            return StrPadding.expandtabs(self(s), size);
        });
        strip(t, "strip", true, true);
        strip(t, "lstrip", true, false);
        strip(t, "rstrip", false, true);
    }

    private static void strip(PyType t, String name, boolean left, boolean right) {
        Methods.positional(t, name, 0, 1, a -> {
            Object c = opt(a, 1);
            String chars = null;
            if (c != null && c != PyNone.NONE) {
                chars = Strings.asStr(c);
                if (chars == null) throw Errors.typeError(name + " arg must be None or str");
            }
            return StrPadding.strip(self(a[0]), chars, left, right);
        });
    }

    private static void installMisc(PyType t) {
        Methods.oneArg(t, "translate", (s, table) -> StrTranslate.translate(self(s), table));
        var maketrans = new org.pyjit.runtime.objects.PyBuiltinFunction("maketrans", null,
                (a, kw) -> {
                    if (kw != null && kw.length > 0) throw Errors.typeError("maketrans() takes no keyword arguments");
                    if (a.length < 1) throw Errors.typeError("maketrans expected at least 1 argument, got 0");
                    if (a.length > 3) throw Errors.typeError("maketrans expected at most 3 arguments, got " + a.length);
                    return StrTranslate.maketrans(a[0], opt(a, 1), opt(a, 2));
                });
        maketrans.staticOwner = t;
        t.namespace.putStr("maketrans", new PyStaticMethod(maketrans));
        Methods.keywords(t, "encode", new String[] {"encoding", "errors"}, 0, 2, 0, (s, p) -> {
            String enc = p[0] == null ? "utf-8" : encodeArg(p[0], "encoding");
            String err = p[1] == null ? "strict" : encodeArg(p[1], "errors");
            return StrEncoder.encode(self(s), enc, err);
        });
    }

    private static String encodeArg(Object o, String name) {
        String s = Strings.asStr(o);
        if (s == null) throw Errors.typeError("encode() argument '" + name + "' must be str, not " + Strings.argTypeName(o));
        return s;
    }
}
