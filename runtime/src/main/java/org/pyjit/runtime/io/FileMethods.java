package org.pyjit.runtime.io;

import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.BufferExporter;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/** The Python methods and attributes of text and binary file objects. */
public final class FileMethods {
    private FileMethods() {}

    private static boolean done;

    public static synchronized void install() {
        if (done) return;
        done = true;
        installText(IoTypes.TEXT_IO_WRAPPER);
        for (PyType t : IoTypes.binaryTypes()) {
            installBinary(t);
            t.namespace.putStr("__new__", new org.pyjit.runtime.objects.PyBuiltinFunction("__new__", null, (a, kw) -> {
                throw Errors.typeError("cannot create '_io." + t.name + "' instances: use open()");
            }));
        }
    }

    private static void method(PyType t, String name, int min, int max, org.pyjit.runtime.objects.PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }

    private static void getter(PyType t, String name, java.util.function.Function<Object, Object> get) {
        t.namespace.putStr(name, new PyGetSetDescriptor(t, name, get, null));
    }

    /** A size argument: None or absent means -1 (everything). */
    static long size(Object[] a, int i) {
        if (a.length <= i || a[i] == PyNone.NONE) return -1;
        Object v = Ops.indexOrNull(a[i]);
        if (v == null) throw Errors.typeError("argument should be integer or None, not '" + Ops.typeName(a[i]) + "'");
        return v instanceof Long l ? l : Long.MAX_VALUE;
    }

    private static String str(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyBoxed b && b.value instanceof String s) return s;
        return null;
    }

    // ------------------------------------------------------------------ text

    private static void installText(PyType t) {
        method(t, "read", 0, 1, a -> text(a).read(size(a, 1)));
        method(t, "readline", 0, 1, a -> text(a).readline(size(a, 1)));
        method(t, "readlines", 0, 1, a -> readlines(text(a), size(a, 1)));
        method(t, "write", 1, 1, a -> {
            String s = str(a[1]);
            if (s == null) throw Errors.typeError("write() argument must be str, not " + Ops.typeName(a[1]));
            return text(a).write(s);
        });
        method(t, "writelines", 1, 1, a -> {
            PyTextFile f = text(a);
            f.checkOpen();
            Iteration.Cursor c = Iteration.cursor(a[1]);
            for (Object v = c.next(); v != null; v = c.next()) {
                String s = str(v);
                if (s == null) throw Errors.typeError("write() argument must be str, not " + Ops.typeName(v));
                f.write(s);
            }
            return PyNone.NONE;
        });
        method(t, "flush", 0, 0, a -> {
            text(a).flush();
            return PyNone.NONE;
        });
        method(t, "close", 0, 0, a -> {
            text(a).close();
            return PyNone.NONE;
        });
        method(t, "tell", 0, 0, a -> text(a).tell());
        method(t, "seek", 1, 2, a -> text(a).seek(Ops.index(a[1]), a.length > 2 ? (int) Ops.index(a[2]) : 0));
        method(t, "truncate", 0, 1, a -> text(a).truncate(a.length > 1 && a[1] != PyNone.NONE ? Ops.index(a[1]) : null));
        method(t, "readable", 0, 0, a -> text(a).readable());
        method(t, "writable", 0, 0, a -> text(a).writable());
        method(t, "seekable", 0, 0, a -> text(a).seekable());
        method(t, "isatty", 0, 0, a -> text(a).isatty());
        method(t, "fileno", 0, 0, a -> (long) text(a).fileno());
        method(t, "detach", 0, 0, a -> text(a).detach());
        method(t, "__enter__", 0, 0, a -> {
            text(a).checkOpen();
            return a[0];
        });
        method(t, "__exit__", 0, -1, a -> {
            text(a).close();
            return PyNone.NONE;
        });
        method(t, "__iter__", 0, 0, a -> {
            text(a).checkOpen();
            return a[0];
        });
        method(t, "__next__", 0, 0, a -> {
            String line = text(a).readline(-1);
            if (line.isEmpty()) throw Errors.stopIteration(null);
            return line;
        });
        method(t, "__repr__", 0, 0, a -> text(a).repr());
        t.namespace.putStr("reconfigure", new PyMethodDescriptor(t, "reconfigure", FileMethods::reconfigure));
        getter(t, "closed", o -> ((PyTextFile) o).isClosed());
        getter(t, "name", o -> ((PyTextFile) o).name);
        t.namespace.putStr("mode", new PyGetSetDescriptor(t, "mode", o -> {
            PyTextFile f = (PyTextFile) o;
            return f.assignedMode != null ? f.assignedMode : f.mode;
        }, (o, v) -> ((PyTextFile) o).assignedMode = v));
        getter(t, "encoding", o -> ((PyTextFile) o).encoding());
        getter(t, "errors", o -> ((PyTextFile) o).errors());
        getter(t, "line_buffering", o -> ((PyTextFile) o).lineBuffering());
        getter(t, "write_through", o -> ((PyTextFile) o).writeThrough());
        getter(t, "newlines", o -> PyNone.NONE);
        getter(t, "buffer", o -> ((PyTextFile) o).buffer());
    }

    private static PyTextFile text(Object[] a) {
        return (PyTextFile) a[0];
    }

    private static PyList readlines(PyTextFile f, long hint) {
        PyList out = new PyList();
        long total = 0;
        while (true) {
            String line = f.readline(-1);
            if (line.isEmpty()) break;
            out.append(line);
            total += line.length();
            if (hint > 0 && total > hint) break; // CPython stops once the lines exceed the hint
        }
        return out;
    }

    private static final ArgParser RECONFIGURE = new ArgParser("reconfigure",
            new String[] {"encoding", "errors", "newline", "line_buffering", "write_through"}, 0, 0, 0);

    private static Object reconfigure(Object[] args, String[] kwnames) {
        Object[] p = RECONFIGURE.parse(args, kwnames, 1);
        PyTextFile f = (PyTextFile) args[0];
        String nl = p[2] == null || p[2] == PyNone.NONE ? null : str(p[2]);
        if (nl != null) FileOpener.checkNewline(nl);
        f.reconfigure(optStr(p[0]), optStr(p[1]), nl, p[2] != null, p[3] == null || p[3] == PyNone.NONE ? null : Ops.isTrue(p[3]));
        if (p[4] != null && p[4] != PyNone.NONE) f.writeThrough(Ops.isTrue(p[4]));
        return PyNone.NONE;
    }

    private static String optStr(Object o) {
        return o == null || o == PyNone.NONE ? null : str(o);
    }

    // ------------------------------------------------------------------ binary

    private static void installBinary(PyType t) {
        method(t, "read", 0, 1, a -> new PyBytes(bin(a).read(size(a, 1))));
        method(t, "read1", 0, 1, a -> new PyBytes(bin(a).read1(size(a, 1))));
        method(t, "readall", 0, 0, a -> new PyBytes(bin(a).read(-1)));
        method(t, "readline", 0, 1, a -> new PyBytes(bin(a).readline(size(a, 1))));
        method(t, "readlines", 0, 1, a -> {
            PyBinaryFile f = bin(a);
            long hint = size(a, 1);
            PyList out = new PyList();
            long total = 0;
            while (true) {
                byte[] line = f.readline(-1);
                if (line.length == 0) break;
                out.append(new PyBytes(line));
                total += line.length;
                if (hint > 0 && total > hint) break;
            }
            return out;
        });
        for (String name : new String[] {"readinto", "readinto1"}) {
            method(t, name, 1, 1, a -> {
                BufferExporter target = Buffers.writable(a[1], "readinto() ");
                byte[] data = bin(a).read(target.bufferLength());
                Buffers.write(target, 0, data, 0, data.length);
                return (long) data.length;
            });
        }
        method(t, "write", 1, 1, a -> {
            PyBytes b = bytesLike(a[1]);
            return bin(a).write(b.bytes, 0, b.length);
        });
        method(t, "writelines", 1, 1, a -> {
            PyBinaryFile f = bin(a);
            f.checkOpen();
            Iteration.Cursor c = Iteration.cursor(a[1]);
            for (Object v = c.next(); v != null; v = c.next()) {
                PyBytes b = bytesLike(v);
                f.write(b.bytes, 0, b.length);
            }
            return PyNone.NONE;
        });
        method(t, "flush", 0, 0, a -> {
            bin(a).flush();
            return PyNone.NONE;
        });
        method(t, "close", 0, 0, a -> {
            bin(a).close();
            return PyNone.NONE;
        });
        method(t, "tell", 0, 0, a -> bin(a).tell());
        method(t, "seek", 1, 2, a -> bin(a).seek(Ops.index(a[1]), a.length > 2 ? (int) Ops.index(a[2]) : 0));
        method(t, "truncate", 0, 1, a -> bin(a).truncate(a.length > 1 && a[1] != PyNone.NONE ? Ops.index(a[1]) : null));
        method(t, "readable", 0, 0, a -> bin(a).readable());
        method(t, "writable", 0, 0, a -> bin(a).writable());
        method(t, "seekable", 0, 0, a -> bin(a).seekable());
        method(t, "isatty", 0, 0, a -> bin(a).isatty());
        method(t, "fileno", 0, 0, a -> (long) bin(a).fileno());
        method(t, "__enter__", 0, 0, a -> {
            bin(a).checkOpen();
            return a[0];
        });
        method(t, "__exit__", 0, -1, a -> {
            bin(a).close();
            return PyNone.NONE;
        });
        method(t, "__iter__", 0, 0, a -> {
            bin(a).checkOpen();
            return a[0];
        });
        method(t, "__next__", 0, 0, a -> {
            byte[] line = bin(a).readline(-1);
            if (line.length == 0) throw Errors.stopIteration(null);
            return new PyBytes(line);
        });
        method(t, "__repr__", 0, 0, a -> bin(a).repr());
        getter(t, "closed", o -> ((PyBinaryFile) o).isClosed());
        t.namespace.putStr("name", new PyGetSetDescriptor(t, "name", o -> {
            Object n = ((PyBinaryFile) o).name;
            if (n == null) throw Errors.attributeError("'" + t.name + "' object has no attribute 'name'");
            return n;
        }, (o, v) -> ((PyBinaryFile) o).name = v));
        // pyjit's buffered files have no separate raw object: the file is its own raw stream
        if (t != IoTypes.FILE_IO) getter(t, "raw", o -> ((PyBinaryFile) o).rawObject != null ? ((PyBinaryFile) o).rawObject : o);
        if (t == IoTypes.BUFFERED_READER || t == IoTypes.BUFFERED_RANDOM) {
            method(t, "peek", 0, 1, a -> new PyBytes(bin(a).peek()));
        }
        getter(t, "mode", o -> ((PyBinaryFile) o).mode);
    }

    private static PyBinaryFile bin(Object[] a) {
        return (PyBinaryFile) a[0];
    }

    private static PyBytes bytesLike(Object o) {
        if (o instanceof PyBytes b) return b;
        return new PyBytes(Buffers.bytesOf(o));
    }
}
