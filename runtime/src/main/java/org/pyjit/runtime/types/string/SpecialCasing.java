package org.pyjit.runtime.types.string;

import java.util.Locale;

/**
 * Case mappings the JDK has no API for (full titlecase, full case folding) and the few places
 * where the JDK's newer Unicode (16) differs from the Unicode 14 of CPython 3.11's
 * {@code unicodedata}. Checked code point by code point against CPython by the tests.
 */
final class SpecialCasing {
    private SpecialCasing() {}

    /** Unicode 16 gave these lowercase letters new capitals (U+A7DC, U+A7CB) that Unicode 14 lacks. */
    static boolean hasNoUpperIn14(int c) {
        return c == 0x19b || c == 0x264;
    }

    /** Code points Unicode 15/16 made Lowercase that Unicode 14 did not. */
    static boolean lowercaseSince15(int c) {
        return c == 0x10fc || (c >= 0xa7f2 && c <= 0xa7f4) || c == 0xab69;
    }

    /** Code points in ID_Start but not XID_Start (NFKC closure), which CPython's isidentifier rejects first. */
    static boolean notXidStart(int c) {
        return switch (c) {
            case 0x37a, 0xe33, 0xeb3, 0x2e2f, 0x309b, 0x309c, 0xfdfa, 0xfdfb, 0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a,
                 0xfe7c, 0xfe7e, 0xff9e, 0xff9f -> true;
            default -> c >= 0xfc5e && c <= 0xfc63;
        };
    }

    /** Code points in the JDK's identifier parts but not in Unicode 14's XID_Continue. */
    static boolean notXidContinue(int c) {
        return switch (c) {
            case 0x37a, 0x2e2f, 0x309b, 0x309c, 0x30fb, 0xfdfa, 0xfdfb, 0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a,
                 0xfe7c, 0xfe7e, 0xff65 -> true;
            default -> c >= 0xfc5e && c <= 0xfc63;
        };
    }

    /**
     * The full titlecase mapping where it is not the simple one: characters whose uppercase is
     * several code points title-case to the first of them followed by the rest in lowercase
     * (ß → Ss, ﬁ → Fi), except that a Greek iota subscript stays a combining ypogegrammeni
     * (U+0345) and ŉ keeps its capital N.
     */
    static String title(int c) {
        if (hasNoUpperIn14(c)) return Character.toString(c);
        int simple = Character.toTitleCase(c);
        if (simple != c || Character.isTitleCase(c)) return null;
        String upper = Character.toString(c).toUpperCase(Locale.ROOT);
        int first = upper.codePointAt(0);
        int firstLen = Character.charCount(first);
        if (upper.length() == firstLen) return null;
        if (c == 0x149) return "\u02bcN";
        StringBuilder b = new StringBuilder().appendCodePoint(first);
        upper.substring(firstLen).codePoints().forEach(cp -> {
            if (cp == 0x399 && c >= 0x1f80) b.append('\u0345');
            else b.append(Character.toString(cp).toLowerCase(Locale.ROOT));
        });
        return b.toString();
    }

    /** Case folding where it is not lowercase-of-uppercase: Cherokee folds to its capitals, ı and ẞ are special. */
    static String fold(int c) {
        if (c >= 0x13a0 && c <= 0x13f5) return Character.toString(c);
        if (c >= 0x13f8 && c <= 0x13fd) return Character.toString(c - 8);
        if (c >= 0xab70 && c <= 0xabbf) return Character.toString(c - 0xab70 + 0x13a0);
        if (c == 0x131) return "\u0131";
        if (c == 0x1e9e) return "ss";
        if (hasNoUpperIn14(c)) return Character.toString(c);
        return null;
    }
}
