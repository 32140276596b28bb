package org.pyjit.runtime.types.string;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.ops.Ops;

/** Unwrapping of str values (exact and program-subclass instances) and small shared conversions. */
public final class Strings {
    private Strings() {}

    /** The string value of a str or str-subclass instance, or null. */
    public static String asStr(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyBoxed b && b.value instanceof String s) return s;
        return null;
    }

    /** A type name as Argument Clinic's bad-argument messages show it: None rather than NoneType. */
    public static String argTypeName(Object o) {
        return o == org.pyjit.runtime.objects.PyNone.NONE ? "None" : Ops.typeName(o);
    }

    /** The string value, or TypeError "{what} must be str, not int" ({@code what} e.g. "argument"). */
    public static String requireStr(Object o, String what) {
        String s = asStr(o);
        if (s == null) throw Errors.typeError(what + " must be str, not " + Ops.typeName(o));
        return s;
    }

    /**
     * Compares by code point, as Python orders str (UTF-16 order differs for code points above
     * U+FFFF against U+E000..U+FFFF): surrogates are moved above the rest of the BMP.
     */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) return fixup(x) - fixup(y);
        }
        return a.length() - b.length();
    }

    private static int fixup(char c) {
        if (c >= 0xd800) return c >= 0xe000 ? c - 0x800 : c + 0x2000;
        return c;
    }

    /** {@code ascii()} applied to a repr: every non-ASCII code point as {@code \xhh}, {@code \\uhhhh} or {@code \Uhhhhhhhh}. */
    public static String ascii(String repr) {
        int i = 0;
        int n = repr.length();
        while (i < n && repr.charAt(i) < 128) i++;
        if (i == n) return repr;
        StringBuilder b = new StringBuilder(n + 16).append(repr, 0, i);
        while (i < n) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) b.append((char) cp);
            else if (cp < 0x100) b.append("\\x").append(hex(cp, 2));
            else if (cp < 0x10000) b.append("\\u").append(hex(cp, 4));
            else b.append("\\U").append(hex(cp, 8));
        }
        return b.toString();
    }

    private static String hex(int v, int digits) {
        String h = Integer.toHexString(v);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }
}
