package org.pyjit.runtime.types.format;

import org.pyjit.runtime.exceptions.Errors;

/**
 * Splits a {@code str.format} template into chunks of literal text, each optionally followed by a
 * replacement field {@code {name!conv:spec}}, lazily (so errors surface where CPython raises them).
 * Also what {@code _string.formatter_parser} needs.
 */
public final class MarkupParser {
    /**
     * One chunk: literal text, then the field's parts when {@code fieldPresent} ({@code conversion} 0
     * when none; {@code specNeedsExpanding} when the spec contains nested fields).
     */
    public record Chunk(String literal, boolean fieldPresent, String fieldName, String spec, int conversion,
            boolean specNeedsExpanding) {}

    private final String s;
    private int pos;
    private final int end;

    public MarkupParser(String s) {
        this(s, 0, s.length());
    }

    MarkupParser(String s, int start, int end) {
        this.s = s;
        this.pos = start;
        this.end = end;
    }

    /** The next chunk, or null at the end. */
    public Chunk next() {
        if (pos >= end) return null;
        int start = pos;
        char c = 0;
        boolean markup = false;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        boolean atEnd = pos >= end;
        int len = pos - start;
        if (markup && c == '}' && (atEnd || s.charAt(pos) != '}')) {
            throw Errors.valueError("Single '}' encountered in format string");
        }
        if (markup && atEnd && c == '{') throw Errors.valueError("Single '{' encountered in format string");
        if (markup && !atEnd) {
            if (s.charAt(pos) == c) { // escaped brace: literal up to and including one brace
                pos++;
                markup = false;
            } else {
                len--;
            }
        }
        String literal = s.substring(start, start + len);
        if (!markup) return new Chunk(literal, false, null, null, 0, false);
        return parseField(literal);
    }

    private Chunk parseField(String literal) {
        int nameStart = pos;
        char c = 0;
        while (pos < end) {
            c = s.charAt(pos++);
            if (c == '{') throw Errors.valueError("unexpected '{' in field name");
            if (c == '[') {
                while (pos < end && s.charAt(pos) != ']') pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        String name = s.substring(nameStart, Math.max(nameStart, pos - 1));
        if (c == '!' || c == ':') {
            int conversion = 0;
            if (c == '!') {
                if (pos >= end) throw Errors.valueError("end of string while looking for conversion specifier");
                conversion = s.codePointAt(pos);
                pos += Character.charCount(conversion);
                if (pos < end) {
                    char d = s.charAt(pos++);
                    if (d == '}') return new Chunk(literal, true, name, "", conversion, false);
                    if (d != ':') throw Errors.valueError("expected ':' after conversion specifier");
                }
            }
            int specStart = pos;
            int count = 1;
            boolean expand = false;
            while (pos < end) {
                char d = s.charAt(pos++);
                if (d == '{') {
                    expand = true;
                    count++;
                } else if (d == '}' && --count == 0) {
                    return new Chunk(literal, true, name, s.substring(specStart, pos - 1), conversion, expand);
                }
            }
            throw Errors.valueError("unmatched '{' in format spec");
        }
        if (c != '}' || pos > end) throw Errors.valueError("expected '}' before end of string");
        return new Chunk(literal, true, name, "", 0, false);
    }
}
