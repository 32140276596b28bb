package org.pyjit.runtime.builtins;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.StringRepr;
import org.pyjit.runtime.types.string.Strings;

/** The builtins about text: repr, ascii, chr, ord, format. */
public final class TextBuiltins {
    private TextBuiltins() {}

    static void install(PyDict ns) {
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("repr", "builtins", 1, 1, a -> Ops.repr(a[0])));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("ascii", "builtins", 1, 1, a -> ascii(a[0])));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("chr", "builtins", 1, 1, a -> chr(a[0])));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("ord", "builtins", 1, 1, a -> ord(a[0])));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("format", "builtins", 1, 2, a -> format(a[0], a.length > 1 ? a[1] : "")));
    }

    /** {@code ascii(o)}: the repr with every non-ASCII code point escaped. */
    public static String ascii(Object o) {
        return escapeNonAscii(Ops.repr(o));
    }

    /** Escapes code points above 0x7f as {@code \xNN}, {@code \\uNNNN} or {@code \UNNNNNNNN}. */
    public static String escapeNonAscii(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp > 0x7f) {
                if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
                if (cp <= 0xff) b.append(String.format("\\x%02x", cp));
                else if (cp <= 0xffff) b.append(String.format("\\u%04x", cp));
                else b.append(String.format("\\U%08x", cp));
            } else if (b != null) {
                b.append((char) cp);
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }

    /** {@code chr(i)}: the one-code-point string. */
    public static String chr(Object o) {
        Object i = Ops.indexOrNull(o);
        if (i == null) throw Errors.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        if (i instanceof BigInteger || (Long) i > Integer.MAX_VALUE || (Long) i < Integer.MIN_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        long cp = (Long) i;
        if (cp < 0 || cp > 0x10ffff) throw Errors.valueError("chr() arg not in range(0x110000)");
        return Strings.ofCodePoint((int) cp);
    }

    /** {@code ord(c)} for a one-character str, bytes or bytearray. */
    public static long ord(Object o) {
        String s = Kw.strOrNull(o);
        if (s != null) {
            int n = StringRepr.codePointLength(s);
            if (n != 1) throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
            return s.codePointAt(0);
        }
        if (o instanceof PyBytes b) {
            if (b.length != 1) throw Errors.typeError("ord() expected a character, but string of length " + b.length + " found");
            return b.bytes[0] & 0xff;
        }
        throw Errors.typeError("ord() expected string of length 1, but " + Ops.typeName(o) + " found");
    }

    /** {@code format(value, spec)}: {@code type(value).__format__(value, spec)}, which must return a str. */
    public static String format(Object value, Object spec) {
        String s = Kw.strOrNull(spec);
        if (s == null) throw Errors.typeError("format() argument 2 must be str, not " + Ops.typeName(spec));
        if (value instanceof String v && s.isEmpty()) return v;
        Object r = Ops.callSpecial(value, "__format__", spec);
        String out = Kw.strOrNull(r);
        if (out == null) throw Errors.typeError("__format__ must return a str, not " + Ops.typeName(r));
        return out;
    }
}
