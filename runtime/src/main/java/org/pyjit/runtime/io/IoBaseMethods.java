package org.pyjit.runtime.io;

import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.BufferExporter;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The generic methods of {@code _io._IOBase}, {@code _RawIOBase}, {@code _BufferedIOBase} and
 * {@code _TextIOBase}, written against the object's own Python methods (as CPython's are), so that
 * program classes deriving from {@code io.RawIOBase} and friends get {@code readline},
 * iteration, context management and {@code close} from the few methods they define. pyjit's own
 * file types override them with direct implementations.
 */
final class IoBaseMethods {
    private IoBaseMethods() {}

    private static final String CLOSED_FLAG = "__IOBase_closed";

    static void install() {
        for (PyType t : new PyType[] {IoTypes.IO_BASE, IoTypes.RAW_IO_BASE, IoTypes.BUFFERED_IO_BASE, IoTypes.TEXT_IO_BASE}) {
            t.instancesHaveDict = true;
        }
        PyType t = IoTypes.IO_BASE;
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> new PyObject((PyType) a[0])));
        m(t, "seek", 1, 2, a -> {
            throw IoTypes.unsupported("seek");
        });
        m(t, "tell", 0, 0, a -> Ops.call(Ops.getAttr(a[0], "seek"), 0L, 1L));
        m(t, "truncate", 0, 1, a -> {
            throw IoTypes.unsupported("truncate");
        });
        m(t, "flush", 0, 0, a -> {
            checkClosed(a[0]);
            return PyNone.NONE;
        });
        m(t, "close", 0, 0, a -> {
            if (isClosed(a[0])) return PyNone.NONE;
            try {
                Ops.call(Ops.getAttr(a[0], "flush"));
            } finally {
                Ops.setAttr(a[0], CLOSED_FLAG, true);
            }
            return PyNone.NONE;
        });
        t.namespace.putStr("closed", new PyGetSetDescriptor(t, "closed", IoBaseMethods::isClosed, null));
        for (String name : new String[] {"seekable", "readable", "writable"}) m(t, name, 0, 0, a -> false);
        m(t, "_checkClosed", 0, 1, a -> {
            checkClosed(a[0]);
            return PyNone.NONE;
        });
        m(t, "_checkSeekable", 0, 1, a -> check(a[0], "seekable", "File or stream is not seekable."));
        m(t, "_checkReadable", 0, 1, a -> check(a[0], "readable", "File or stream is not readable."));
        m(t, "_checkWritable", 0, 1, a -> check(a[0], "writable", "File or stream is not writable."));
        m(t, "fileno", 0, 0, a -> {
            throw IoTypes.unsupported("fileno");
        });
        m(t, "isatty", 0, 0, a -> {
            checkClosed(a[0]);
            return false;
        });
        m(t, "__enter__", 0, 0, a -> {
            checkClosed(a[0]);
            return a[0];
        });
        m(t, "__exit__", 0, -1, a -> Ops.call(Ops.getAttr(a[0], "close")));
        m(t, "__iter__", 0, 0, a -> {
            checkClosed(a[0]);
            return a[0];
        });
        m(t, "__next__", 0, 0, a -> {
            Object line = Ops.call(Ops.getAttr(a[0], "readline"));
            if (Ops.len(line) == 0) throw Errors.stopIteration(null);
            return line;
        });
        m(t, "readline", 0, 1, a -> readline(a[0], a.length > 1 && a[1] != PyNone.NONE ? Ops.index(a[1]) : -1));
        m(t, "readlines", 0, 1, a -> {
            long hint = a.length > 1 && a[1] != PyNone.NONE ? Ops.index(a[1]) : -1;
            PyList out = new PyList();
            long total = 0;
            Iteration.Cursor c = Iteration.iteratorCursor(Ops.iter(a[0]));
            for (Object line = c.next(); line != null; line = c.next()) {
                out.append(line);
                total += Ops.len(line);
                if (hint > 0 && total >= hint) break;
            }
            return out;
        });
        m(t, "writelines", 1, 1, a -> {
            checkClosed(a[0]);
            Object write = Ops.getAttr(a[0], "write");
            Iteration.Cursor c = Iteration.cursor(a[1]);
            for (Object line = c.next(); line != null; line = c.next()) Ops.call(write, line);
            return PyNone.NONE;
        });
        m(t, "__del__", 0, 0, a -> {
            try {
                Ops.call(Ops.getAttr(a[0], "close"));
            } catch (PyException ignored) {
                // finalization errors are not reported
            }
            return PyNone.NONE;
        });

        PyType raw = IoTypes.RAW_IO_BASE;
        m(raw, "read", 0, 1, a -> {
            long size = a.length > 1 && a[1] != PyNone.NONE ? Ops.index(a[1]) : -1;
            if (size < 0) return Ops.call(Ops.getAttr(a[0], "readall"));
            PyBytes buf = new PyBytes(BuiltinTypes.BYTEARRAY, new byte[(int) size]);
            Object n = Ops.call(Ops.getAttr(a[0], "readinto"), buf);
            if (n == PyNone.NONE) return PyNone.NONE;
            long got = Ops.index(n);
            if (got < 0 || got > size) throw Errors.valueError("readinto returned " + got + " outside buffer size " + size);
            return new PyBytes(java.util.Arrays.copyOf(buf.bytes, (int) got));
        });
        m(raw, "readall", 0, 0, a -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            Object read = Ops.getAttr(a[0], "read");
            while (true) {
                Object chunk = Ops.call(read, (long) BufferedStream.DEFAULT_SIZE);
                if (chunk == PyNone.NONE) return out.size() == 0 ? PyNone.NONE : new PyBytes(out.toByteArray());
                if (!(chunk instanceof PyBytes b)) throw Errors.typeError("read() should return bytes");
                if (b.length == 0) break;
                out.write(b.bytes, 0, b.length);
            }
            return new PyBytes(out.toByteArray());
        });
        m(raw, "readinto", 1, 1, a -> {
            throw Errors.notImplemented("");
        });
        m(raw, "write", 1, 1, a -> {
            throw Errors.notImplemented("");
        });

        PyType buffered = IoTypes.BUFFERED_IO_BASE;
        m(buffered, "read", 0, 1, a -> {
            throw IoTypes.unsupported("read");
        });
        m(buffered, "read1", 0, 1, a -> {
            throw IoTypes.unsupported("read1");
        });
        m(buffered, "write", 1, 1, a -> {
            throw IoTypes.unsupported("write");
        });
        m(buffered, "detach", 0, 0, a -> {
            throw IoTypes.unsupported("detach");
        });
        for (String name : new String[] {"readinto", "readinto1"}) {
            m(buffered, name, 1, 1, a -> {
                BufferExporter target = Buffers.writable(a[1], "readinto() ");
                Object data = Ops.call(Ops.getAttr(a[0], name.equals("readinto") ? "read" : "read1"), (long) target.bufferLength());
                if (!(data instanceof PyBytes b)) throw Errors.typeError("read() should return bytes");
                Buffers.write(target, 0, b.bytes, 0, b.length);
                return (long) b.length;
            });
        }

        PyType text = IoTypes.TEXT_IO_BASE;
        for (String name : new String[] {"read", "readline", "write", "detach"}) {
            m(text, name, 0, 1, a -> {
                throw IoTypes.unsupported(name);
            });
        }
        for (String name : new String[] {"encoding", "newlines", "errors"}) {
            text.namespace.putStr(name, new PyGetSetDescriptor(text, name, o -> PyNone.NONE, null));
        }
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }

    static boolean isClosed(Object self) {
        if (self instanceof PyObject p) {
            Object v = p.getInstanceAttr(CLOSED_FLAG);
            return v != null && Ops.isTrue(v);
        }
        return false;
    }

    private static void checkClosed(Object self) {
        Object closed = Ops.getAttr(self, "closed");
        if (Ops.isTrue(closed)) throw Errors.valueError("I/O operation on closed file.");
    }

    private static Object check(Object self, String what, String message) {
        if (!Ops.isTrue(Ops.call(Ops.getAttr(self, what)))) throw IoTypes.unsupported(message);
        return PyNone.NONE;
    }

    /** The generic readline: {@code peek} when the object has it, else one byte (or character) at a time. */
    private static Object readline(Object self, long limit) {
        Object read = Ops.getAttr(self, "read");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        StringBuilder text = null;
        while (limit < 0 || (text == null ? out.size() : text.length()) < limit) {
            Object b = Ops.call(read, 1L);
            if (b instanceof String s) {
                if (text == null) text = new StringBuilder();
                if (s.isEmpty()) break;
                text.append(s);
                if (s.equals("\n")) break;
                continue;
            }
            if (!(b instanceof PyBytes bytes)) {
                if (b == PyNone.NONE) break;
                throw Errors.of(ExceptionTypes.OS_ERROR, "read() should have returned a bytes object, not '" + Ops.typeName(b) + "'");
            }
            if (bytes.length == 0) break;
            out.write(bytes.bytes, 0, bytes.length);
            if (bytes.bytes[bytes.length - 1] == '\n') break;
        }
        return text != null ? text.toString() : new PyBytes(out.toByteArray());
    }
}
