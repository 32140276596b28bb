package org.pyjit.runtime.types.format;

/** Alignment, fill and digit grouping shared by the number and string formatters. */
final class Padding {
    private Padding() {}

    /**
     * Pads {@code body} (of {@code len} code points) to {@code width} with {@code fill} by
     * {@code align} ({@code '<' '>' '^'}); {@code '='} pads after the first {@code signLen} chars.
     */
    static String pad(String body, int len, int width, int fill, char align, int signLen) {
        if (width <= len) return body;
        int n = width - len;
        String f = Character.toString(fill);
        return switch (align) {
            case '<' -> body + f.repeat(n);
            case '^' -> f.repeat(n / 2) + body + f.repeat(n - n / 2);
            case '=' -> body.substring(0, signLen) + f.repeat(n) + body.substring(signLen);
            default -> f.repeat(n) + body;
        };
    }

    /**
     * Inserts {@code sep} every {@code groupSize} digits from the right, padding with leading
     * zeros (and separators between them) until the result is at least {@code minWidth} long,
     * as CPython does for zero padding with grouping ({@code format(1234, '010,')} is
     * {@code '00,001,234'}).
     */
    static String group(String digits, int groupSize, char sep, int minWidth) {
        if (digits.isEmpty()) return digits;
        StringBuilder rev = new StringBuilder(digits.length() + digits.length() / groupSize + 4);
        int remaining = digits.length();
        int pos = digits.length();
        boolean first = true;
        while (true) {
            int l = Math.min(Math.max(Math.max(remaining, minWidth), 1), groupSize);
            int chars = Math.min(remaining, l);
            int zeros = Math.max(0, l - remaining);
            if (!first) rev.append(sep);
            for (int i = 0; i < chars; i++) rev.append(digits.charAt(--pos));
            for (int i = 0; i < zeros; i++) rev.append('0');
            remaining -= chars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) break;
            minWidth -= 1;
            first = false;
        }
        return rev.reverse().toString();
    }
}
