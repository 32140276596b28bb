package org.pyjit.objcache;

import java.util.Arrays;

/** A key digest usable as a map key (arrays compare by identity). */
record Digest(byte[] bytes) {
    @Override
    public boolean equals(Object other) {
        return other instanceof Digest that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return HexFormatting.hex(bytes);
    }
}
