package org.pyjit.runtime.ops;

import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyType;

/** The iterator {@code iter()} makes for objects that only have {@code __getitem__}. */
final class SequenceIterator extends PyIterator {
    static final PyType TYPE = PyIterator.makeType("iterator");

    private Object seq;
    private long index;

    SequenceIterator(Object seq) {
        super(TYPE);
        this.seq = seq;
    }

    @Override
    public Object next() {
        if (seq == null) return null;
        try {
            return Ops.getItem(seq, index++);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.INDEX_ERROR) || e.value.type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }
}
