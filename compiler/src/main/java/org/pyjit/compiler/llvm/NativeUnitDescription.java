package org.pyjit.compiler.llvm;

import java.util.List;
import org.pyjit.compiler.bytecode.CodeObject;

/**
 * A lowered native unit as the runtime needs it: the IR text (the cache key's input), the symbols
 * the object defines and needs, and what the deoptimization records refer to.
 *
 * @param irText         the unoptimized module, byte-identical for the same program in every run; null when the
 *                       unit was described from its plan for a cached object, without building IR
 * @param entrySymbol    {@code i64 entry(ctx)}: calls the root with the context's arguments
 * @param osrEntries     entries at the root's loop headers
 * @param functions      the unit's functions by index (the index in deoptimization records)
 * @param objects        the run-time objects behind object tags ({@code TAG_OBJECT_BASE + i})
 * @param guards         guard tokens; cell {@code i} is the symbol {@link NativeUnitCompiler#guardSymbol(int)}
 * @param libmFunctions  C library functions the code calls, each through {@code pyjit_rt_libm_NAME}
 * @param maxRecordBytes the largest deoptimization record any function writes
 * @param recordLayout   what the deoptimization records hold
 */
public record NativeUnitDescription(
        String irText,
        String entrySymbol,
        List<OsrEntry> osrEntries,
        List<Function> functions,
        List<Object> objects,
        List<Object> guards,
        List<String> libmFunctions,
        int maxRecordBytes,
        DeoptRecordLayout recordLayout) {

    /**
     * One function of the unit.
     *
     * @param code          its code
     * @param value         the function object (null for a root no code of the unit refers to)
     * @param argumentKinds the kinds it is specialized for
     */
    public record Function(CodeObject code, Object value, List<ValueKind> argumentKinds) {}

    /**
     * An OSR entry of the root at a loop header.
     *
     * @param pc           the loop header's offset
     * @param symbol       {@code i64 osr(ctx)} reading the frame from the context's argument area
     * @param expectedTags per register: the tag it must have, or -1 for any
     */
    public record OsrEntry(int pc, String symbol, int[] expectedTags) {}

    /** Every symbol the object needs bound before it can run. */
    public List<String> neededSymbols() {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < guards.size(); i++) names.add(NativeUnitCompiler.guardSymbol(i));
        for (String f : libmFunctions) names.add(NativeUnitCompiler.LIBM_PREFIX + f);
        return names;
    }

    /** Every symbol the object defines for the runtime. */
    public List<String> definedSymbols() {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        names.add(entrySymbol);
        for (OsrEntry e : osrEntries) names.add(e.symbol());
        return names;
    }
}
