package org.pyjit.compiler.bytecode;

import java.util.Arrays;

/**
 * One compiled function, class body or module: a contiguous instruction array over virtual
 * registers, its constant pool and names, a position table and an exception table.
 *
 * <p>Register layout: {@code [0, varnames.length)} the local variables (parameters first),
 * then one register per cell variable, then one per free variable, then temporaries, up to
 * {@link #registerCount}.
 */
public final class CodeObject {
    /** co_flags bits, with CPython's values. */
    public static final int OPTIMIZED = 0x1, NEWLOCALS = 0x2, VARARGS = 0x4, VARKEYWORDS = 0x8, NESTED = 0x10,
            GENERATOR = 0x20, COROUTINE = 0x80, ITERABLE_COROUTINE = 0x100, ASYNC_GENERATOR = 0x200;

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineno;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    /** Names used by global, attribute and import instructions. */
    public final String[] names;
    /** Constants: Long, BigInteger, Double, String, Boolean, byte[] wrappers, nested CodeObjects, tuples of constants. */
    public final Object[] consts;
    public final int registerCount;
    public final int[] code;
    /** Sorted instruction offsets that have a position entry. */
    private final int[] positionPcs;
    /** Four words per entry: line, column, end line, end column (columns in code points, 0-based, -1 unknown). */
    private final int[] positions;
    /** Four words per entry: start, end (exclusive), handler offset, register receiving the exception. Innermost first. */
    public final int[] exceptionTable;
    /** For each cell variable, the parameter register it is initialized from, or -1. */
    public final int[] cellParameters;
    /** Doc string, or null. */
    public final String doc;
    /** The runtime's materialized constants (filled lazily by the runtime; opaque to the compiler). */
    public volatile Object[] runtimeConstants;
    /** Per-code counters and tier state owned by the runtime (opaque to the compiler). */
    public volatile Object runtimeState;
    /** The native tier's per-code state, owned by the runtime (opaque to the compiler); apart from {@link #runtimeState}. */
    public volatile Object nativeState;

    public CodeObject(String name, String qualname, String filename, int firstLineno, int argcount, int posonlyargcount,
                      int kwonlyargcount, int flags, String[] varnames, String[] cellvars, String[] freevars, String[] names,
                      Object[] consts, int registerCount, int[] code, int[] positionPcs, int[] positions,
                      int[] exceptionTable, int[] cellParameters, String doc) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineno = firstLineno;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.names = names;
        this.consts = consts;
        this.registerCount = registerCount;
        this.code = code;
        this.positionPcs = positionPcs;
        this.positions = positions;
        this.exceptionTable = exceptionTable;
        this.cellParameters = cellParameters;
        this.doc = doc;
    }

    /** The position table's instruction offsets (a copy), for serialization. */
    public int[] positionPcs() {
        return positionPcs.clone();
    }

    /** The position table's data, four words per entry (a copy), for serialization. */
    public int[] positionData() {
        return positions.clone();
    }

    public int firstCellRegister() {
        return varnames.length;
    }

    public int firstFreeRegister() {
        return varnames.length + cellvars.length;
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    private int positionIndex(int pc) {
        int i = Arrays.binarySearch(positionPcs, pc);
        if (i < 0) i = -i - 2;
        return i;
    }

    /** Whether the instruction at {@code pc} has its own position entry (else it shares the preceding one's). */
    public boolean hasOwnPosition(int pc) {
        return Arrays.binarySearch(positionPcs, pc) >= 0;
    }

    /** Source line of the instruction at {@code pc} (the closest preceding entry), or firstLineno. */
    public int lineAt(int pc) {
        int i = positionIndex(pc);
        return i < 0 ? firstLineno : positions[i * 4];
    }

    /** {line, col, endLine, endCol} of the instruction at {@code pc}, or null when unknown. */
    public int[] positionAt(int pc) {
        int i = positionIndex(pc);
        if (i < 0) return null;
        return Arrays.copyOfRange(positions, i * 4, i * 4 + 4);
    }

    /** The handler entry (index into {@link #exceptionTable} / 4) covering {@code pc}, or -1. */
    public int handlerFor(int pc) {
        int[] t = exceptionTable;
        for (int i = 0; i < t.length; i += 4) {
            if (pc >= t[i] && pc < t[i + 1]) return i / 4;
        }
        return -1;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLineno + ">";
    }
}
