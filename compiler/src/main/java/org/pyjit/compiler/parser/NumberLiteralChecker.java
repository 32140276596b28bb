package org.pyjit.compiler.parser;

/**
 * Re-scans a numeric literal the way CPython's tokenizer does, to report its errors ("invalid
 * decimal literal", "invalid digit '8' in octal literal", leading zeros, ...) at the columns
 * CPython reports. Only called when a number is directly followed by an identifier character,
 * the situation in which the ANTLR lexer's longest match differs from CPython's tokenizer.
 */
final class NumberLiteralChecker {
    private final int[] line;
    private final int start;
    private int cur;
    private Error error;

    /** Offsets are CPython's: 1-based columns, {@code end} exclusive. */
    private record Error(String message, int offset, int endOffset) {
    }

    private NumberLiteralChecker(int[] line, int start) {
        this.line = line;
        this.start = start;
        this.cur = start;
    }

    /**
     * Checks the literal starting at code point column {@code start} of {@code lineText}; throws
     * CPython's error or returns normally if CPython accepts it (e.g. {@code 1if x else y}).
     */
    static void check(String lineText, int lineno, int start, SourceLines source) {
        NumberLiteralChecker checker = new NumberLiteralChecker(lineText.codePoints().toArray(), start);
        checker.scan();
        if (checker.error != null) {
            Error e = checker.error;
            throw source.tokenizerError(e.message, lineno, e.offset, lineno, e.endOffset);
        }
    }

    private int next() {
        int c = cur < line.length ? line[cur] : '\n';
        cur++;
        return c;
    }

    private void backup() {
        cur--;
    }

    /** CPython's syntaxerror(): the column is the count of characters before the cursor. */
    private boolean fail(String message) {
        if (error == null) {
            error = new Error(message, cur, cur);
        }
        return false;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c >= 128;
    }

    private void scan() {
        int c = next();
        if (c == '.') {
            fraction(next());
            return;
        }
        if (c != '0') {
            c = decimalTail();
            if (c >= 0) {
                afterInteger(c);
            }
            return;
        }
        c = next();
        if (c == 'x' || c == 'X') {
            radix(16, "hexadecimal");
        } else if (c == 'o' || c == 'O') {
            radix(8, "octal");
        } else if (c == 'b' || c == 'B') {
            radix(2, "binary");
        } else {
            leadingZero(c);
        }
    }

    private void leadingZero(int c) {
        while (true) {
            if (c == '_') {
                c = next();
                if (!isDigit(c)) {
                    backup();
                    fail("invalid decimal literal");
                    return;
                }
            }
            if (c != '0') {
                break;
            }
            c = next();
        }
        int zerosEnd = cur;
        boolean nonzero = false;
        if (isDigit(c)) {
            nonzero = true;
            c = decimalTail();
            if (c < 0) {
                return;
            }
        }
        if (c == '.') {
            fraction(next());
        } else if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            verifyEnd(next(), "imaginary");
        } else if (nonzero) {
            backup();
            error = new Error("leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", start + 1, zerosEnd);
        } else {
            verifyEnd(c, "decimal");
        }
    }

    private void radix(int base, String kind) {
        int c = next();
        do {
            if (c == '_') {
                c = next();
            }
            if (!inRadix(c, base)) {
                if (base != 16 && isDigit(c)) {
                    fail("invalid digit '" + (char) c + "' in " + kind + " literal");
                } else {
                    backup();
                    fail("invalid " + kind + " literal");
                }
                return;
            }
            do {
                c = next();
            } while (inRadix(c, base));
        } while (c == '_');
        if (base != 16 && isDigit(c)) {
            fail("invalid digit '" + (char) c + "' in " + kind + " literal");
            return;
        }
        verifyEnd(c, kind);
    }

    private static boolean inRadix(int c, int base) {
        return switch (base) {
            case 16 -> isHexDigit(c);
            case 8 -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }

    /** Digits with single underscores between them; returns the next char or -1 on error. */
    private int decimalTail() {
        while (true) {
            int c;
            do {
                c = next();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = next();
            if (!isDigit(c)) {
                backup();
                fail("invalid decimal literal");
                return -1;
            }
        }
    }

    private void afterInteger(int c) {
        if (c == '.') {
            fraction(next());
        } else if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            verifyEnd(next(), "imaginary");
        } else {
            verifyEnd(c, "decimal");
        }
    }

    private void fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
            if (c < 0) {
                return;
            }
        }
        if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            verifyEnd(next(), "imaginary");
        } else {
            verifyEnd(c, "decimal");
        }
    }

    private void exponent(int e) {
        int c = next();
        if (c == '+' || c == '-') {
            c = next();
            if (!isDigit(c)) {
                backup();
                fail("invalid decimal literal");
                return;
            }
        } else if (!isDigit(c)) {
            backup();
            verifyEnd(e, "decimal");
            return;
        }
        c = decimalTail();
        if (c < 0) {
            return;
        }
        if (c == 'j' || c == 'J') {
            verifyEnd(next(), "imaginary");
        } else {
            verifyEnd(c, "decimal");
        }
    }

    /**
     * CPython's verify_end_of_number: a literal directly followed by one of the keywords that can
     * follow a number in valid code is accepted (with a warning there); any other identifier
     * character is an error reported just before it.
     */
    private void verifyEnd(int c, String kind) {
        int after = cur; // index just past c (c was read last, or cur was backed up to just past it)
        boolean keyword = switch (c) {
            case 'a' -> lookahead(after, "nd");
            case 'e' -> lookahead(after, "lse");
            case 'f' -> lookahead(after, "or");
            case 'i' -> after < line.length && (line[after] == 'f' || line[after] == 'n' || line[after] == 's');
            case 'o' -> lookahead(after, "r");
            case 'n' -> lookahead(after, "ot");
            default -> false;
        };
        if (keyword || !isIdentifierChar(c)) {
            return;
        }
        backup();
        fail("invalid " + kind + " literal");
    }

    private boolean lookahead(int from, String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (from + i >= line.length || line[from + i] != rest.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
