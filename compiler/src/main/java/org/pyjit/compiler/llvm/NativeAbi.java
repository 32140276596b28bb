package org.pyjit.compiler.llvm;

/**
 * The contract between generated native code and the runtime that calls it: value tags, the
 * per-thread context block, and the deoptimization record format. Changing anything here must
 * change {@link #ABI_ID}, which is part of every cache key.
 *
 * <p>Context block (one per thread, 8-byte words): call depth, depth limit, deopt write cursor,
 * result bits, then the argument area (entry arguments or an OSR frame).
 *
 * <p>A deoptimization record: one header word ({@link #recordHeader}: function index, bytecode offset,
 * mode), then per live register what {@link DeoptRecordLayout} lists: its tag word when the tag is
 * only known at run time, and its payload words (registers not listed are empty). Native frames
 * append records innermost first and return {@link #TAG_DEOPT}. An OSR
 * frame in the argument area has four words per register: tag and payload.
 */
public final class NativeAbi {
    private NativeAbi() {}

    /** Bumped whenever the layout or the meaning of generated code changes. */
    public static final String ABI_ID = "pyjit-native-abi-4";

    /** Register tags: empty (unbound) register. */
    public static final int TAG_UNBOUND = 0;
    public static final int TAG_INT = 1;
    public static final int TAG_FLOAT = 2;
    public static final int TAG_BOOL = 3;
    public static final int TAG_NONE = 4;
    /** A {@code range}: start, stop, step. */
    public static final int TAG_RANGE = 5;
    /** A range iterator: next value, step, remaining count (unsigned). */
    public static final int TAG_RANGE_ITER = 6;
    /** Any other object: the payload is an index into the runtime's handle table for this call. */
    public static final int TAG_OPAQUE = 7;
    /** Tags from here on: the unit's object table entry {@code tag - TAG_OBJECT_BASE}. */
    public static final int TAG_OBJECT_BASE = 16;
    /** Returned instead of a value tag when the call deoptimized. */
    public static final long TAG_DEOPT = -1;

    public static final int CTX_DEPTH = 0;
    public static final int CTX_DEPTH_LIMIT = 8;
    public static final int CTX_DEOPT_CURSOR = 16;
    public static final int CTX_RESULT = 24;
    public static final int CTX_ARGS = 32;
    /** Bytes of the argument area: room for an OSR frame of {@link #MAX_REGISTERS} registers. */
    public static final int CTX_ARGS_BYTES = 4 * 8 * 256;
    public static final int MAX_REGISTERS = 256;

    public static final int RECORD_HEADER_WORDS = 1;
    /** The most words a register takes in a record: a tag and three payload words. */
    public static final int MAX_WORDS_PER_REGISTER = 4;
    /** Record mode: resume the interpreter at the recorded offset. */
    public static final int MODE_AT = 0;
    /** Record mode: the recorded offset is a call whose callee deoptimized; its result goes to the call's target register. */
    public static final int MODE_AFTER_CALL = 1;

    /** Bytes of the largest record of a function with {@code registers} registers. */
    public static int recordBytes(int registers) {
        return 8 * (RECORD_HEADER_WORDS + MAX_WORDS_PER_REGISTER * registers);
    }

    /** A record's header word: the function index in the high half, the offset and the mode bit in the low half. */
    public static long recordHeader(int function, int pc, int mode) {
        return ((long) function << 32) | ((long) pc << 1) | mode;
    }

    /** The function index of a record header. */
    public static int headerFunction(long header) {
        return (int) (header >>> 32);
    }

    /** The bytecode offset of a record header. */
    public static int headerPc(long header) {
        return (int) (header & 0xFFFF_FFFFL) >>> 1;
    }

    /** The mode of a record header. */
    public static int headerMode(long header) {
        return (int) (header & 1);
    }
}
