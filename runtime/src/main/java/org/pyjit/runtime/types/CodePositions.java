package org.pyjit.runtime.types;

import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;

/**
 * The iterator {@code code.co_positions()} returns: one {@code (lineno, end_lineno, col_offset,
 * end_col_offset)} per instruction word, so that entry {@code tb_lasti // 2} (CPython's byte
 * offsets, which pyjit reports as twice the word offset) is the position of the instruction that
 * raised, as the {@code traceback} module looks it up. Columns count code points.
 */
final class CodePositions extends PyIterator {
    static final PyType TYPE = PyIterator.makeType("positions_iterator");

    private final CodeObject code;
    private int pc;

    CodePositions(CodeObject code) {
        super(TYPE);
        this.code = code;
    }

    @Override
    public Object next() {
        if (pc >= code.code.length) return null;
        int[] p = code.positionAt(pc++);
        if (p == null) return new PyTuple(new Object[] {PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE});
        return new PyTuple(new Object[] {(long) p[0], (long) p[2], (long) p[1], (long) p[3]});
    }
}
