package org.pyjit.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.compiler.ast.Constant;
import org.pyjit.compiler.ast.Expr;
import org.pyjit.compiler.ast.FormattedValue;
import org.pyjit.compiler.ast.JoinedStr;
import org.pyjit.compiler.ast.Pos;

/**
 * Splits the body of one f-string literal into literal text and replacement fields the way
 * CPython 3.11's string parser does ({@code {{}}/{@code }}}, {@code !conversion},
 * {@code :format spec} with nested fields, the {@code =} self-documenting form), with its error
 * messages. Each field's expression is parsed by {@link ExpressionSource}, which wraps it in
 * parentheses like CPython.
 */
final class FStringParser {
    /** Parses the text of a replacement field; {@code line}/{@code col} locate its first character. */
    interface ExpressionSource {
        Expr parse(String text, int line, int col);
    }

    /** Where CPython reports f-string errors: after the whole string atom. */
    interface ErrorSite {
        SyntaxErrorException error(String message);
    }

    private final String s;
    private final boolean raw;
    private final int bodyLine;
    private final int bodyCol;
    private final ExpressionSource expressions;
    private final ErrorSite errors;
    private final Pos atomPos;
    private final Pos tokenPos;
    private int i;

    private FStringParser(String body, boolean raw, int bodyLine, int bodyCol, ExpressionSource expressions,
                          ErrorSite errors, Pos atomPos, Pos tokenPos) {
        this.s = body;
        this.raw = raw;
        this.bodyLine = bodyLine;
        this.bodyCol = bodyCol;
        this.expressions = expressions;
        this.errors = errors;
        this.atomPos = atomPos;
        this.tokenPos = tokenPos;
    }

    /**
     * Appends the parts of one f-string body to {@code parts}: Strings for literal text (already
     * unescaped) and FormattedValue nodes. Like CPython 3.11, replacement fields span the whole
     * run of adjacent literals ({@code atomPos}) and format specs the one literal ({@code tokenPos}).
     */
    static void parse(String body, boolean raw, int bodyLine, int bodyCol, ExpressionSource expressions,
                      ErrorSite errors, Pos atomPos, Pos tokenPos, List<Object> parts) {
        FStringParser p = new FStringParser(body, raw, bodyLine, bodyCol, expressions, errors, atomPos, tokenPos);
        p.parseLevel(0, parts);
    }

    private void parseLevel(int level, List<Object> parts) {
        while (true) {
            boolean doubled = findLiteral(level, parts);
            if (doubled) {
                continue;
            }
            if (i >= s.length() || s.charAt(i) == '}') {
                break;
            }
            findExpression(level, parts);
        }
        if (level != 0 && (i >= s.length() || s.charAt(i) != '}')) {
            throw errors.error("f-string: expecting '}'");
        }
    }

    /** Scans literal text up to a single brace; returns true after a doubled brace. */
    private boolean findLiteral(int level, List<Object> parts) {
        int start = i;
        int p = i;
        boolean doubled = false;
        int end = -1;
        while (p < s.length()) {
            char ch = s.charAt(p++);
            if (!raw && ch == '\\' && p < s.length()) {
                ch = s.charAt(p++);
                if (ch == 'N') {
                    // "\N{NAME}": the braces belong to the escape
                    if (p < s.length() && s.charAt(p++) == '{') {
                        while (p < s.length() && s.charAt(p++) != '}') {
                            // skip the name
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (p < s.length() && s.charAt(p) == ch) {
                        end = p;
                        i = p + 1;
                        doubled = true;
                        break;
                    }
                    if (ch == '}') {
                        throw errors.error("f-string: single '}' is not allowed");
                    }
                }
                p--;
                break;
            }
        }
        if (!doubled) {
            end = p;
            i = p;
        }
        if (end > start) {
            String text = s.substring(start, end);
            if (!raw) {
                try {
                    text = EscapeDecoder.decodeString(text);
                } catch (EscapeDecoder.EscapeError e) {
                    throw errors.error(e.getMessage());
                }
            }
            parts.add(text);
        }
        return doubled;
    }

    private void findExpression(int level, List<Object> parts) {
        if (level >= 2) {
            throw errors.error("f-string: expressions nested too deeply");
        }
        i++; // the '{'
        int exprStart = i;
        int exprEnd = scanExpressionEnd();
        Expr value = compile(exprStart, exprEnd);
        String exprText = null;
        if (s.charAt(i) == '=') {
            i++;
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                throw errors.error("f-string: expecting '}'");
            }
            exprText = s.substring(exprStart, i);
        }
        int conversion = -1;
        if (s.charAt(i) == '!') {
            i++;
            if (i >= s.length()) {
                throw errors.error("f-string: expecting '}'");
            }
            conversion = s.charAt(i++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw errors.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr formatSpec = null;
        if (i < s.length() && s.charAt(i) == ':') {
            i++;
            if (i >= s.length()) {
                throw errors.error("f-string: expecting '}'");
            }
            List<Object> specParts = new ArrayList<>();
            parseLevel(level + 1, specParts);
            formatSpec = joined(specParts, tokenPos);
        }
        if (i >= s.length() || s.charAt(i) != '}') {
            throw errors.error("f-string: expecting '}'");
        }
        i++;
        if (exprText != null) {
            parts.add(exprText);
            if (formatSpec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        parts.add(new FormattedValue(value, conversion, formatSpec, atomPos));
    }

    /** Finds where the expression of a field ends, tracking brackets and nested strings. */
    private int scanExpressionEnd() {
        char quote = 0;
        int stringType = 0;
        char[] brackets = new char[200];
        int depth = 0;
        for (; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                throw errors.error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (stringType == 3) {
                        if (i + 2 < s.length() && s.charAt(i + 1) == ch && s.charAt(i + 2) == ch) {
                            i += 2;
                            stringType = 0;
                            quote = 0;
                        }
                    } else {
                        stringType = 0;
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (i + 2 < s.length() && s.charAt(i + 1) == ch && s.charAt(i + 2) == ch) {
                    stringType = 3;
                    i += 2;
                } else {
                    stringType = 1;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= brackets.length) {
                    throw errors.error("f-string: too many nested parenthesis");
                }
                brackets[depth++] = ch;
            } else if (ch == '#') {
                throw errors.error("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (i + 1 < s.length()) {
                    char next = s.charAt(i + 1);
                    if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                        i++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw errors.error("f-string: unmatched '" + ch + "'");
                }
                char opening = brackets[--depth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']')
                        || (opening == '{' && ch == '}'))) {
                    throw errors.error("f-string: closing parenthesis '" + ch
                            + "' does not match opening parenthesis '" + opening + "'");
                }
            }
        }
        if (quote != 0) {
            throw errors.error("f-string: unterminated string");
        }
        if (depth != 0) {
            throw errors.error("f-string: unmatched '" + brackets[depth - 1] + "'");
        }
        if (i >= s.length()) {
            throw errors.error("f-string: expecting '}'");
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }

    private Expr compile(int start, int end) {
        boolean blank = true;
        for (int k = start; k < end && blank; k++) {
            blank = isSpace(s.charAt(k));
        }
        if (blank) {
            throw errors.error("f-string: empty expression not allowed");
        }
        int line = bodyLine;
        int lineStart = 0;
        for (int k = 0; k < start; k++) {
            if (s.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        int col = s.codePointCount(lineStart, start) + (line == bodyLine ? bodyCol : 0);
        return expressions.parse(s.substring(start, end), line, col);
    }

    /** A JoinedStr from parts, merging adjacent literal text and dropping empty text. */
    static JoinedStr joined(List<Object> parts, Pos pos) {
        List<Expr> values = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String str) {
                text.append(str);
            } else {
                if (!text.isEmpty()) {
                    values.add(new Constant(text.toString(), null, pos));
                    text.setLength(0);
                }
                values.add((Expr) part);
            }
        }
        if (!text.isEmpty()) {
            values.add(new Constant(text.toString(), null, pos));
        }
        return new JoinedStr(values, pos);
    }
}
