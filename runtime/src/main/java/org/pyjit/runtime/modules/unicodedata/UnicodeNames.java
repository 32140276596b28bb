package org.pyjit.runtime.modules.unicodedata;

import java.util.Locale;

/**
 * Character names: the JDK's for characters with a name in UnicodeData.txt, the rule-made names
 * of Hangul syllables and ideographs ({@code HANGUL SYLLABLE GAG}, {@code CJK UNIFIED
 * IDEOGRAPH-4E00}), none for controls, surrogates, private use and unassigned code points.
 */
final class UnicodeNames {
    private UnicodeNames() {}

    private static final String[] LEADS = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T",
        "P", "H"};
    private static final String[] VOWELS = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO",
        "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] TAILS = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH",
        "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int HANGUL_FIRST = 0xAC00, HANGUL_COUNT = 11172;

    /** The name, or null. {@code category} is the code point's Unicode 14.0 category. */
    static String name(int cp, String category) {
        if (category.equals("Cn") || category.equals("Cc") || category.equals("Cs") || category.equals("Co")) return null;
        if (cp >= HANGUL_FIRST && cp < HANGUL_FIRST + HANGUL_COUNT) {
            int s = cp - HANGUL_FIRST;
            return "HANGUL SYLLABLE " + LEADS[s / 588] + VOWELS[(s % 588) / 28] + TAILS[s % 28];
        }
        String javaName = Character.getName(cp);
        if (javaName == null) return null;
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        String blockName = block == null ? "" : block.toString().replace('_', ' ');
        if (!javaName.equals(blockName + " " + hex)) return javaName;
        // the JDK's stand-in for a name made by rule
        if (blockName.startsWith("CJK UNIFIED IDEOGRAPHS")) return "CJK UNIFIED IDEOGRAPH-" + hex;
        if (blockName.startsWith("CJK COMPATIBILITY IDEOGRAPHS")) return "CJK COMPATIBILITY IDEOGRAPH-" + hex;
        if (blockName.startsWith("TANGUT")) return "TANGUT IDEOGRAPH-" + hex;
        return null;
    }

    /** The code point of {@code name} (case-insensitive), or -1. */
    static int lookup(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.startsWith("HANGUL SYLLABLE ")) {
            String rest = n.substring("HANGUL SYLLABLE ".length());
            for (int s = 0; s < HANGUL_COUNT; s++) {
                if ((LEADS[s / 588] + VOWELS[(s % 588) / 28] + TAILS[s % 28]).equals(rest)) return HANGUL_FIRST + s;
            }
            return -1;
        }
        for (String prefix : new String[] {"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
            "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"}) {
            if (n.startsWith(prefix)) {
                try {
                    int cp = Integer.parseInt(n.substring(prefix.length()), 16);
                    return n.equals(nameOrEmpty(cp)) ? cp : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        try {
            int cp = Character.codePointOf(n);
            // the JDK also accepts its "BLOCK NAME HEX" stand-ins, which are no Unicode names
            return n.equals(nameOrEmpty(cp)) ? cp : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static String nameOrEmpty(int cp) {
        String category = UcdTables.get().category.at(cp);
        String n = name(cp, category);
        return n == null ? "" : n;
    }
}
