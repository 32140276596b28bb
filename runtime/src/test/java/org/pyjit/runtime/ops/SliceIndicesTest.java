package org.pyjit.runtime.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.types.Python3Batch;
import org.pyjit.runtime.types.TypeRegistry;

/** {@link SliceIndices} against CPython's {@code slice.indices} and {@code len(range(*indices))}. */
class SliceIndicesTest {
    private static final Object[] BOUNDS = {PyNone.NONE, 0L, 1L, 3L, 7L, 10L, 11L, -1L, -3L, -10L, -11L,
            new BigInteger("100000000000000000000"), new BigInteger("-100000000000000000000")};
    private static final Object[] STEPS = {PyNone.NONE, 1L, 2L, 3L, -1L, -2L, -4L, 9L, -9L,
            new BigInteger("100000000000000000000"), new BigInteger("-100000000000000000000")};
    private static final long[] LENGTHS = {0, 1, 5, 10};

    private static String py(Object o) {
        return o == PyNone.NONE ? "None" : o.toString();
    }

    @Test
    void matchesCPythonOverAGrid() {
        TypeRegistry.bootstrap();
        StringBuilder script = new StringBuilder();
        List<String> actual = new ArrayList<>();
        for (Object a : BOUNDS) for (Object b : BOUNDS) for (Object c : STEPS) for (long n : LENGTHS) {
            script.append("i=slice(").append(py(a)).append(',').append(py(b)).append(',').append(py(c))
                    .append(").indices(").append(n).append(");print(*i, len(range(*i)))\n");
            SliceIndices s = SliceIndices.of(new PySlice(a, b, c), n);
            long start = s.start(), stop = s.stop();
            actual.add(start + " " + stop + " " + s.step() + " " + s.length());
        }
        List<String> expected = Python3Batch.run(script.toString());
        // slice.indices reports the clamped step of CPython too; compare the selected positions
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            String[] e = expected.get(i).split(" "), g = actual.get(i).split(" ");
            assertEquals(e[3], g[3], "length, case " + i);
            if (!e[3].equals("0")) {
                assertEquals(e[0], g[0], "start, case " + i);
                assertEquals(new BigInteger(e[2]).signum(), Long.signum(Long.parseLong(g[2])), "step sign, case " + i);
            }
        }
    }

    @Test
    void zeroStepAndBadTypes() {
        TypeRegistry.bootstrap();
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.pyjit.runtime.exceptions.PyException.class,
                () -> SliceIndices.of(new PySlice(PyNone.NONE, PyNone.NONE, 0L), 3));
        assertEquals("ValueError: slice step cannot be zero", describe(e));
        e = org.junit.jupiter.api.Assertions.assertThrows(org.pyjit.runtime.exceptions.PyException.class,
                () -> SliceIndices.of(new PySlice("a", PyNone.NONE, PyNone.NONE), 3));
        assertEquals("TypeError: slice indices must be integers or None or have an __index__ method", describe(e));
    }

    static String describe(org.pyjit.runtime.exceptions.PyException e) {
        return e.value.type.name + ": " + Ops.str(e.value.args.items[0]);
    }
}
