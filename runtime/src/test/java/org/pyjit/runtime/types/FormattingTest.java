package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.CPythonOracle.big;
import static org.pyjit.runtime.types.CPythonOracle.dict;
import static org.pyjit.runtime.types.CPythonOracle.list;
import static org.pyjit.runtime.types.CPythonOracle.py;
import static org.pyjit.runtime.types.CPythonOracle.tuple;

import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyComplex;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.format.Formatting;

/** str.format, format_map, format() of str and printf-style {@code %} formatting against CPython. */
class FormattingTest {
    /** Python's side of the class {@link #customType()} builds in Java. */
    private static final String PREAMBLE = """
            class F:
                def __format__(self, spec): return 'F[' + spec + ']'
                def __repr__(self): return 'F(\u00e9)'
                def __str__(self): return 'f-str'
            f = F()
            """;

    /** A class with __format__, __repr__ and __str__, made directly as a PyType (no class statement exists yet). */
    private static PyObject customInstance() {
        PyType t = new PyType(BuiltinTypes.TYPE, "F", new PyType[] {BuiltinTypes.OBJECT}, null, PyObject::new);
        t.mro = new PyType[] {t, BuiltinTypes.OBJECT};
        t.namespace.putStr("__format__", new PyMethodDescriptor(t, "__format__", (a, kw) -> "F[" + a[1] + "]"));
        t.namespace.putStr("__repr__", new PyMethodDescriptor(t, "__repr__", (a, kw) -> "F(\u00e9)"));
        t.namespace.putStr("__str__", new PyMethodDescriptor(t, "__str__", (a, kw) -> "f-str"));
        return new PyObject(t);
    }

    /** {@code template.format(*args, **kwargs)} through the method, with keyword names. */
    private static void format(CPythonOracle o, String template, Object[] args, Object... kv) {
        StringBuilder p = new StringBuilder(py(template)).append(".format(");
        String[] names = new String[kv.length / 2];
        Object[] all = new Object[args.length + names.length];
        for (int i = 0; i < args.length; i++) {
            p.append(i > 0 ? ", " : "").append(args[i] instanceof PyObject po && po.type.name.equals("F") ? "f" : py(args[i]));
            all[i] = args[i];
        }
        for (int i = 0; i < names.length; i++) {
            names[i] = (String) kv[2 * i];
            all[args.length + i] = kv[2 * i + 1];
            p.append(args.length + i > 0 ? ", " : "").append(names[i]).append('=').append(py(kv[2 * i + 1]));
        }
        o.expr(p.append(')').toString(), () -> Ops.callKw(Ops.getAttr(template, "format"), all, names));
    }

    @Test
    void strFormat() {
        CPythonOracle o = new CPythonOracle(PREAMBLE);
        PyObject f = customInstance();
        // (list and tuple item access is the containers' __getitem__, tested with them; str and dict here)
        Object[] args = {"abc", 42L, 3.14159, "xyz", dict("a", 1L, "k", "v", 0L, 7L), new PyComplex(1.5, -2)};
        String[] templates = {"", "plain", "{}", "{}{}", "{0}{1}{0}", "{1}{0}", "{2:.2f}", "{0:>10}|{1:<5}|{2:^12.3e}", "{3[1]}",
            "{4[0]:+d}", "{4[a]}", "{4[k]!r}", "{5.real}", "{5.imag:.1f}", "{0!r}", "{0!s:>6}", "{0!a}", "{{}}", "}}{{", "{{{0}}}",
            "{:{}}", "{0:{1}}", "{0:{1}.{2}}", "{2:{1}.{1}f}", "{1:,}", "{1:#x}", "{1:{0}}", "{}{0}", "{0}{}", "{6}", "{a}", "{",
            "}", "{0", "{0!", "{0!x}", "{0!r", "{0!rr}", "{0.}", "{0[}", "{3[0]x}", "{:{:{}}}", "{0.x}", "{3[a]}", "{3[9]}",
            "{a{}", "{0[]}", "{0..a}", "{!}", "{:", "{0:}x}", "{ 0}", "{0 }", "{-1}", "{00}", "{3[-1]}", "{\u0661}", "{0:\u00e9^9}",
            "{0:{1}{2}}", "{5}", "{5:^30}", "{0:.{1}}"};
        for (String t : templates) format(o, t, args);
        format(o, "{x}-{y:>4}-{0}", new Object[] {"p"}, "x", 1L, "y", "z");
        format(o, "{name[0]}", new Object[0], "name", "q");
        format(o, "{}|{:x<12}|{!r}|{!s}|{!a}", new Object[] {f, f, f, f, f});
        format(o, "{0:abc}", new Object[] {42L});
        format(o, "{0:d}", new Object[] {"s"});
        PyDict m = dict("a", 1L, "b", "56");
        o.expr("'{a}-{b[1]}'.format_map(" + py(m) + ")", () -> Ops.call(Ops.getAttr("{a}-{b[1]}", "format_map"), m));
        o.expr("'{0}'.format_map({})", () -> Ops.call(Ops.getAttr("{0}", "format_map"), dict()));
        o.expr("'{z}'.format_map({})", () -> Ops.call(Ops.getAttr("{z}", "format_map"), dict()));
        o.expr("'{a}'.format_map(1)", () -> Ops.call(Ops.getAttr("{a}", "format_map"), 1L));
        o.check();
    }

    @Test
    void formatOfStrings() {
        CPythonOracle o = new CPythonOracle();
        String[] values = {"", "abc", "\ud83d\ude00x", "longer text"};
        String[] specs = {"", "s", "5", "<5", ">5", "^6", "*^7", ".2", "10.1", "\ud83d\ude00>4", "d", "+", "#", "=", "z", ",",
            "_", "05", "0<5", "x", "\u00e9"};
        for (String v : values) {
            for (String s : specs) o.expr("format(" + py(v) + ", " + py(s) + ")", () -> Formatting.format(v, s));
        }
        o.call("abc", "__format__", 1L).call("abc", "__format__", PyNone.NONE);
        o.check();
    }

    @Test
    void percentFormatting() {
        CPythonOracle o = new CPythonOracle(PREAMBLE);
        Object[][] cases = {
            {"%5%", tuple()}, {"%-5%", tuple()}, {"%ld", 5L}, {"%05s", "a"}, {"%-05d", 5L}, {"%+x", 255L}, {"%#5x", 255L},
            {"%#05x", 255L}, {"% d", 5L}, {"%+ d", 5L}, {"%.3d", -5L}, {"%08.3d", -5L}, {"%#o", 8L}, {"%#.3o", 8L}, {"%c", "\u00e9"},
            {"%5c", 65L}, {"%.1c", 65L}, {"%(a)s%(b)s", dict("a", 1L, "b", 2L)}, {"%(a(b))s", dict("a(b)", 1L)}, {"%s", tuple()},
            {"%d", true}, {"%x", true}, {"%d", 3.7}, {"%d", 1.1805916207174113e21}, {"%x", -255L}, {"%#X", -255L},
            {"%e", big("1" + "0".repeat(400))}, {"%.3s", "abcdef"}, {"%10.3s|", "abcdef"}, {"%-10s|", "ab"}, {"%*s", tuple(5L, "a")},
            {"%*s", tuple(-5L, "a")}, {"%.*f", tuple(2L, 1.2345)}, {"%r", "a"}, {"%a", "\u20ac"}, {"%i", 5L}, {"%u", -5L},
            {"%F", Double.POSITIVE_INFINITY}, {"%g", 1e-5}, {"%#g", 1.0}, {"%#.0f", 1.0}, {"%#.0e", 1.0}, {"%G", 1e-20},
            {"%05.1f", -1.5}, {"%+05.1f", 1.5}, {"% f", 1.0}, {"%010.3e", -12345.678}, {"%s %s", tuple(1L, 2L)},
            {"%(x)d items", dict("x", 3L)}, {"%%%s", 5L}, {"%", 5L}, {"abc %", tuple()}, {"%.2%", tuple()}, {"%z", 1L},
            {"%\u20ac", 1L}, {"%5%", 1L}, {"%hd", 5L}, {"%lld", 5L}, {"%l", 1L}, {"%(a)", dict("a", 1L)}, {"%(a)%", dict("a", 1L)},
            {"%c", 1.5}, {"%c", true}, {"%c", big("1180591620717411303424")}, {"%d", new PyComplex(1, 2)}, {"%s", tuple(1L)},
            {"%s %s", "q"}, {"%.0s", "x"}, {"%5.2r", "abc"}, {"%x", 1.0}, {"%o", "1"}, {"%e", "1"}, {"%-*d|", tuple(3L, 1L)},
            {"%0*d", tuple(3L, 1L)}, {"%.*d", tuple(-3L, 1L)}, {"%.*s", tuple(-1L, "abc")}, {"%#x", 0L}, {"%#o", 0L},
            {"%-#8x|", 255L}, {"%+s", "a"}, {"% s", "a"}, {"%#s", "a"}, {"%+05d", 5L}, {"% 05d", -5L}, {"%0-5d|", 5L}, {"%f", true},
            {"%.60f", 0.1}, {"%.120g", 0.1}, {"%d", "a"}, {"%x", 1.5}, {"%c", "ab"}, {"%c", -1L}, {"%f", "a"}, {"%s %s", tuple(1L)},
            {"%s", tuple(1L, 2L)}, {"%(a)s", 1L}, {"%(a", dict("a", 1L)}, {"%", tuple()}, {"%y", 1L}, {"%*d", tuple("a", 1L)},
            {"%.*d", tuple("a", 1L)}, {"abc", list()}, {"abc", dict()}, {"abc", 1L}, {"abc", tuple()}, {"%s", PyNone.NONE},
            {"%(x)s %s", dict("x", 1L)}, {"%s %(x)s", tuple("q")}, {"%a", "\u00e9"}, {"%d %s", tuple(1L, "\ud83d\ude00")},
            {"%.1s|%5s", tuple("\ud83d\ude00\ud83d\ude00", "\ud83d\ude00")}, {"%r", "\ud83d\ude00\n"}, {"%10.4f|%-10.2e|", tuple(3.14159, 31415.9)},
            {"%s", big("12345678901234567890")}, {"%d", big("-12345678901234567890")}, {"%o", big("12345678901234567890")},
            {"%.20d", 7L}, {"%x %X", tuple(big("255000000000000000000"), 48879L)}, {"%c%c", tuple(0x1f600L, "z")},
        };
        for (Object[] c : cases) o.binary(c[0], BinaryOp.MOD, c[1]);
        PyObject f = customInstance();
        o.expr("'%s|%r|%a|%10s' % (f, f, f, f)", () -> Ops.binary("%s|%r|%a|%10s", tuple(f, f, f, f), BinaryOp.MOD));
        o.binary(1L, BinaryOp.MOD, "a");
        o.call("%s", "__rmod__", "x").call("x", "__rmod__", 1L);
        o.check();
    }
}
