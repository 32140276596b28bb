package org.pyjit.objcache;

import java.util.List;
import java.util.Objects;

/**
 * What a caller tells the cache about an object it stores, kept in the value's header.
 *
 * @param label             a human-readable name for listings, e.g. {@code module.function(int, float)}
 * @param compileTimeMicros how long compiling the object took; a hit saves this much
 * @param definedSymbols    the symbol names the object defines
 * @param neededSymbols     the symbol names the object needs bound before it can run
 */
public record ObjectMetadata(String label, long compileTimeMicros, List<String> definedSymbols, List<String> neededSymbols) {

    /** Copies the lists and rejects nulls and negative times. */
    public ObjectMetadata {
        Objects.requireNonNull(label, "label");
        if (compileTimeMicros < 0) {
            throw new IllegalArgumentException("compile time cannot be negative: " + compileTimeMicros);
        }
        definedSymbols = List.copyOf(definedSymbols);
        neededSymbols = List.copyOf(neededSymbols);
    }

    /** Metadata with a label and a compile time and no symbols (class files, bytecode). */
    public static ObjectMetadata of(String label, long compileTimeMicros) {
        return new ObjectMetadata(label, compileTimeMicros, List.of(), List.of());
    }
}
