package org.pyjit.runtime.nativecode;

import java.lang.invoke.MethodHandle;
import java.util.Map;
import org.pyjit.compiler.llvm.NativeUnitDescription;

/**
 * A linked native unit: its description, the downcall handles of its entries, and the signature
 * (argument tags, three bits each) it was specialized for.
 */
final class LoadedUnit {
    final NativeUnitDescription description;
    final long signature;
    final MethodHandle entry;
    /** OSR entries by loop-header offset. */
    final Map<Integer, Osr> osr;
    /** Calls and OSR entries into this unit, and how many of them deoptimized (for the recompile policy). */
    long entries;
    long deopts;
    /** {@link #maxDepthForRecords}, computed once: every call from Java reads it. */
    private final long maxDepth;

    /** An OSR entry with its handle. */
    record Osr(NativeUnitDescription.OsrEntry entry, MethodHandle handle) {}

    LoadedUnit(NativeUnitDescription description, long signature, MethodHandle entry, Map<Integer, Osr> osr) {
        this.description = description;
        this.signature = signature;
        this.entry = entry;
        this.osr = osr;
        this.maxDepth = NativeContext.DEOPT_BYTES / Math.max(1, description.maxRecordBytes());
    }

    /** How deep native code may recurse before its records would overflow the context's record area. */
    long maxDepthForRecords() {
        return maxDepth;
    }
}
