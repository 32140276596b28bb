package org.pyjit.runtime.nativecode;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.pyjit.compiler.llvm.NativeAbi;

/**
 * A thread's context block for native code ({@link NativeAbi}): call depth and its limit, the
 * deoptimization write cursor, the result, the argument area, and the area records are written to.
 */
final class NativeContext {
    /** Room for deoptimization records: bounds how deep native code may recurse (with the recursion limit). */
    static final long DEOPT_BYTES = 8L << 20;
    private static final ThreadLocal<NativeContext> CURRENT = ThreadLocal.withInitial(NativeContext::new);
    /** Every thread's context, so that a request to leave native code reaches the code running in each. */
    private static final java.util.Set<NativeContext> ALL =
            java.util.Collections.newSetFromMap(new java.util.concurrent.ConcurrentHashMap<>());
    private static final java.lang.invoke.VarHandle LONG_AT = JAVA_LONG.varHandle();

    static {
        org.pyjit.runtime.interpreter.GlobalInterpreterLock.onSwitchRequest(NativeContext::interruptAll);
    }

    final MemorySegment block;
    final MemorySegment records;
    /** Objects native code holds without looking at them ({@code TAG_OPAQUE}), by index, for the current call. */
    private Object[] handles = new Object[16];
    private int handleCount;

    private NativeContext() {
        block = Arena.ofAuto().allocate(NativeAbi.CTX_ARGS + NativeAbi.CTX_ARGS_BYTES, 16);
        records = zeroedNative(DEOPT_BYTES, 16);
        ALL.add(this);
    }

    /**
     * Native memory freed with its segment, zeroed by {@code memset}: {@code Arena.allocate} zeroes
     * with a Java loop of 8-byte stores, which the JVM interprets at start-up (1M iterations for the
     * deoptimization area took ~100 ms of every run that entered native code).
     */
    private static MemorySegment zeroedNative(long bytes, long alignment) {
        MemorySegment s = MemorySegment.ofBuffer(java.nio.ByteBuffer.allocateDirect((int) (bytes + alignment)));
        long pad = (alignment - s.address() % alignment) % alignment;
        return s.asSlice(pad, bytes);
    }

    static NativeContext current() {
        return CURRENT.get();
    }

    /** A handle for an object native code passes around untouched. */
    long handle(Object o) {
        if (handleCount == handles.length) handles = java.util.Arrays.copyOf(handles, handleCount * 2);
        handles[handleCount] = o;
        return handleCount++;
    }

    Object handleValue(long index) {
        return handles[(int) index];
    }

    /** Forgets the current call's handles (so they do not keep objects alive). */
    void releaseHandles() {
        java.util.Arrays.fill(handles, 0, handleCount, null);
        handleCount = 0;
    }

    /** The payload word for a value passed to native code: its bits, or a handle for an opaque object. */
    long word(Object v) {
        return NativeValues.tagOf(v) == NativeAbi.TAG_OPAQUE ? handle(v) : NativeValues.bitsOf(v);
    }

    /**
     * Makes native code running on any thread leave at its next loop header or call (a negative depth
     * limit fails both checks), so the interpreter's check point serves the request.
     */
    static void interruptAll() {
        for (NativeContext c : ALL) LONG_AT.setVolatile(c.block, (long) NativeAbi.CTX_DEPTH_LIMIT, -1L);
    }

    /** Whether the code that just returned was asked to leave ({@link #interruptAll}): not a failed guard. */
    boolean interrupted() {
        return (long) LONG_AT.getVolatile(block, (long) NativeAbi.CTX_DEPTH_LIMIT) < 0;
    }

    /** Resets depth and the record cursor before a call from Java. */
    void prepare(long depthLimit) {
        block.set(JAVA_LONG, NativeAbi.CTX_DEPTH, 0L);
        // a request that came before this call still stands: the code leaves at once
        LONG_AT.setVolatile(block, (long) NativeAbi.CTX_DEPTH_LIMIT,
                org.pyjit.runtime.interpreter.GlobalInterpreterLock.switchRequested ? -1L : depthLimit);
        block.set(JAVA_LONG, NativeAbi.CTX_DEOPT_CURSOR, records.address());
    }

    void argument(int index, long bits) {
        block.set(JAVA_LONG, NativeAbi.CTX_ARGS + 8L * index, bits);
    }

    /** Word {@code index} of the argument area (OSR frames use four words per register). */
    void argumentWord(long index, long value) {
        block.set(JAVA_LONG, NativeAbi.CTX_ARGS + 8L * index, value);
    }

    long result() {
        return block.get(JAVA_LONG, NativeAbi.CTX_RESULT);
    }

    /** Bytes of records written since {@link #prepare}. */
    long recordBytes() {
        return block.get(JAVA_LONG, NativeAbi.CTX_DEOPT_CURSOR) - records.address();
    }
}
