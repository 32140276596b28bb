package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.CPythonOracle.big;
import static org.pyjit.runtime.types.CPythonOracle.dict;
import static org.pyjit.runtime.types.CPythonOracle.list;
import static org.pyjit.runtime.types.CPythonOracle.py;
import static org.pyjit.runtime.types.CPythonOracle.tuple;

import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/** str against CPython: every method on a spread of strings (non-BMP text included), dunders and errors. */
class StrMethodsTest {
    static final String[] SAMPLES = {"", "abc", "Hello World", "  spaced out  ", "\u00c0\u00c9\u00ce \u00f5\u00fc", "stra\u00dfe",
        "\ufb01ne", "\u03a3\u0391\u03a3 \u039f\u0394\u039f\u03a3", "a\tb\nc\r\nd\u000be\u000cf\u001cg\u0085h\u2028i", "\u65e5\u672c\u8a9e",
        "\ud83d\ude00x\ud83d\ude00", "\u0130i\u0131I", "\u01c5ungla", "MiXeD cAsE 123", "123", "\u0661\u0662\u0663", "\u00bd\u00b2",
        "hello_world1", "1abc", "\u2003 \u3000x\u00a0", "O'Neil's dog", "\u1f88\u1fb3 \u1fb7", "\u03a3", "A\u03a3.", "abc\u0301",
        "tab\there", "-42", "+7", "\u00ad\u200b", "\ud801\udc00\ud801\udc28", "\u13a0\uab70"};

    static final String[] NO_ARG = {"lower", "upper", "casefold", "swapcase", "title", "capitalize", "isalpha", "isalnum",
        "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "isascii", "islower", "isupper", "istitle", "isidentifier",
        "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "expandtabs", "encode", "__len__", "__repr__", "__str__",
        "__hash__", "__getnewargs__", "__sizeof__"};

    @Test
    void noArgumentMethods() {
        CPythonOracle o = new CPythonOracle();
        for (String s : SAMPLES) {
            for (String m : NO_ARG) {
                if (m.equals("__hash__")) continue; // str hashes are randomized in CPython
                o.call(s, m);
            }
        }
        o.check();
    }

    @Test
    void searchMethods() {
        CPythonOracle o = new CPythonOracle();
        String[] hay = {"abcabcabc", "", "a\ud83d\ude00b\ud83d\ude00c", "aaaa", "Mississippi"};
        String[] needles = {"", "a", "bc", "abc", "x", "\ud83d\ude00", "c\ud83d\ude00", "aa", "ss", "issi"};
        Object[][] windows = {{}, {1L}, {-3L}, {2L, 5L}, {0L, -1L}, {10L}, {PyNone.NONE, 4L}, {-100L, 100L}, {4L, 2L},
            {big("100000000000000000000")}, {3L, 3L}};
        for (String h : hay) {
            for (String n : needles) {
                for (Object[] w : windows) {
                    for (String m : new String[] {"find", "rfind", "index", "rindex", "count", "startswith", "endswith"}) {
                        Object[] args = new Object[w.length + 1];
                        args[0] = n;
                        System.arraycopy(w, 0, args, 1, w.length);
                        o.call(h, m, args);
                    }
                }
                o.compare(n, CompareOp.IN, h);
                for (long c : new long[] {-1, 0, 1, 2}) o.call(h, "replace", n, "<>", c);
                o.call(h, "replace", n, "\ud83d\ude01");
                o.call(h, "partition", n).call(h, "rpartition", n).call(h, "removeprefix", n).call(h, "removesuffix", n);
            }
            o.call(h, "startswith", tuple("x", "a", "")).call(h, "endswith", tuple("c", "i")).call(h, "startswith", tuple());
        }
        o.call("a", "find", 1L).call("a", "find", "a", "x").call("a", "count").call("a", "count", "a", 1L, 2L, 3L);
        o.call("a", "startswith", 1L).call("a", "endswith", tuple(1L)).call("a", "index", "z").call("a", "replace", "a");
        o.call("a", "replace", 1L, "b").call("a", "replace", "a", 2L).call("a", "replace", "a", "b", "c");
        o.call("a", "removeprefix", 1L).call("a", "partition", "").call("a", "rpartition", 1L);
        o.compare(1L, CompareOp.IN, "a");
        o.check();
    }

    @Test
    void splittingAndJoining() {
        CPythonOracle o = new CPythonOracle();
        String[] texts = {"  a b  c   ", "a,b,,c,", ",", "", "one\u2003two\u00a0three", "a\r\nb\rc\nd\u2029e\u000b", "x--y--z", "  ",
            "\ud83d\ude00 \ud83d\ude00,\ud83d\ude00"};
        Object[] seps = {PyNone.NONE, ",", "--", " ", "\ud83d\ude00", "zz"};
        for (String t : texts) {
            for (Object sep : seps) {
                for (long max : new long[] {-1, 0, 1, 2, 10}) {
                    o.call(t, "split", sep, max).call(t, "rsplit", sep, max);
                }
            }
            o.callKw(t, "split", new Object[0], new String[] {"maxsplit"}, new Object[] {1L});
            o.callKw(t, "rsplit", new Object[0], new String[] {"sep", "maxsplit"}, new Object[] {",", 1L});
            o.call(t, "splitlines", true).call(t, "splitlines", false).call(t, "splitlines", 2L);
            o.callKw(t, "splitlines", new Object[0], new String[] {"keepends"}, new Object[] {true});
        }
        o.call("a", "split", "").call("a", "split", 1L).call("a", "split", ",", 1L, 2L).call("a", "splitlines", "x");
        o.callKw("a", "split", new Object[0], new String[] {"x"}, new Object[] {1L});
        o.callKw("a", "split", new Object[] {","}, new String[] {"sep"}, new Object[] {","});
        o.call("-", "join", list("a", "b", "\ud83d\ude00")).call("", "join", tuple()).call(", ", "join", tuple("x"));
        o.call("-", "join", list("a", 1L)).call("-", "join", 5L).call("-", "join", "abc");
        o.check();
    }

    @Test
    void paddingStrippingAndTabs() {
        CPythonOracle o = new CPythonOracle();
        String[] texts = {"abc", "", "\ud83d\ude00", "-42", "+7", "xy", "  hi  "};
        for (String t : texts) {
            for (long w : new long[] {-1, 0, 2, 3, 4, 7, 8}) {
                o.call(t, "center", w).call(t, "ljust", w).call(t, "rjust", w).call(t, "zfill", w);
                o.call(t, "center", w, "*").call(t, "ljust", w, "\ud83d\ude00").call(t, "rjust", w, "0");
            }
            for (Object chars : new Object[] {PyNone.NONE, " ", "ab", "\ud83d\ude00", "", " h"}) {
                o.call(t, "strip", chars).call(t, "lstrip", chars).call(t, "rstrip", chars);
            }
        }
        o.call("a", "center", 5L, "xy").call("a", "center", 5L, 1L).call("a", "ljust", 2L, "").call("a", "strip", 1L);
        o.call("a", "center").call("a", "center", 1L, " ", 3L).call("a", "zfill", "x").call("a", "center", big("100000000000000000000"));
        String[] tabbed = {"a\tb", "\t", "ab\tcd\tef\n\tx\r\ty", "\ud83d\ude00\tz", "12345678\t9"};
        for (String t : tabbed) {
            for (long size : new long[] {-1, 0, 1, 4, 8}) o.call(t, "expandtabs", size);
            o.callKw(t, "expandtabs", new Object[0], new String[] {"tabsize"}, new Object[] {3L});
        }
        o.check();
    }

    @Test
    void indexingSlicingAndOperators() {
        CPythonOracle o = new CPythonOracle();
        String[] texts = {"abcdef", "a\ud83d\ude00b\ud83d\ude01c", "", "x"};
        Object[] bounds = {PyNone.NONE, 0L, 1L, -1L, 2L, -2L, 5L, 100L, -100L, big("100000000000000000000")};
        Object[] steps = {PyNone.NONE, 1L, 2L, -1L, -2L, 3L, 0L};
        for (String t : texts) {
            for (long i = -7; i <= 7; i++) o.call(t, "__getitem__", i);
            for (Object a : bounds) {
                for (Object b : bounds) {
                    for (Object st : steps) o.call(t, "__getitem__", new PySlice(a, b, st));
                }
            }
            o.call(t, "__getitem__", 1.5).call(t, "__getitem__", "x").call(t, "__getitem__", big("100000000000000000000"));
            o.call(t, "__getitem__", true);
            o.expr("list(iter(" + py(t) + "))", () -> {
                PyList l = new PyList();
                Object it = Ops.iter(t);
                for (Object x = Ops.next(it); x != null; x = Ops.next(it)) l.append(x);
                return l;
            });
            o.expr("type(iter(" + py(t) + ")).__name__", () -> Ops.typeName(Ops.iter(t)));
            for (Object k : new Object[] {0L, 1L, 3L, -1L, true, big("100000000000000000000"), 2.5, "b"}) {
                o.binary(t, BinaryOp.MUL, k);
                if (!(k instanceof String)) o.binary(k, BinaryOp.MUL, t);
            }
            for (Object other : new Object[] {"", "abc", "abcdeg", "a\ud83d\ude01", "\uffff", "\ud800", 1L, PyNone.NONE}) {
                o.binary(t, BinaryOp.ADD, other);
                for (CompareOp c : new CompareOp[] {CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
                    o.compare(t, c, other);
                }
            }
        }
        o.binary(1L, BinaryOp.ADD, "a").binary("\uffff", BinaryOp.ADD, "\ud83d\ude00");
        o.compare("\uffff", CompareOp.LT, "\ud83d\ude00").compare("\ue000", CompareOp.GT, "\ud83d\ude00");
        // ('a').__mul__('b') is not checked: CPython's slot wrapper and its * operator word the error differently,
        // and pyjit's operator goes through __mul__, so it gives the operator's message
        o.call("a", "__add__", 1L).call("a", "__len__", 1L);
        o.check();
    }

    @Test
    void translateAndEncode() {
        CPythonOracle o = new CPythonOracle();
        Object strType = BuiltinTypes.STR;
        o.call(strType, "maketrans", "abc", "xyz").call(strType, "maketrans", "ab", "xy", "c");
        o.call(strType, "maketrans", dict("a", 1L, 98L, "B", "c", PyNone.NONE));
        o.call(strType, "maketrans", dict("ab", 1L)).call(strType, "maketrans", dict(1.5, 1L)).call(strType, "maketrans", 1L);
        o.call(strType, "maketrans", "a", "bc").call(strType, "maketrans", "a", 1L).call(strType, "maketrans");
        String text = "abcabc \ud83d\ude00!";
        o.call(text, "translate", dict(97L, PyNone.NONE, 98L, "XX", 99L, 100L, 0x1f600L, "smile"));
        o.call(text, "translate", dict(97L, big("100000000000000000000"))).call(text, "translate", dict(97L, 1.5));
        o.call(text, "translate", dict(97L, -1L)).call(text, "translate", list("x", "y")).call(text, "translate", 1L);
        o.call(text, "translate", dict()).call("", "translate", dict());
        String[] sources = {"abc", "caf\u00e9", "\u20ac5", "\u4e00\u00e9\u0000\ue000\u0378", "\ud83d\ude00", "a\ud800b", "\udc80\udcff", "x\u00e9\u00e9y", "\u0100"};
        String[] encodings = {"utf-8", "UTF8", "ascii", "latin-1", "Latin_1", "iso8859-1", "utf-16", "utf-16-le", "utf-16-be",
            "utf-32", "utf-32-le", "UTF-32-BE", "us-ascii", "nonsense"};
        String[] errors = {"strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape",
            "surrogatepass", "bogus"};
        for (String s : sources) {
            for (String e : encodings) {
                for (String err : errors) o.call(s, "encode", e, err);
                o.call(s, "encode", e, PyNone.NONE);
                o.call(s, "encode", e);
            }
            o.callKw(s, "encode", new Object[0], new String[] {"errors"}, new Object[] {"replace"});
        }
        o.call("a", "encode", 1L).call("a", "encode", "utf-8", 1L).call("a", "encode", "utf-8", "strict", 1L);
        o.check();
    }

    @Test
    void constructor() {
        CPythonOracle o = new CPythonOracle();
        for (Object x : new Object[] {"abc", 5L, 1.5, true, PyNone.NONE, big("123456789012345678901234567890"), -0.0}) {
            o.construct(BuiltinTypes.STR, x);
        }
        o.construct(BuiltinTypes.STR);
        o.construct(BuiltinTypes.STR, 1L, 2L, 3L, 4L);
        o.construct(BuiltinTypes.STR, "a", "utf-8");
        o.construct(BuiltinTypes.STR, 1L, "utf-8");
        o.expr("str(encoding='utf-8')", () -> CPythonOracle.newInstance(BuiltinTypes.STR, new Object[] {"utf-8"},
                new String[] {"encoding"}));
        o.expr("str(x=1)", () -> CPythonOracle.newInstance(BuiltinTypes.STR, new Object[] {1L}, new String[] {"x"}));
        o.expr("str(b'a', encoding=None)", () -> CPythonOracle.newInstance(BuiltinTypes.STR,
                new Object[] {new PyBytes(new byte[] {97}), PyNone.NONE}, new String[] {"encoding"}));
        o.check();
    }
}
