package org.pyjit.runtime.types;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.StringRepr;
import org.pyjit.runtime.types.format.PercentFormatter;
import org.pyjit.runtime.types.format.StringFormatter;
import org.pyjit.runtime.types.format.TemplateFormatter;
import org.pyjit.runtime.types.number.Numbers;
import org.pyjit.runtime.types.string.CodePoints;
import org.pyjit.runtime.types.string.SliceIndices;
import org.pyjit.runtime.types.string.StrIterator;
import org.pyjit.runtime.types.string.Strings;

/**
 * Installs {@code str}: constructor (also decoding bytes), the sequence and comparison dunders
 * with code-point semantics, {@code %}-formatting, {@code format}/{@code format_map} and
 * {@code __format__}; the named text methods are in {@link StrTextMethods}.
 */
final class StrMethods {
    private StrMethods() {}

    private static final Object NI = BuiltinTypes.NOT_IMPLEMENTED;
    private static final ArgParser NEW_ARGS = new ArgParser("str", new String[] {"object", "encoding", "errors"}, 0, 3, 0);

    static void install() {
        PyType t = BuiltinTypes.STR;
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            PyType cls = NewClassChecks.newClass(a, t, "str");
            String s = construct(NEW_ARGS.parse(a, kw, 1));
            return cls == t ? s : new PyBoxed(cls, s);
        }));
        installSequence(t);
        installComparisons(t);
        Methods.wrapper(t, "__hash__", 0, a -> Ops.hashString(self(a[0])));
        Methods.wrapper(t, "__repr__", 0, a -> StringRepr.repr(self(a[0])));
        Methods.wrapper(t, "__str__", 0, a -> self(a[0]));
        Methods.wrapper(t, "__mod__", 1, a -> PercentFormatter.format(self(a[0]), a[1]));
        Methods.wrapper(t, "__rmod__", 1, a -> {
            String f = Strings.asStr(a[1]);
            return f == null ? NI : PercentFormatter.format(f, a[0]);
        });
        Methods.oneArg(t, "__format__", (s, spec) -> StringFormatter.formatStr(s, self(s), IntMethods.formatSpec(spec)));
        t.namespace.putStr("format", new org.pyjit.runtime.objects.PyMethodDescriptor(t, "format", (a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            Object[] pos = java.util.Arrays.copyOfRange(a, 1, a.length - nkw);
            PyDict kwargs = null;
            if (nkw > 0) {
                kwargs = new PyDict();
                for (int i = 0; i < nkw; i++) kwargs.putStr(kw[i], a[a.length - nkw + i]);
            }
            return TemplateFormatter.format(self(a[0]), pos, kwargs);
        }));
        Methods.oneArg(t, "format_map", (s, m) -> TemplateFormatter.formatMap(self(s), m));
        Methods.noArgs(t, "__getnewargs__", s -> PyTuple.of(self(s)));
        Methods.noArgs(t, "__sizeof__", s -> sizeOf(self(s)));
        StrTextMethods.install(t);
    }

    static String self(Object o) {
        return Strings.asStr(o);
    }

    /** {@code str(object='', encoding=..., errors=...)}. */
    private static String construct(Object[] p) {
        Object obj = p[0], encoding = p[1], errors = p[2];
        if (encoding == null && errors == null) return obj == null ? "" : Ops.str(obj);
        String enc = encoding == null ? "utf-8" : requireStrArg(encoding, "encoding");
        String err = errors == null ? "strict" : requireStrArg(errors, "errors");
        if (obj == null) return "";
        if (Strings.asStr(obj) != null) throw Errors.typeError("decoding str is not supported");
        // any bytes-like object (memoryview, array, ...), as CPython's PyUnicode_FromEncodedObject
        byte[] data = org.pyjit.runtime.objects.Buffers.bytesOrNull(obj);
        if (data == null) {
            throw Errors.typeError("decoding to str: need a bytes-like object, " + Ops.typeName(obj) + " found");
        }
        Object decode = BuiltinTypes.BYTES.lookup("decode");
        if (decode == null) throw Errors.systemError("bytes.decode is not available");
        Object r = Ops.call(decode, new PyBytes(data), enc, err);
        return Strings.asStr(r);
    }

    private static String requireStrArg(Object o, String name) {
        String s = Strings.asStr(o);
        if (s == null) throw Errors.typeError("str() argument '" + name + "' must be str, not " + Strings.argTypeName(o));
        return s;
    }

    /** CPython's compact-string sizes: ASCII, Latin-1, UCS-2 and UCS-4 layouts. */
    private static long sizeOf(String s) {
        int max = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            max = Math.max(max, c);
            i += Character.charCount(c);
        }
        long n = CodePoints.length(s) + 1L;
        if (max < 128) return 48 + n;
        if (max < 256) return 72 + n;
        if (max < 0x10000) return 72 + 2 * n;
        return 72 + 4 * n;
    }

    // ------------------------------------------------------------------ sequence protocol

    private static void installSequence(PyType t) {
        Methods.wrapper(t, "__len__", 0, a -> (long) CodePoints.length(self(a[0])));
        Methods.wrapper(t, "__getitem__", 1, a -> Strings.getItem(self(a[0]), a[1]));
        Methods.wrapper(t, "__contains__", 1, a -> {
            String sub = Strings.asStr(a[1]);
            if (sub == null) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + Ops.typeName(a[1]));
            }
            return self(a[0]).contains(sub);
        });
        Methods.wrapper(t, "__iter__", 0, a -> new StrIterator(self(a[0])));
        Methods.wrapper(t, "__add__", 1, a -> {
            String y = Strings.asStr(a[1]);
            if (y != null) return self(a[0]).concat(y);
            if (defersTo(a[1], "__radd__")) return NI;
            throw Errors.typeError("can only concatenate str (not \"" + Ops.typeName(a[1]) + "\") to str");
        });
        Methods.wrapper(t, "__mul__", 1, a -> repeat(self(a[0]), a[1]));
        Methods.wrapper(t, "__rmul__", 1, a -> repeat(self(a[0]), a[1]));
    }

    /** Whether a program-defined operand type has the reflected method, so Python would try it. */
    private static boolean defersTo(Object other, String reflected) {
        PyType t = Ops.typeOf(other);
        return !t.builtin && t.lookup(reflected) != null;
    }

    /** {@code s * count} (and {@code count * s}); NotImplemented for a non-int count. */
    private static Object repeat(String s, Object count) {
        Object n = Numbers.asInt(count);
        if (n == null && Ops.typeOf(count).lookup("__index__") != null) n = Ops.indexOrNull(count);
        if (n == null) return NI; // the operator machinery words the error ("can't multiply sequence by non-int …")
        if (n instanceof BigInteger b) {
            if (b.signum() < 0) return "";
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        long k = (Long) n;
        if (k <= 0 || s.isEmpty()) return "";
        if ((long) s.length() * k > Integer.MAX_VALUE - 16) throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        return s.repeat((int) k);
    }

    // ------------------------------------------------------------------ comparisons

    private static void compare(PyType t, String name, java.util.function.IntPredicate test) {
        Methods.wrapper(t, name, 1, a -> {
            String y = Strings.asStr(a[1]);
            return y == null ? NI : (Object) test.test(Strings.compare(self(a[0]), y));
        });
    }

    private static void installComparisons(PyType t) {
        compare(t, "__eq__", c -> c == 0);
        compare(t, "__ne__", c -> c != 0);
        compare(t, "__lt__", c -> c < 0);
        compare(t, "__le__", c -> c <= 0);
        compare(t, "__gt__", c -> c > 0);
        compare(t, "__ge__", c -> c >= 0);
    }
}
