package org.pyjit.runtime.types.bytes;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.pyjit.runtime.exceptions.Errors;

/**
 * The ASCII text operations of {@code bytes}/{@code bytearray} on raw arrays: case mapping and
 * classification (ASCII only, as CPython's {@code pyctype}), padding, tabs, hex, repr.
 */
public final class ByteText {
    private ByteText() {}

    static boolean isLower(int b) {
        return b >= 'a' && b <= 'z';
    }

    static boolean isUpper(int b) {
        return b >= 'A' && b <= 'Z';
    }

    static boolean isAlpha(int b) {
        return isLower(b) || isUpper(b);
    }

    static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    static int lower(int b) {
        return isUpper(b) ? b + 32 : b;
    }

    static int upper(int b) {
        return isLower(b) ? b - 32 : b;
    }

    /** The case-mapping methods; {@code kind} is the method name. */
    public static byte[] mapCase(byte[] a, int n, String kind) {
        byte[] r = Arrays.copyOf(a, n);
        switch (kind) {
            case "lower" -> {
                for (int i = 0; i < n; i++) r[i] = (byte) lower(a[i] & 0xff);
            }
            case "upper" -> {
                for (int i = 0; i < n; i++) r[i] = (byte) upper(a[i] & 0xff);
            }
            case "swapcase" -> {
                for (int i = 0; i < n; i++) {
                    int b = a[i] & 0xff;
                    r[i] = (byte) (isUpper(b) ? b + 32 : isLower(b) ? b - 32 : b);
                }
            }
            case "capitalize" -> {
                for (int i = 0; i < n; i++) r[i] = (byte) (i == 0 ? upper(a[i] & 0xff) : lower(a[i] & 0xff));
            }
            case "title" -> {
                boolean previousCased = false;
                for (int i = 0; i < n; i++) {
                    int b = a[i] & 0xff;
                    if (isAlpha(b)) {
                        r[i] = (byte) (previousCased ? lower(b) : upper(b));
                        previousCased = true;
                    } else {
                        previousCased = false;
                    }
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return r;
    }

    /** The {@code is…} predicates; {@code kind} is the method name. */
    public static boolean test(byte[] a, int n, String kind) {
        switch (kind) {
            case "isascii" -> {
                for (int i = 0; i < n; i++) if (a[i] < 0) return false;
                return true;
            }
            case "islower", "isupper" -> {
                boolean cased = false;
                for (int i = 0; i < n; i++) {
                    int b = a[i] & 0xff;
                    if (kind.equals("islower") ? isUpper(b) : isLower(b)) return false;
                    if (isAlpha(b)) cased = true;
                }
                return cased;
            }
            case "istitle" -> {
                boolean cased = false, previousCased = false;
                for (int i = 0; i < n; i++) {
                    int b = a[i] & 0xff;
                    if (isUpper(b)) {
                        if (previousCased) return false;
                        previousCased = cased = true;
                    } else if (isLower(b)) {
                        if (!previousCased) return false;
                        previousCased = cased = true;
                    } else {
                        previousCased = false;
                    }
                }
                return cased;
            }
            default -> { }
        }
        if (n == 0) return false;
        for (int i = 0; i < n; i++) {
            int b = a[i] & 0xff;
            boolean ok = switch (kind) {
                case "isalpha" -> isAlpha(b);
                case "isdigit" -> isDigit(b);
                case "isalnum" -> isAlpha(b) || isDigit(b);
                case "isspace" -> ByteSearch.isSpace(b);
                default -> throw new IllegalArgumentException(kind);
            };
            if (!ok) return false;
        }
        return true;
    }

    /** {@code center}/{@code ljust}/{@code rjust} padding, with CPython's split of the margin for center. */
    public static byte[] pad(byte[] a, int n, long width, byte fill, String kind) {
        if (width <= n) return Arrays.copyOf(a, n);
        if (width > Integer.MAX_VALUE - 8) throw Errors.withArgs(org.pyjit.runtime.exceptions.ExceptionTypes.MEMORY_ERROR);
        int marg = (int) width - n;
        int left = switch (kind) {
            case "ljust" -> 0;
            case "rjust" -> marg;
            default -> marg / 2 + (marg & (int) width & 1);
        };
        byte[] r = new byte[(int) width];
        Arrays.fill(r, fill);
        System.arraycopy(a, 0, r, left, n);
        return r;
    }

    public static byte[] zfill(byte[] a, int n, long width) {
        if (width <= n) return Arrays.copyOf(a, n);
        byte[] r = pad(a, n, width, (byte) '0', "rjust");
        int fill = r.length - n;
        if (n > 0 && (r[fill] == '+' || r[fill] == '-')) {
            r[0] = r[fill];
            r[fill] = '0';
        }
        return r;
    }

    public static byte[] expandTabs(byte[] a, int n, long tabsize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        long column = 0;
        for (int i = 0; i < n; i++) {
            byte b = a[i];
            if (b == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    for (long k = 0; k < spaces; k++) out.write(' ');
                    column += spaces;
                }
            } else {
                out.write(b);
                column = b == '\n' || b == '\r' ? 0 : column + 1;
            }
        }
        return out.toByteArray();
    }

    /** {@code translate(table, delete)}; {@code table} null keeps bytes, else has 256 entries. */
    public static byte[] translate(byte[] a, int n, byte[] table, byte[] delete, int dn) {
        boolean[] drop = new boolean[256];
        for (int k = 0; k < dn; k++) drop[delete[k] & 0xff] = true;
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        for (int i = 0; i < n; i++) {
            int b = a[i] & 0xff;
            if (!drop[b]) out.write(table == null ? b : table[b]);
        }
        return out.toByteArray();
    }

    /**
     * {@code hex(sep, bytes_per_sep)}: {@code sep} 0 for none; groups of {@code |perSep|} bytes
     * counted from the right when positive, from the left when negative.
     */
    public static String hex(byte[] a, int n, char sep, long perSep) {
        StringBuilder b = new StringBuilder(n * 3);
        long group = Math.abs(perSep);
        for (int i = 0; i < n; i++) {
            if (sep != 0 && group > 0 && i > 0) {
                long fromLeft = i, fromRight = n - i;
                if (perSep < 0 ? fromLeft % group == 0 : fromRight % group == 0) b.append(sep);
            }
            b.append(Character.forDigit((a[i] >> 4) & 0xf, 16)).append(Character.forDigit(a[i] & 0xf, 16));
        }
        return b.toString();
    }

    /** {@code bytes.fromhex(s)}: pairs of hex digits, ASCII whitespace allowed between pairs. */
    public static byte[] fromHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 2);
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c < 128 && ByteSearch.isSpace(c)) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) throw badHex(i);
            if (i + 1 >= n) throw badHex(i + 1);
            char d = s.charAt(i + 1);
            int lo = d > 127 ? -1 : Character.digit(d, 16);
            if (lo < 0) throw badHex(i + 1);
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static RuntimeException badHex(int pos) {
        return Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + pos);
    }

    /** {@code repr(b'…')}: single quotes unless the bytes contain ' and no ". */
    public static String repr(byte[] a, int n) {
        boolean single = false, dbl = false;
        for (int i = 0; i < n; i++) {
            if (a[i] == '\'') single = true;
            else if (a[i] == '"') dbl = true;
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder b = new StringBuilder(n + 3).append('b').append(quote);
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xff;
            if (c == quote || c == '\\') b.append('\\').append((char) c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x20 || c >= 0x7f) b.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            else b.append((char) c);
        }
        return b.append(quote).toString();
    }
}
