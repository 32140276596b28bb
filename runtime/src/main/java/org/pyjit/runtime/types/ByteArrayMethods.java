package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.NOT_IMPLEMENTED;

import java.util.Arrays;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.BufferExporter;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.SliceIndices;

/** The mutating methods of {@code bytearray}, and its constructor. */
final class ByteArrayMethods {
    private ByteArrayMethods() {}

    static void install(MethodTable m) {
        PyType t = m.type;
        m.constructor((args, kw) -> {
            PyType cls = ConstructorSupport.checkCls(args, t);
            return cls.instanceFactory.apply(cls);
        });
        ArgParser initArgs = new ArgParser("bytearray", new String[] {"source", "encoding", "errors"}, 0, 3, 0);
        t.namespace.putStr("__init__", new PyMethodDescriptor(t, "__init__", (args, kw) -> {
            PyBytes self = (PyBytes) args[0];
            Object[] p = initArgs.parse(args, kw, 1);
            byte[] r = BytesConstruction.fromSource("bytearray", p[0], p[1], p[2]);
            self.bytes = r;
            self.length = r.length;
            return PyNone.NONE;
        }));
        m.unhashable();
        m.method("append", 1, 1, a -> {
            PyBytes self = (PyBytes) a[0];
            byte v = BytesConstruction.byteOf(a[1]);
            ensureCapacity(self, self.length + 1L);
            self.bytes[self.length++] = v;
            return PyNone.NONE;
        });
        m.method("extend", 1, 1, a -> {
            extend((PyBytes) a[0], a[1]);
            return PyNone.NONE;
        });
        m.method("insert", 2, 2, a -> {
            PyBytes self = (PyBytes) a[0];
            long i = Ops.index(a[1]);
            byte v = BytesConstruction.byteOf(a[2]);
            if (i < 0) i = Math.max(0, i + self.length);
            int at = (int) Math.min(i, self.length);
            replace(self, at, at, new byte[] {v});
            return PyNone.NONE;
        });
        m.method("pop", 0, 1, a -> {
            PyBytes self = (PyBytes) a[0];
            if (self.length == 0) throw Errors.indexError("pop from empty bytearray");
            int k = SequenceSupport.normalize(a.length > 1 ? Ops.index(a[1]) : -1, self.length);
            if (k < 0) throw Errors.indexError("pop index out of range");
            long v = self.bytes[k] & 0xff;
            replace(self, k, k + 1, new byte[0]);
            return v;
        });
        m.method("remove", 1, 1, a -> {
            PyBytes self = (PyBytes) a[0];
            byte v = BytesConstruction.byteOf(a[1]);
            for (int k = 0; k < self.length; k++) {
                if (self.bytes[k] == v) {
                    replace(self, k, k + 1, new byte[0]);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        m.method("clear", 0, 0, a -> {
            PyBytes self = (PyBytes) a[0];
            self.bytes = new byte[0];
            self.length = 0;
            return PyNone.NONE;
        });
        m.method("reverse", 0, 0, a -> {
            PyBytes self = (PyBytes) a[0];
            for (int i = 0, j = self.length - 1; i < j; i++, j--) {
                byte x = self.bytes[i];
                self.bytes[i] = self.bytes[j];
                self.bytes[j] = x;
            }
            return PyNone.NONE;
        });
        m.method("copy", 0, 0, a -> new PyBytes(BuiltinTypes.BYTEARRAY, ((PyBytes) a[0]).toArray()));
        m.method("__reduce__", 0, 0, a -> reduce((PyBytes) a[0], 0));
        m.method("__reduce_ex__", 1, 1, a -> reduce((PyBytes) a[0], Ops.index(a[1])));
        m.method("__alloc__", 0, 0, a -> (long) ((PyBytes) a[0]).bytes.length + 1);
        m.slot("__setitem__", 2, a -> {
            setItem((PyBytes) a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        m.slot("__delitem__", 1, a -> {
            delItem((PyBytes) a[0], a[1]);
            return PyNone.NONE;
        });
        m.slot("__iadd__", 1, a -> {
            PyBytes self = (PyBytes) a[0];
            byte[] add = Buffers.bytesOrNull(a[1]);
            if (add == null) throw Errors.typeError("can't concat " + Ops.typeName(a[1]) + " to " + self.type.name);
            replace(self, self.length, self.length, add);
            return self;
        });
        m.slot("__imul__", 1, a -> {
            Long n = SequenceSupport.repeatCount(a[1]);
            if (n == null) return NOT_IMPLEMENTED;
            PyBytes self = (PyBytes) a[0];
            byte[] r = BytesMethods.repeat(self, n);
            self.bytes = r;
            self.length = r.length;
            return self;
        });
    }

    /** Pickling: a latin-1 str before protocol 3, bytes from then on; plus the instance dict. */
    private static Object reduce(PyBytes self, long protocol) {
        Object arg = protocol < 3
                ? org.pyjit.runtime.objects.PyTuple.of(new String(self.bytes, 0, self.length, java.nio.charset.StandardCharsets.ISO_8859_1), "latin-1")
                : org.pyjit.runtime.objects.PyTuple.of(new PyBytes(self.toArray()));
        return org.pyjit.runtime.objects.PyTuple.of(self.type, arg, SetMethods.state(self));
    }

    static void ensureCapacity(PyBytes b, long n) {
        if (n > SequenceSupport.MAX_SIZE) throw SequenceSupport.memoryError();
        if (b.bytes.length < n) b.bytes = Arrays.copyOf(b.bytes, (int) Math.min(SequenceSupport.MAX_SIZE, Math.max(n, b.bytes.length * 2L + 8)));
    }

    /** Replaces {@code [lo, hi)} by {@code v}. */
    static void replace(PyBytes b, int lo, int hi, byte[] v) {
        int delta = v.length - (hi - lo);
        ensureCapacity(b, (long) b.length + delta);
        System.arraycopy(b.bytes, hi, b.bytes, hi + delta, b.length - hi);
        System.arraycopy(v, 0, b.bytes, lo, v.length);
        b.length += delta;
    }

    static void extend(PyBytes self, Object iterable) {
        if (iterable instanceof BufferExporter o) {
            replace(self, self.length, self.length, o.bufferCopy());
            return;
        }
        if (iterable instanceof String s) { // iterating a str yields strs, which are not ints
            if (!s.isEmpty()) throw Errors.typeError("'str' object cannot be interpreted as an integer");
            return;
        }
        if (Ops.typeOf(iterable).lookup("__iter__") == null && Ops.typeOf(iterable).lookup("__getitem__") == null) {
            throw Errors.typeError("can't extend bytearray with " + Ops.typeName(iterable));
        }
        Object it = Ops.iter(iterable);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            byte v = BytesConstruction.byteOf(x);
            ensureCapacity(self, self.length + 1L);
            self.bytes[self.length++] = v;
        }
    }

    static void setItem(PyBytes self, Object key, Object value) {
        if (!(key instanceof PySlice s)) {
            int k = SequenceSupport.normalize(SequenceSupport.itemIndex(key, "bytearray"), self.length);
            byte v = BytesConstruction.byteOf(value);
            if (k < 0) throw Errors.indexError("bytearray index out of range");
            self.bytes[k] = v;
            return;
        }
        byte[] v = assignedBytes(value);
        SliceIndices si = SliceIndices.of(s, self.length);
        if (si.step() == 1) {
            int lo = (int) si.start();
            replace(self, lo, (int) Math.max(si.start(), si.stop()), v);
            return;
        }
        if (v.length != si.length()) {
            throw Errors.valueError("attempt to assign bytes of size " + v.length + " to extended slice of size " + si.length());
        }
        for (int i = 0; i < v.length; i++) self.bytes[(int) si.at(i)] = v[i];
    }

    /** The right side of a slice assignment: a buffer or an iterable of ints (not an int, not a str). */
    private static byte[] assignedBytes(Object value) {
        if (value instanceof BufferExporter b) return b.bufferCopy();
        if (value instanceof String || Ops.indexOrNull(value) != null
                || Ops.typeOf(value).lookup("__iter__") == null && Ops.typeOf(value).lookup("__getitem__") == null) {
            throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return BytesConstruction.fromObject(value, "byte");
    }

    static void delItem(PyBytes self, Object key) {
        if (!(key instanceof PySlice s)) {
            int k = SequenceSupport.normalize(SequenceSupport.itemIndex(key, "bytearray"), self.length);
            if (k < 0) throw Errors.indexError("bytearray index out of range");
            replace(self, k, k + 1, new byte[0]);
            return;
        }
        SliceIndices si = SliceIndices.of(s, self.length);
        if (si.length() == 0) return;
        if (si.step() == 1) {
            replace(self, (int) si.start(), (int) (si.start() + si.length()), new byte[0]);
            return;
        }
        boolean[] drop = new boolean[self.length];
        for (long i = 0; i < si.length(); i++) drop[(int) si.at(i)] = true;
        int w = 0;
        for (int r = 0; r < self.length; r++) if (!drop[r]) self.bytes[w++] = self.bytes[r];
        self.length = w;
    }
}
