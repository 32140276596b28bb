package org.pyjit.runtime.modules.pickle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.testutil.Py;

/** Qualified names: dotted paths, and the refusal of local objects (CPython's AttributeError text). */
class PickleGlobalsTest {
    @Test
    void splitsNestedQualifiedNames() {
        assertArrayEquals(new String[] {"Outer", "Inner", "method"}, PickleGlobals.dottedPath("Outer.Inner.method", null));
    }

    @Test
    void refusesLocalObjects() {
        Py.boot();
        PyException e = assertThrows(PyException.class, () -> PickleGlobals.dottedPath("f.<locals>.g", null));
        assertEquals("AttributeError", e.value.type.name);
        assertEquals("Can't pickle local object 'f.<locals>.g'", Ops.str(e.value));
    }
}
