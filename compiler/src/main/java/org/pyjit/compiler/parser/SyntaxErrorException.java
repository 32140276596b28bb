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

    /** The 1-based line of the error. */
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
