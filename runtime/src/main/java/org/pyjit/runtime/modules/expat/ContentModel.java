package org.pyjit.runtime.modules.expat;

import java.util.ArrayList;
import java.util.List;

/**
 * The content model of an {@code <!ELEMENT>} declaration, as expat reports it: a tree of
 * (type, quantifier, name, children) with expat's numbering ({@code pyexpat.model}).
 */
record ContentModel(int type, int quantifier, String name, List<ContentModel> children) {
    static final int EMPTY = 1, ANY = 2, MIXED = 3, NAME = 4, CHOICE = 5, SEQ = 6;
    static final int NONE = 0, OPT = 1, REP = 2, PLUS = 3;

    /** Parses a contentspec ({@code EMPTY}, {@code ANY}, mixed or children); null if it is malformed. */
    static ContentModel parse(String spec) {
        String s = spec.replaceAll("\\s", "");
        if (s.equals("EMPTY")) return new ContentModel(EMPTY, NONE, null, List.of());
        if (s.equals("ANY")) return new ContentModel(ANY, NONE, null, List.of());
        if (s.startsWith("(#PCDATA")) {
            int close = s.indexOf(')');
            if (close < 0) return null;
            List<ContentModel> names = new ArrayList<>();
            for (String n : s.substring(8, close).split("\\|")) {
                if (!n.isEmpty()) names.add(new ContentModel(NAME, NONE, n, List.of()));
            }
            String rest = s.substring(close + 1);
            if (!rest.isEmpty() && !rest.equals("*")) return null;
            return new ContentModel(MIXED, rest.isEmpty() ? NONE : REP, null, names);
        }
        int[] at = {0};
        ContentModel m = particle(s, at);
        return m != null && at[0] == s.length() && m.type != NAME ? m : null;
    }

    private static ContentModel particle(String s, int[] at) {
        if (at[0] >= s.length()) return null;
        ContentModel m;
        if (s.charAt(at[0]) == '(') {
            at[0]++;
            List<ContentModel> items = new ArrayList<>();
            char separator = 0;
            while (true) {
                ContentModel item = particle(s, at);
                if (item == null || at[0] >= s.length()) return null;
                items.add(item);
                char c = s.charAt(at[0]++);
                if (c == ')') break;
                if (c != '|' && c != ',' || (separator != 0 && c != separator)) return null;
                separator = c;
            }
            m = new ContentModel(separator == '|' ? CHOICE : SEQ, NONE, null, items);
        } else {
            int start = at[0];
            while (at[0] < s.length() && XmlPushParser.isNameChar(s.charAt(at[0]))) at[0]++;
            if (at[0] == start) return null;
            m = new ContentModel(NAME, NONE, s.substring(start, at[0]), List.of());
        }
        if (at[0] < s.length()) {
            int q = "?*+".indexOf(s.charAt(at[0]));
            if (q >= 0) {
                at[0]++;
                m = new ContentModel(m.type, q + 1, m.name, m.children);
            }
        }
        return m;
    }
}
