package org.pyjit.runtime.types.string;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.number.Numbers;

/** Unwrapping of str values (exact and program-subclass instances) and small shared conversions. */
public final class Strings {
    private Strings() {}

    /** The string value of a str or str-subclass instance, or null. */
    public static String asStr(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyBoxed b && b.value instanceof String s) return s;
        return null;
    }

    /**
     * {@code s[key]}: str's {@code __getitem__}, for an int (or an object with {@code __index__}) or a
     * slice; TypeError for other keys, IndexError for an int that does not fit an index.
     */
    public static Object getItem(String s, Object key) {
        if (key instanceof Long i) return item(s, i);
        if (key instanceof PySlice slice) return slice(s, slice);
        Object i = Numbers.asInt(key);
        if (i == null && Ops.typeOf(key).lookup("__index__") != null) i = Ops.indexOrNull(key);
        if (i == null) throw Errors.typeError("string indices must be integers, not '" + Ops.typeName(key) + "'");
        if (i instanceof BigInteger) throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        return item(s, (Long) i);
    }

    /** {@code s[start:stop:step]}, by code point. */
    public static String slice(String s, PySlice slice) {
        boolean simple = CodePoints.isSimple(s);
        int len = simple ? s.length() : CodePoints.length(s);
        SliceIndices r = SliceIndices.of(slice, len);
        if (r.length <= 0) return "";
        if (r.step == 1) return simple ? s.substring((int) r.start, (int) r.stop) : CodePoints.substring(s, (int) r.start, (int) r.stop);
        if (simple) {
            char[] out = new char[(int) r.length];
            long i = r.start;
            for (int n = 0; n < out.length; n++, i += r.step) out[n] = s.charAt((int) i);
            return new String(out);
        }
        StringBuilder b = new StringBuilder((int) r.length);
        long i = r.start;
        for (long n = 0; n < r.length; n++, i += r.step) b.appendCodePoint(CodePoints.at(s, (int) i));
        return b.toString();
    }

    /** {@code s[i]} for an int index: the one-code-point string, or IndexError "string index out of range". */
    public static String item(String s, long i) {
        if (CodePoints.isSimple(s)) {
            int n = s.length();
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Errors.indexError("string index out of range");
            return ofCodePoint(s.charAt((int) i));
        }
        int n = CodePoints.length(s);
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.indexError("string index out of range");
        return ofCodePoint(CodePoints.at(s, (int) i));
    }

    /** The one-character strings of code points 0-255, made once (CPython keeps these too). */
    private static final String[] LATIN_1 = new String[256];

    static {
        for (int c = 0; c < LATIN_1.length; c++) LATIN_1[c] = String.valueOf((char) c);
    }

    /**
     * The str of one code point. Latin-1 ones are shared, as CPython shares them: indexing and
     * iterating over a string allocate nothing for them, and the shared strings keep their JVM hash,
     * which dict lookups of them use.
     */
    public static String ofCodePoint(int cp) {
        return cp >= 0 && cp < LATIN_1.length ? LATIN_1[cp] : Character.toString(cp);
    }

    /** A type name as Argument Clinic's bad-argument messages show it: None rather than NoneType. */
    public static String argTypeName(Object o) {
        return o == org.pyjit.runtime.objects.PyNone.NONE ? "None" : Ops.typeName(o);
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
