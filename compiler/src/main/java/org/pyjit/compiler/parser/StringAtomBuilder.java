package org.pyjit.compiler.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.pyjit.compiler.ast.BytesLiteral;
import org.pyjit.compiler.ast.Constant;
import org.pyjit.compiler.ast.Expr;
import org.pyjit.compiler.ast.Pos;

/**
 * Builds the node for a run of adjacent string literals: a str or bytes Constant (concatenated
 * and unescaped) or, if any part is an f-string, a JoinedStr.
 */
final class StringAtomBuilder {
    private StringAtomBuilder() {
    }

    /** The prefix letters of one literal token. */
    private record Prefix(int length, boolean bytes, boolean raw, boolean fstring) {
        static Prefix of(String text) {
            int n = 0;
            boolean b = false;
            boolean r = false;
            boolean f = false;
            while (text.charAt(n) != '\'' && text.charAt(n) != '"') {
                switch (Character.toLowerCase(text.charAt(n))) {
                    case 'b' -> b = true;
                    case 'r' -> r = true;
                    case 'u' -> {
                    }
                    default -> f = true;
                }
                n++;
            }
            return new Prefix(n, b, r, f);
        }
    }

    static Expr build(List<Token> tokens, BuildContext ctx, FStringParser.ExpressionSource expressions) {
        Token first = tokens.getFirst();
        Token last = tokens.getLast();
        Pos pos = Positions.between(first, last);
        FStringParser.ErrorSite errorSite = message -> ctx.errorAfter(message, last);
        boolean anyBytes = false;
        boolean anyText = false;
        boolean anyF = false;
        ByteArrayOutputStream bytes = null;
        List<Object> parts = new ArrayList<>();
        for (Token t : tokens) {
            String text = t.getText();
            Prefix prefix = Prefix.of(text);
            int quoteLength = text.startsWith("\"\"\"", prefix.length) || text.startsWith("'''", prefix.length)
                    ? 3 : 1;
            String body = text.substring(prefix.length + quoteLength, text.length() - quoteLength);
            if (prefix.bytes) {
                anyBytes = true;
                if (!isAscii(body)) {
                    throw ctx.error("bytes can only contain ASCII literal characters", t);
                }
                if (bytes == null) {
                    bytes = new ByteArrayOutputStream();
                }
                try {
                    bytes.writeBytes(EscapeDecoder.decodeBytes(body, prefix.raw));
                } catch (EscapeDecoder.EscapeError e) {
                    throw ctx.errorAfter(e.getMessage(), last);
                }
                continue;
            }
            anyText = true;
            if (prefix.fstring) {
                anyF = true;
                FStringParser.parse(body, prefix.raw, t.getLine(),
                        t.getCharPositionInLine() + prefix.length + quoteLength, expressions, errorSite, pos,
                        Positions.of(t), parts);
            } else if (prefix.raw) {
                parts.add(body);
            } else {
                try {
                    parts.add(EscapeDecoder.decodeString(body));
                } catch (EscapeDecoder.EscapeError e) {
                    throw ctx.errorAfter(e.getMessage(), last);
                }
            }
        }
        if (anyBytes && anyText) {
            throw ctx.errorAfter("cannot mix bytes and nonbytes literals", last);
        }
        if (anyBytes) {
            return new Constant(new BytesLiteral(bytes.toByteArray()), null, pos);
        }
        if (anyF) {
            return FStringParser.joined(parts, pos);
        }
        // CPython marks the kind only for a lowercase u prefix on the first literal
        String kind = first.getText().charAt(0) == 'u' ? "u" : null;
        if (parts.size() == 1) {
            return new Constant(parts.getFirst(), kind, pos);
        }
        StringBuilder sb = new StringBuilder();
        for (Object part : parts) {
            sb.append((String) part);
        }
        return new Constant(sb.toString(), kind, pos);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
