package org.pyjit.compiler.parser;

import java.nio.charset.StandardCharsets;

/**
 * Renders a {@link SyntaxErrorException} exactly as CPython 3.11 prints an uncaught SyntaxError
 * of a script: the file and line, the stripped source line, a caret line ({@code ^} repeated over
 * the error's range for SyntaxError itself, a single one for its subclasses) and
 * {@code Kind: message}. Like CPython, the caret arithmetic works on the UTF-8 bytes of the line.
 */
public final class SyntaxErrorFormatter {
    private SyntaxErrorFormatter() {
    }

    /** The text CPython writes to stderr for this error, ending with a line break. */
    public static String format(SyntaxErrorException e) {
        StringBuilder out = new StringBuilder();
        if (e.lineno() < 0) {
            // no location (source decoding errors): CPython prints the message alone
            return out.append(e.kind()).append(": ").append(e.getMessage()).append('\n').toString();
        }
        String filename = e.filename() != null ? e.filename() : "<string>";
        out.append("  File \"").append(filename).append("\", line ").append(e.lineno()).append('\n');
        if (e.text() != null) {
            long offset = e.offset();
            long endOffset = e.endOffset();
            long endLineno = e.endLineno();
            if (!e.kind().equals("SyntaxError")) {
                // CPython ignores the end of the range for SyntaxError's subclasses
                endLineno = e.lineno();
                endOffset = -1;
            }
            byte[] text = e.text().getBytes(StandardCharsets.UTF_8);
            if (endLineno > e.lineno()) {
                endOffset = text.length;
            }
            if (endOffset > text.length + 1) {
                endOffset = text.length + 1;
            }
            errorText(out, offset, endOffset, text);
        }
        out.append(e.kind());
        if (!e.getMessage().isEmpty()) {
            out.append(": ").append(e.getMessage());
        }
        return out.append('\n').toString();
    }

    private static void errorText(StringBuilder out, long offset, long endOffset, byte[] text) {
        long carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < text.length && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
            start++;
            offset--;
        }
        int len = text.length - start;
        if (len > 0 && text[text.length - 1] == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        while (true) {
            int nl = indexOf(text, (byte) '\n', start);
            if (nl < 0) {
                break;
            }
            int inLine = nl - start;
            if (inLine >= offset) {
                break;
            }
            inLine++;
            start += inLine;
            len -= inLine;
            offset -= inLine;
        }
        out.append("    ").append(new String(text, start, text.length - start, StandardCharsets.UTF_8));
        if (start + len >= text.length || text[start + len] != '\n') {
            out.append('\n');
        }
        if (offset < 0) {
            return;
        }
        out.append("    ").append(" ".repeat((int) offset)).append("^".repeat((int) carets)).append('\n');
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
