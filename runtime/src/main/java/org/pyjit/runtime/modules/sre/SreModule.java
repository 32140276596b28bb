package org.pyjit.runtime.modules.sre;

import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.ops.Ops;

/**
 * The {@code _sre} module: the regular-expression engine CPython's {@code re} compiles to.
 * {@code re._parser} and {@code re._compiler} (CPython's Python code) turn a pattern into code
 * words; {@code compile} wraps them in a {@code Pattern} run by {@link SreEngine}.
 */
public final class SreModule {
    private SreModule() {}

    private static boolean installed;

    private static synchronized void install() {
        if (installed) return;
        installed = true;
        PatternObject.install();
        MatchObject.install();
        ScannerObject.install();
    }

    public static PyModule create() {
        install();
        PyModule m = new PyModule("_sre");
        PyDict d = m.dict;
        d.putStr("MAGIC", SreConstants.MAGIC);
        d.putStr("CODESIZE", 4L);
        d.putStr("MAXREPEAT", SreConstants.MAXREPEAT);
        d.putStr("MAXGROUPS", SreConstants.MAXGROUPS);
        d.putStr("copyright", " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
        fn(d, "getcodesize", 0, a -> 4L);
        fn(d, "ascii_iscased", 1, a -> {
            int c = ch(a[0]);
            return c < 128 && Character.isLetter(c);
        });
        fn(d, "unicode_iscased", 1, a -> {
            int c = ch(a[0]);
            return c != SreCharacters.lowerUnicode(c) || c != SreCharacters.upperUnicode(c);
        });
        fn(d, "ascii_tolower", 1, a -> (long) SreCharacters.lowerAscii(ch(a[0])));
        fn(d, "unicode_tolower", 1, a -> (long) Character.toLowerCase(ch(a[0])));
        d.putStr("compile", new PyBuiltinFunction("compile", "_sre", (a, kw) -> {
            Object[] p = new org.pyjit.runtime.objects.ArgParser("compile",
                    new String[] {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 0, 6, 6).parse(a, kw, 0);
            Object[] words = Iteration.toArray(p[2]);
            int[] code = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                Object w = Ops.indexOrNull(words[i]);
                if (w == null) throw Errors.typeError("regular expression code must be integers");
                code[i] = (int) (w instanceof Long l ? (long) l : ((java.math.BigInteger) w).longValue());
            }
            return new PatternObject(p[0], Ops.index(p[1]), code, (int) Ops.index(p[3]), p[4], p[5]);
        }));
        return m;
    }

    private static int ch(Object o) {
        long v = Ops.index(o);
        return (int) Math.max(0, Math.min(v, 0x10ffff));
    }

    private static void fn(PyDict d, String name, int n, PyBuiltinFunction.Positional body) {
        d.putStr(name, PyBuiltinFunction.positional(name, "_sre", n, n, body));
    }

}
