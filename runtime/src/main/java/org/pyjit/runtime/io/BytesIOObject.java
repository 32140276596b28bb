package org.pyjit.runtime.io;

import java.util.Arrays;
import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.modules.MemoryView;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.BufferExporter;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** {@code io.BytesIO}: a growable byte buffer with a position, read and written like a binary file. */
public final class BytesIOObject extends PyObject {
    public static final PyType TYPE = BuiltinTypes.make("BytesIO", IoTypes.BUFFERED_IO_BASE, BytesIOObject::new);

    private byte[] buf = new byte[0];
    private int size, pos;
    private boolean closed;

    private BytesIOObject(PyType t) {
        super(t);
    }

    private void check() {
        if (closed) throw Errors.valueError("I/O operation on closed file.");
    }

    /** The whole content. */
    public byte[] value() {
        check();
        return Arrays.copyOf(buf, size);
    }

    private byte[] read(long n) {
        check();
        int avail = Math.max(0, size - pos);
        int count = n < 0 ? avail : (int) Math.min(n, avail);
        byte[] out = Arrays.copyOfRange(buf, pos, pos + count);
        pos += count;
        return out;
    }

    private byte[] readline(long limit) {
        check();
        int end = pos;
        while (end < size && buf[end] != '\n') end++;
        if (end < size) end++;
        if (limit >= 0 && end - pos > limit) end = (int) (pos + limit);
        if (end < pos) end = pos;
        byte[] out = Arrays.copyOfRange(buf, pos, end);
        pos = end;
        return out;
    }

    private long write(byte[] data, int len) {
        check();
        if (len == 0) return 0;
        int end = pos + len;
        if (end > buf.length) buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        if (pos > size) Arrays.fill(buf, size, pos, (byte) 0);
        System.arraycopy(data, 0, buf, pos, len);
        pos = end;
        if (end > size) size = end;
        return len;
    }

    private static final ArgParser INIT = new ArgParser("BytesIO", new String[] {"initial_bytes"}, 0, 1, 0);

    static void install() {
        PyType t = TYPE;
        t.namespace.putStr("__module__", "_io");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> ((PyType) a[0]).instanceFactory.apply((PyType) a[0])));
        t.namespace.putStr("__init__", new PyMethodDescriptor(t, "__init__", (a, kw) -> {
            Object[] p = INIT.parse(a, kw, 1);
            BytesIOObject b = (BytesIOObject) a[0];
            b.size = b.pos = 0;
            b.buf = new byte[0];
            if (p[0] != null && p[0] != PyNone.NONE) {
                byte[] init = bytesOf(p[0]);
                b.write(init, init.length);
                b.pos = 0;
            }
            return PyNone.NONE;
        }));
        m(t, "getvalue", 0, 0, a -> new PyBytes(self(a).value()));
        m(t, "getbuffer", 0, 0, a -> MemoryView.of(new PyBytes(BuiltinTypes.BYTEARRAY, self(a).value())));
        m(t, "read", 0, 1, a -> new PyBytes(self(a).read(FileMethods.size(a, 1))));
        m(t, "read1", 0, 1, a -> new PyBytes(self(a).read(FileMethods.size(a, 1))));
        m(t, "readline", 0, 1, a -> new PyBytes(self(a).readline(FileMethods.size(a, 1))));
        m(t, "readlines", 0, 1, a -> {
            BytesIOObject b = self(a);
            long hint = FileMethods.size(a, 1);
            PyList out = new PyList();
            long total = 0;
            while (true) {
                byte[] line = b.readline(-1);
                if (line.length == 0) break;
                out.append(new PyBytes(line));
                total += line.length;
                if (hint > 0 && total >= hint) break;
            }
            return out;
        });
        for (String name : new String[] {"readinto", "readinto1"}) {
            m(t, name, 1, 1, a -> {
                BufferExporter target = Buffers.writable(a[1], "readinto() ");
                byte[] data = self(a).read(target.bufferLength());
                Buffers.write(target, 0, data, 0, data.length);
                return (long) data.length;
            });
        }
        m(t, "write", 1, 1, a -> {
            byte[] data = bytesOf(a[1]);
            return self(a).write(data, data.length);
        });
        m(t, "writelines", 1, 1, a -> {
            Iteration.Cursor c = Iteration.cursor(a[1]);
            for (Object v = c.next(); v != null; v = c.next()) {
                byte[] data = bytesOf(v);
                self(a).write(data, data.length);
            }
            return PyNone.NONE;
        });
        m(t, "seek", 1, 2, a -> {
            BytesIOObject b = self(a);
            b.check();
            long off = Ops.index(a[1]);
            int whence = a.length > 2 ? (int) Ops.index(a[2]) : 0;
            long target = switch (whence) {
                case 0 -> {
                    if (off < 0) throw Errors.valueError("negative seek value " + off);
                    yield off;
                }
                case 1 -> Math.max(0, b.pos + off);
                case 2 -> Math.max(0, b.size + off);
                default -> throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            };
            b.pos = (int) Math.min(target, Integer.MAX_VALUE - 8);
            return (long) b.pos;
        });
        m(t, "tell", 0, 0, a -> {
            self(a).check();
            return (long) self(a).pos;
        });
        m(t, "truncate", 0, 1, a -> {
            BytesIOObject b = self(a);
            b.check();
            long n = a.length > 1 && a[1] != PyNone.NONE ? Ops.index(a[1]) : b.pos;
            if (n < 0) throw Errors.valueError("negative size value " + n);
            if (n < b.size) b.size = (int) n;
            return n;
        });
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            m(t, name, 0, 0, a -> {
                self(a).check();
                return true;
            });
        }
        m(t, "isatty", 0, 0, a -> {
            self(a).check();
            return false;
        });
        m(t, "flush", 0, 0, a -> {
            self(a).check();
            return PyNone.NONE;
        });
        m(t, "close", 0, 0, a -> {
            self(a).closed = true;
            return PyNone.NONE;
        });
        t.namespace.putStr("closed", new PyGetSetDescriptor(t, "closed", o -> ((BytesIOObject) o).closed, null));
        m(t, "__iter__", 0, 0, a -> {
            self(a).check();
            return a[0];
        });
        m(t, "__next__", 0, 0, a -> {
            byte[] line = self(a).readline(-1);
            if (line.length == 0) throw Errors.stopIteration(null);
            return new PyBytes(line);
        });
        m(t, "__getstate__", 0, 0, a -> PyTuple.of(new PyBytes(self(a).value()), (long) self(a).pos,
                self(a).dict == null ? PyNone.NONE : self(a).dict));
    }

    private static BytesIOObject self(Object[] a) {
        return (BytesIOObject) a[0];
    }

    static byte[] bytesOf(Object o) {
        return Buffers.bytesOf(o);
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }
}
