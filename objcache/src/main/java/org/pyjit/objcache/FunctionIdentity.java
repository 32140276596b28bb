package org.pyjit.objcache;

import java.util.Arrays;
import java.util.Objects;

/**
 * Identifies a function across runs for the profile store: its module, its qualified name and a
 * hash of its bytecode, so an edited function starts a fresh profile.
 *
 * @param module        the module's name, e.g. {@code json.decoder}
 * @param qualifiedName the function's qualified name, e.g. {@code JSONDecoder.decode}
 * @param bytecodeHash  a hash of the function's bytecode (at most 64 bytes); copied in and out
 */
public record FunctionIdentity(String module, String qualifiedName, byte[] bytecodeHash) {

    /** Rejects nulls and over-long hashes; copies the hash. */
    public FunctionIdentity {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        if (bytecodeHash.length > 64) {
            throw new IllegalArgumentException("a bytecode hash has at most 64 bytes");
        }
        bytecodeHash = bytecodeHash.clone();
    }

    /** A copy of the bytecode hash. */
    @Override
    public byte[] bytecodeHash() {
        return bytecodeHash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FunctionIdentity that && module.equals(that.module)
                && qualifiedName.equals(that.qualifiedName) && Arrays.equals(bytecodeHash, that.bytecodeHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(module, qualifiedName, Arrays.hashCode(bytecodeHash));
    }

    @Override
    public String toString() {
        return module + "." + qualifiedName + "@" + HexFormatting.hex(bytecodeHash);
    }
}
