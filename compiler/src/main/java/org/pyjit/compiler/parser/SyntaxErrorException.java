package org.pyjit.compiler.parser;

/**
 * A Python {@code SyntaxError} (or its subclasses {@code IndentationError} and {@code TabError})
 * found while parsing, with the attributes CPython's SyntaxError carries. Offsets are 1-based
 * columns counted in code points, as CPython's {@code SyntaxError.offset}; {@code endOffset} may be
 * 0 or -1 where CPython leaves it unset.
 */
public final class SyntaxErrorException extends RuntimeException {
    private final String kind;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final String text;
    private final int endLineno;
    private final int endOffset;
    /** Set once an f-string replacement field has prefixed the message with "f-string: ". */
    private boolean fstringReported;
    /** Errors of CPython's tokenizer proper count characters even for sources read from files. */
    private boolean fromTokenizer;

    /** Creates an error; {@code kind} is "SyntaxError", "IndentationError" or "TabError". */
    public SyntaxErrorException(String kind, String message, String filename, int lineno, int offset,
                                String text, int endLineno, int endOffset) {
        super(message, null, false, false);
        this.kind = kind;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    /** The Python exception class name: SyntaxError, IndentationError or TabError. */
    public String kind() {
        return kind;
    }

    /** The message without location, as {@code SyntaxError.msg}. */
    public String message() {
        return getMessage();
    }

    /** The file name given to the parser. */
    public String filename() {
        return filename;
    }

    /** The 1-based line of the error; -1 for errors without location (source decoding). */
    public int lineno() {
        return lineno;
    }

    /** The 1-based column of the error in code points. */
    public int offset() {
        return offset;
    }

    /** The source line of the error (without its line break), or null if unknown. */
    public String text() {
        return text;
    }

    /** The 1-based line where the error's range ends. */
    public int endLineno() {
        return endLineno;
    }

    /** The 1-based column just past the error's range; 0 or -1 when CPython leaves it unset. */
    public int endOffset() {
        return endOffset;
    }

    /**
     * The same error with the offsets CPython reports when it parsed the source from a file (a
     * script, an imported module) instead of from a str: its parser then counts columns in UTF-8
     * bytes, while its tokenizer's own errors still count characters. This instance (for
     * {@code compile()} and {@code exec()} of a str) counts characters.
     */
    public SyntaxErrorException forFileSource() {
        if (fromTokenizer || text == null) {
            return this;
        }
        int byteOffset = toBytes(text, offset);
        int byteEnd = endLineno == lineno && endOffset > 0 ? toBytes(text, endOffset) : endOffset;
        if (byteOffset == offset && byteEnd == endOffset) {
            return this;
        }
        SyntaxErrorException converted = new SyntaxErrorException(kind, getMessage(), filename, lineno, byteOffset,
                text, endLineno, byteEnd);
        converted.fstringReported = fstringReported;
        converted.fromTokenizer = true; // already converted
        return converted;
    }

    /** A 1-based column in code points as a 1-based column in UTF-8 bytes of {@code line}. */
    private static int toBytes(String line, int column) {
        if (column <= 1) {
            return column;
        }
        int chars = column - 1;
        int available = line.codePointCount(0, line.length());
        int prefixEnd = line.offsetByCodePoints(0, Math.min(chars, available));
        int bytes = line.substring(0, prefixEnd).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return bytes + Math.max(0, chars - available) + 1;
    }

    SyntaxErrorException markFromTokenizer() {
        fromTokenizer = true;
        return this;
    }

    boolean fstringReported() {
        return fstringReported;
    }

    SyntaxErrorException markFStringReported() {
        fstringReported = true;
        return this;
    }

    @Override
    public String toString() {
        return kind + ": " + getMessage() + " (" + filename + ", line " + lineno + ")";
    }
}
