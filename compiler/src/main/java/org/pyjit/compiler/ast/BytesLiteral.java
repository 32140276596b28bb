package org.pyjit.compiler.ast;

import java.util.Arrays;

/** The value of a bytes literal; equality compares the contents. */
public record BytesLiteral(byte[] bytes) {
    @Override
    public boolean equals(Object o) {
        return o instanceof BytesLiteral other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BytesLiteral" + Arrays.toString(bytes);
    }
}
