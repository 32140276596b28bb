package org.pyjit.runtime.types;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyComplex;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/**
 * Calls every method of int, bool, float, complex and str with receivers and arguments of many
 * types and counts: each call must return a Python value or raise a Python exception, never
 * leak a Java exception (ClassCastException, ArithmeticException, …).
 */
class NoJavaExceptionsTest {
    private static final Object[] POOL = {0L, -1L, 3L, 64L, BigInteger.ONE.shiftLeft(70), 1.5, -0.0, Double.NaN,
        Double.POSITIVE_INFINITY, "", "ab", "\ud83d\ude00x", " -12 ", "{0}", "%s", PyNone.NONE, true, PyTuple.EMPTY,
        PyTuple.of("a", 1L), new PyList(), new PyDict(), new PyComplex(1, -2), new PyBytes(new byte[] {49, 50}),
        new PySlice(1L, PyNone.NONE, -1L), BuiltinTypes.INT};

    @Test
    void everyMethodRaisesOnlyPythonExceptions() {
        TypeRegistry.bootstrap();
        PyType[] types = {BuiltinTypes.INT, BuiltinTypes.BOOL, BuiltinTypes.FLOAT, BuiltinTypes.COMPLEX, BuiltinTypes.STR};
        Object[][] receivers = {{0L, 7L, -5L, BigInteger.TEN.pow(30)}, {true, false}, {0.0, -2.5, Double.NaN, 1e300},
            {new PyComplex(0, 0), new PyComplex(1.5, -2)}, {"", "Hello", "\ud83d\ude00 x\ty"}};
        List<String> leaks = new ArrayList<>();
        int calls = 0;
        for (int ti = 0; ti < types.length; ti++) {
            PyType t = types[ti];
            List<String> names = new ArrayList<>();
            for (int e = t.namespace.nextEntry(0); e >= 0; e = t.namespace.nextEntry(e + 1)) names.add((String) t.namespace.keyAt(e));
            for (String name : names) {
                if (name.equals("__new__")) continue;
                for (Object recv : receivers[ti]) {
                    for (int nargs = 0; nargs <= 3; nargs++) {
                        for (int k = 0; k < POOL.length; k++) {
                            Object[] args = new Object[nargs];
                            for (int j = 0; j < nargs; j++) args[j] = POOL[(k + 7 * j) % POOL.length];
                            calls++;
                            String leak = attempt(recv, name, args);
                            if (leak != null && leaks.size() < 50) leaks.add(leak);
                            if (nargs == 0) break;
                        }
                    }
                }
            }
            for (Object recv : receivers[ti]) {
                for (int nargs = 0; nargs <= 3; nargs++) {
                    for (int k = 0; k < POOL.length; k++) {
                        Object[] args = new Object[nargs + 1];
                        args[0] = t;
                        for (int j = 0; j < nargs; j++) args[j + 1] = POOL[(k + 5 * j) % POOL.length];
                        calls++;
                        try {
                            Ops.call(t.namespace.getStr("__new__"), args);
                        } catch (PyException e) {
                            // a Python exception is a fine outcome
                        } catch (RuntimeException | StackOverflowError e) {
                            if (leaks.size() < 50) leaks.add(t.name + ".__new__" + java.util.Arrays.toString(args) + " -> " + e);
                        }
                        if (nargs == 0) break;
                    }
                }
            }
        }
        assertTrue(calls > 10_000, "only " + calls + " calls");
        if (!leaks.isEmpty()) fail(String.join("\n", leaks));
    }

    private static String attempt(Object recv, String name, Object[] args) {
        try {
            Object m = Ops.getAttr(recv, name);
            if (Ops.isCallable(m)) Ops.call(m, args);
            return null;
        } catch (PyException e) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return Ops.typeName(recv) + "." + name + java.util.Arrays.toString(args) + " -> " + e;
        }
    }
}
