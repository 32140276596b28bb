package org.pyjit.runtime;

/** A short, readable description of where two texts first differ, with line context. */
final class TextDiff {
    private TextDiff() {}

    static String describe(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
        StringBuilder sb = new StringBuilder();
        sb.append("  first difference at line ").append(i + 1).append('\n');
        for (int k = Math.max(0, i - 2); k < i; k++) sb.append("    ").append(e[k]).append('\n');
        for (int k = i; k < Math.min(e.length, i + 4); k++) sb.append("  - ").append(e[k]).append('\n');
        for (int k = i; k < Math.min(a.length, i + 4); k++) sb.append("  + ").append(a[k]).append('\n');
        return sb.toString();
    }
}
