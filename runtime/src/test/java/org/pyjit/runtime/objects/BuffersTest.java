package org.pyjit.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.modules.MemoryView;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.testutil.CPython;
import org.pyjit.runtime.testutil.Py;
import org.pyjit.runtime.types.BuiltinTypes;

/** The one way builtins take bytes-like objects: what each exporter yields and CPython's errors for the rest. */
class BuffersTest {
    @Test
    void exportersYieldTheirLiveBytes() {
        Py.boot();
        MemoryView.install();
        PyBytes ba = new PyBytes(BuiltinTypes.BYTEARRAY, new byte[] {1, 2, 3, 4});
        MemoryView view = MemoryView.of(ba);
        ba.bytes[0] = 9; // the view sees later changes
        assertArrayEquals(new byte[] {9, 2, 3, 4}, Buffers.bytesOf(view));
        Object tail = Ops.getItem(view, new PySlice(1L, PyNone.NONE, PyNone.NONE));
        assertArrayEquals(new byte[] {2, 3, 4}, Buffers.bytesOf(tail));
        assertEquals(false, Buffers.exporter(ba).bufferReadOnly());
        assertEquals(true, Buffers.exporter(new PyBytes(new byte[0])).bufferReadOnly());
    }

    @Test
    void writableBufferReceivesData() {
        Py.boot();
        MemoryView.install();
        PyBytes ba = new PyBytes(BuiltinTypes.BYTEARRAY, new byte[4]);
        Object tail = Ops.getItem(MemoryView.of(ba), new PySlice(2L, PyNone.NONE, PyNone.NONE));
        Buffers.write(Buffers.writable(tail, ""), 0, new byte[] {7, 8}, 0, 2);
        assertArrayEquals(new byte[] {0, 0, 7, 8}, ba.toArray());
    }

    @Test
    void errorsReadAsCPythons() {
        Py.boot();
        MemoryView.install();
        List<String> expected = CPython.lines("""
                import struct
                for x in ('s', 1):
                    try: struct.unpack_from('b', x)
                    except TypeError as e: print(e)
                try: struct.pack_into('b', b'x', 0, 1)
                except TypeError as e: print(e)
                """);
        assertEquals(expected.get(0), message(() -> Buffers.bytesOf("s")));
        assertEquals(expected.get(1), message(() -> Buffers.bytesOf(1L)));
        assertEquals(expected.get(2), message(() -> Buffers.writable(new PyBytes(new byte[1]), "")));
    }

    private static String message(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        return Ops.str(e.value);
    }
}
