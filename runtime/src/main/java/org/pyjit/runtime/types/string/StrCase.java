package org.pyjit.runtime.types.string;

/**
 * The case-changing methods of str with CPython's full Unicode mappings: lower (with the
 * final-sigma rule), upper, casefold, swapcase, title, capitalize; and the case predicates.
 */
public final class StrCase {
    private StrCase() {}

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    public static String lower(String s) {
        if (isAscii(s)) return asciiLower(s);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            appendLower(b, s, i, c);
            i += Character.charCount(c);
        }
        return b.toString();
    }

    private static String asciiLower(String s) {
        char[] a = s.toCharArray();
        for (int i = 0; i < a.length; i++) if (a[i] >= 'A' && a[i] <= 'Z') a[i] += 32;
        return new String(a);
    }

    private static String asciiUpper(String s) {
        char[] a = s.toCharArray();
        for (int i = 0; i < a.length; i++) if (a[i] >= 'a' && a[i] <= 'z') a[i] -= 32;
        return new String(a);
    }

    /** Appends the lowercase of {@code c} at offset {@code i} of {@code s}, applying the final-sigma rule. */
    private static void appendLower(StringBuilder b, String s, int i, int c) {
        if (c == 0x3a3) b.append(finalSigma(s, i) ? '\u03c2' : '\u03c3');
        else if (c < 128) b.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        else b.append(UnicodeData.lower(c));
    }

    /** Σ at offset i is final: a cased letter precedes it and none follows (case-ignorables skipped). */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        int c = 0;
        while (j > 0) {
            c = s.codePointBefore(j);
            if (!UnicodeData.isCaseIgnorable(c)) break;
            j -= Character.charCount(c);
        }
        if (j == 0 || !UnicodeData.isCased(c)) return false;
        j = i + 1;
        while (j < s.length()) {
            c = s.codePointAt(j);
            if (!UnicodeData.isCaseIgnorable(c)) return !UnicodeData.isCased(c);
            j += Character.charCount(c);
        }
        return true;
    }

    public static String upper(String s) {
        if (isAscii(s)) return asciiUpper(s);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.append(UnicodeData.upper(c)));
        return b.toString();
    }

    public static String casefold(String s) {
        if (isAscii(s)) return asciiLower(s);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.append(UnicodeData.fold(c)));
        return b.toString();
    }

    public static String swapcase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (UnicodeData.isUpper(c)) appendLower(b, s, i, c);
            else if (UnicodeData.isLower(c)) b.append(UnicodeData.upper(c));
            else b.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return b.toString();
    }

    public static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (previousCased) appendLower(b, s, i, c);
            else b.append(UnicodeData.title(c));
            previousCased = UnicodeData.isCased(c);
            i += Character.charCount(c);
        }
        return b.toString();
    }

    public static String capitalize(String s) {
        if (s.isEmpty()) return s;
        StringBuilder b = new StringBuilder(s.length());
        int first = s.codePointAt(0);
        b.append(UnicodeData.title(first));
        for (int i = Character.charCount(first); i < s.length(); ) {
            int c = s.codePointAt(i);
            appendLower(b, s, i, c);
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /** str.islower: no uppercase or titlecase character and at least one lowercase one. */
    public static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (UnicodeData.isUpper(c) || UnicodeData.isTitle(c)) return false;
            if (!cased && UnicodeData.isLower(c)) cased = true;
            i += Character.charCount(c);
        }
        return cased;
    }

    public static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (UnicodeData.isLower(c) || UnicodeData.isTitle(c)) return false;
            if (!cased && UnicodeData.isUpper(c)) cased = true;
            i += Character.charCount(c);
        }
        return cased;
    }

    /** str.istitle: uppercase/titlecase only after uncased characters, lowercase only after cased ones. */
    public static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (UnicodeData.isUpper(c) || UnicodeData.isTitle(c)) {
                if (previousCased) return false;
                previousCased = true;
                cased = true;
            } else if (UnicodeData.isLower(c)) {
                if (!previousCased) return false;
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }
}
