package org.pyjit.runtime.types.string;

import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * A str being built by a loop's {@code s += piece} ({@code STR_APPEND}): the text so far in a
 * growable buffer, so each append copies only the piece, as CPython's in-place resize of an
 * unshared str does. It lives only in a local that nothing in the loop reads and is turned back
 * into a str ({@code STR_SEAL}) where the loop is left, or when something inspects the frame's
 * locals; no Python code ever sees one.
 */
public final class StrAccumulator extends PyObject {
    static final PyType TYPE = BuiltinTypes.make("str_accumulator", BuiltinTypes.OBJECT);

    private final StringBuilder text;

    private StrAccumulator(String a, String b) {
        super(TYPE);
        text = new StringBuilder(Math.max(16, 2 * (a.length() + b.length()))).append(a).append(b);
    }

    /** {@code current += value} for STR_APPEND: appends in place when both are str. */
    public static Object append(Object current, Object value) {
        if (value instanceof String piece) {
            if (current instanceof StrAccumulator acc) {
                acc.text.append(piece);
                return acc;
            }
            if (current instanceof String s) return new StrAccumulator(s, piece);
        }
        return Ops.inplace(seal(current), value, BinaryOp.ADD);
    }

    /** Whether {@link #append} extends text in place for these operands (a str or buffer, and a str). */
    public static boolean appendsText(Object current, Object value) {
        return value instanceof String && (current instanceof String || current instanceof StrAccumulator);
    }

    /** The str a local holds: a buffer's text, any other value unchanged (null for unbound). */
    public static Object seal(Object value) {
        return value instanceof StrAccumulator acc ? acc.text.toString() : value;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
