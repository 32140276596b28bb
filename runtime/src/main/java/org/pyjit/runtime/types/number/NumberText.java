package org.pyjit.runtime.types.number;

import org.pyjit.runtime.types.string.UnicodeData;

/**
 * What CPython does to a str before parsing it as a number: Unicode decimal digits become ASCII
 * digits, Unicode white space becomes a space, and any other non-ASCII character becomes
 * {@code ?} (so it can never parse).
 */
final class NumberText {
    private NumberText() {}

    static String toAscii(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 128) i++;
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) b.append((char) cp);
            else if (UnicodeData.isSpace(cp)) b.append(' ');
            else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) b.append((char) ('0' + Character.digit(cp, 10)));
            else b.append('?');
        }
        return b.toString();
    }

    /** The text of a bytes object for number parsing: bytes past ASCII can never be part of a number. */
    static String ofBytes(org.pyjit.runtime.objects.PyBytes b) {
        char[] c = new char[b.length];
        for (int i = 0; i < b.length; i++) c[i] = b.bytes[i] >= 0 ? (char) b.bytes[i] : '?';
        return new String(c);
    }

    /** C's isspace over ASCII: space, \t \n \v \f \r. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
