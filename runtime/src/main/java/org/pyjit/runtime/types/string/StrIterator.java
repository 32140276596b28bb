package org.pyjit.runtime.types.string;

import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyType;

/** {@code iter(str)}: yields one-code-point strings ({@code str_ascii_iterator} for ASCII text, as CPython names it). */
public final class StrIterator extends PyIterator {
    public static final PyType ASCII_TYPE = PyIterator.makeType("str_ascii_iterator");
    public static final PyType TYPE = PyIterator.makeType("str_iterator");

    private final String s;
    private int pos;

    public StrIterator(String s) {
        super(isAscii(s) ? ASCII_TYPE : TYPE);
        this.s = s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    /** The string iterated, or null once exhausted (pickling: CPython's {@code it_seq}). */
    public String source() {
        return pos > s.length() ? null : s;
    }

    /** The index of the next code point. */
    public long index() {
        return s.codePointCount(0, Math.min(pos, s.length()));
    }

    /** {@code __setstate__}: moves to code point {@code index}, clamped into the string. */
    public void setIndex(long index) {
        if (pos > s.length()) return;
        long n = s.codePointCount(0, s.length());
        pos = s.offsetByCodePoints(0, (int) Math.max(0, Math.min(index, n)));
    }

    @Override
    public Object next() {
        if (pos >= s.length()) {
            pos = s.length() + 1; // exhausted: stays so, as CPython drops its string
            return null;
        }
        char c = s.charAt(pos);
        if (Character.isHighSurrogate(c) && pos + 1 < s.length() && Character.isLowSurrogate(s.charAt(pos + 1))) {
            String r = s.substring(pos, pos + 2);
            pos += 2;
            return r;
        }
        pos++;
        return Strings.ofCodePoint(c);
    }
}
