package org.pyjit.runtime.types.string;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** split, rsplit (on a separator or on Unicode white space), splitlines, partition and rpartition. */
public final class StrSplit {
    private StrSplit() {}

    private static boolean spaceAt(String s, int i) {
        return UnicodeData.isSpace(s.codePointAt(i));
    }

    /** {@code s.split(sep, maxsplit)}; {@code sep} null splits on runs of white space. */
    public static List<String> split(String s, String sep, long maxsplit) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int n = s.length();
            int i = 0;
            while (max-- > 0) {
                while (i < n && spaceAt(s, i)) i += Character.charCount(s.codePointAt(i));
                if (i == n) break;
                int j = i;
                while (i < n && !spaceAt(s, i)) i += Character.charCount(s.codePointAt(i));
                out.add(s.substring(j, i));
            }
            if (i < n) {
                while (i < n && spaceAt(s, i)) i += Character.charCount(s.codePointAt(i));
                if (i != n) out.add(s.substring(i));
            }
            return out;
        }
        int last = 0;
        int at;
        while (max-- > 0 && (at = s.indexOf(sep, last)) >= 0) {
            out.add(s.substring(last, at));
            last = at + sep.length();
        }
        out.add(s.substring(last));
        return out;
    }

    /** {@code s.rsplit(sep, maxsplit)}. */
    public static List<String> rsplit(String s, String sep, long maxsplit) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int i = s.length();
            while (max-- > 0) {
                while (i > 0 && UnicodeData.isSpace(s.codePointBefore(i))) i -= Character.charCount(s.codePointBefore(i));
                if (i == 0) break;
                int j = i;
                while (i > 0 && !UnicodeData.isSpace(s.codePointBefore(i))) i -= Character.charCount(s.codePointBefore(i));
                out.add(s.substring(i, j));
            }
            if (i > 0) {
                while (i > 0 && UnicodeData.isSpace(s.codePointBefore(i))) i -= Character.charCount(s.codePointBefore(i));
                if (i > 0) out.add(s.substring(0, i));
            }
            Collections.reverse(out);
            return out;
        }
        int end = s.length();
        int at;
        while (max-- > 0 && end >= sep.length() && (at = s.lastIndexOf(sep, end - sep.length())) >= 0) {
            out.add(s.substring(at + sep.length(), end));
            end = at;
        }
        out.add(s.substring(0, end));
        Collections.reverse(out);
        return out;
    }

    /** {@code s.splitlines(keepends)}: \n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029 end lines. */
    public static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !UnicodeData.isLineBreak(s.charAt(i))) i++;
            int eol = i;
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            out.add(s.substring(j, eol));
        }
        return out;
    }

    /** {@code s.partition(sep)} as three strings. */
    public static String[] partition(String s, String sep) {
        int at = s.indexOf(sep);
        if (at < 0) return new String[] {s, "", ""};
        return new String[] {s.substring(0, at), sep, s.substring(at + sep.length())};
    }

    /** {@code s.rpartition(sep)} as three strings. */
    public static String[] rpartition(String s, String sep) {
        int at = s.lastIndexOf(sep);
        if (at < 0) return new String[] {"", "", s};
        return new String[] {s.substring(0, at), sep, s.substring(at + sep.length())};
    }
}
