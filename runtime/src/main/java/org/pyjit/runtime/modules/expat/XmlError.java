package org.pyjit.runtime.modules.expat;

/** A well-formedness error with expat's code and the position expat reports for it. */
final class XmlError extends RuntimeException {
    final int code;
    final int line;
    final int column;
    final long byteIndex;

    XmlError(int code, int line, int column, long byteIndex) {
        super(ExpatErrors.message(code), null, false, false);
        this.code = code;
        this.line = line;
        this.column = column;
        this.byteIndex = byteIndex;
    }
}
