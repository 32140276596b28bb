package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.NOT_IMPLEMENTED;

import java.util.Arrays;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.BufferExporter;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Hashing;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.SliceIndices;
import org.pyjit.runtime.types.bytes.ByteSearch;
import org.pyjit.runtime.types.bytes.ByteText;
import org.pyjit.runtime.types.bytes.BytesFormatting;
import org.pyjit.runtime.types.bytes.Codecs;

/**
 * Installs the methods {@code bytes} and {@code bytearray} share (all of {@code bytes}'s), the
 * {@code bytes} constructor and hash; {@link ByteArrayMethods} adds bytearray's mutators.
 * Results have the receiver's base type (bytes or bytearray), as in CPython.
 */
final class BytesMethods {
    private BytesMethods() {}

    static final PyType BYTES_ITERATOR = PyIterator.makeType("bytes_iterator");
    static final PyType BYTEARRAY_ITERATOR = PyIterator.makeType("bytearray_iterator");

    static void install() {
        PyType bytes = BuiltinTypes.BYTES, array = BuiltinTypes.BYTEARRAY;
        bytes.instanceFactory = t -> new PyBytes(t, new byte[0]);
        array.instanceFactory = t -> new PyBytes(t, new byte[0]);
        MethodTable b = new MethodTable(bytes);
        org.pyjit.runtime.objects.ArgParser newArgs =
                new org.pyjit.runtime.objects.ArgParser("bytes", new String[] {"source", "encoding", "errors"}, 0, 3, 0);
        b.constructor((args, kw) -> {
            PyType cls = ConstructorSupport.checkCls(args, bytes);
            Object[] p = newArgs.parse(args, kw, 1);
            return new PyBytes(cls, BytesConstruction.fromSource("bytes", p[0], p[1], p[2]));
        });
        b.slot("__hash__", 0, a -> hash((PyBytes) a[0]));
        b.method("__bytes__", 0, 0, a -> {
            PyBytes self = (PyBytes) a[0];
            return self.type == bytes ? self : new PyBytes(self.toArray());
        });
        b.method("__getnewargs__", 0, 0, a -> PyTuple.of(new PyBytes(((PyBytes) a[0]).toArray())));
        installShared(b, BYTES_ITERATOR);
        MethodTable ba = new MethodTable(array);
        installShared(ba, BYTEARRAY_ITERATOR);
        ByteArrayMethods.install(ba);
        for (PyType it : new PyType[] {BYTES_ITERATOR, BYTEARRAY_ITERATOR}) {
            new MethodTable(it).method("__length_hint__", 0, 0, a -> ((ByteIterator) a[0]).remaining());
        }
    }

    private static void installShared(MethodTable m, PyType iteratorType) {
        installDunders(m, iteratorType);
        installSearch(m);
        installTransforms(m);
        for (String k : new String[] {"lower", "upper", "swapcase", "capitalize", "title"}) {
            m.method(k, 0, 0, a -> result(a[0], ByteText.mapCase(data(a[0]), len(a[0]), k)));
        }
        for (String k : new String[] {"isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper"}) {
            m.method(k, 0, 0, a -> ByteText.test(data(a[0]), len(a[0]), k));
        }
        m.methodKw("decode", new String[] {"encoding", "errors"}, 0, 2, 0, (self, p) -> Codecs.decode(data(self), len(self),
                strArg("decode", "encoding", p[0], "utf-8"), strArg("decode", "errors", p[1], "strict")));
        m.methodKw("hex", new String[] {"sep", "bytes_per_sep"}, 0, 2, 0, (self, p) -> hex(self, p[0], p[1]));
        m.classMethod("fromhex", 1, 1, a -> {
            if (!(a[1] instanceof String s)) throw Errors.typeError("fromhex() argument must be str, not " + Ops.typeName(a[1]));
            PyType cls = (PyType) a[0];
            byte[] r = ByteText.fromHex(s);
            if (cls == BuiltinTypes.BYTES || cls == BuiltinTypes.BYTEARRAY) return new PyBytes(cls, r);
            return Ops.call(cls, new PyBytes(cls.isSubtypeOf(BuiltinTypes.BYTEARRAY) ? BuiltinTypes.BYTEARRAY : BuiltinTypes.BYTES, r));
        });
        m.staticMethod("maketrans", 2, 2, a -> {
            PyBytes from = requireBuffer(a[0]), to = requireBuffer(a[1]);
            if (from.length != to.length) throw Errors.valueError("maketrans arguments must have same length");
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte) i;
            for (int i = 0; i < from.length; i++) table[from.bytes[i] & 0xff] = to.bytes[i];
            return new PyBytes(table);
        });
    }

    private static void installDunders(MethodTable m, PyType iteratorType) {
        m.slot("__len__", 0, a -> (long) len(a[0]));
        m.slot("__getitem__", 1, a -> getItem((PyBytes) a[0], a[1]));
        m.slot("__iter__", 0, a -> new ByteIterator(iteratorType, (PyBytes) a[0]));
        m.slot("__repr__", 0, a -> repr((PyBytes) a[0]));
        m.slot("__str__", 0, a -> repr((PyBytes) a[0]));
        m.slot("__contains__", 1, a -> {
            PyBytes self = (PyBytes) a[0];
            if (a[1] instanceof PyBytes sub) return ByteSearch.find(self.bytes, 0, self.length, sub.bytes, sub.length) >= 0;
            Object i = Ops.indexOrNull(a[1]);
            if (i == null) throw Errors.typeError("a bytes-like object is required, not '" + Ops.typeName(a[1]) + "'");
            byte v = byteValue(i);
            for (int k = 0; k < self.length; k++) if (self.bytes[k] == v) return true;
            return false;
        });
        m.slot("__add__", 1, a -> {
            byte[] o = Buffers.bytesOrNull(a[1]);
            if (o == null) return NOT_IMPLEMENTED;
            PyBytes self = (PyBytes) a[0];
            byte[] r = Arrays.copyOf(self.bytes, checkedSize((long) self.length + o.length));
            System.arraycopy(o, 0, r, self.length, o.length);
            return result(self, r);
        });
        org.pyjit.runtime.objects.PyBuiltinFunction.Positional mul = a -> {
            Long n = SequenceSupport.repeatCount(a[1]);
            if (n == null) return NOT_IMPLEMENTED;
            return result(a[0], repeat((PyBytes) a[0], n));
        };
        m.slot("__mul__", 1, mul);
        m.slot("__rmul__", 1, mul);
        m.slot("__mod__", 1, a -> result(a[0], BytesFormatting.format(data(a[0]), len(a[0]), a[1])));
        m.slot("__rmod__", 1, a -> NOT_IMPLEMENTED);
        for (CompareOp op : new CompareOp[] {CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            m.slot(op.dunder, 1, a -> a[1] instanceof PyBytes o ? compare((PyBytes) a[0], o, op) : NOT_IMPLEMENTED);
        }
    }

    private static void installSearch(MethodTable m) {
        for (String k : new String[] {"find", "rfind", "index", "rindex", "count"}) {
            m.method(k, 1, 3, a -> search(k, a));
        }
        for (String k : new String[] {"startswith", "endswith"}) {
            m.method(k, 1, 3, a -> startsOrEnds(k, a));
        }
        m.method("join", 1, 1, a -> join(a[0], a[1]));
        m.methodKw("split", new String[] {"sep", "maxsplit"}, 0, 2, 0, (self, p) -> split(self, p, false));
        m.methodKw("rsplit", new String[] {"sep", "maxsplit"}, 0, 2, 0, (self, p) -> split(self, p, true));
        m.methodKw("splitlines", new String[] {"keepends"}, 0, 1, 0, (self, p) -> {
            boolean keep = p[0] != null && Ops.isTrue(p[0]);
            return list(self, ByteSearch.splitLines(data(self), len(self), keep));
        });
        m.method("partition", 1, 1, a -> partition(a[0], a[1], false));
        m.method("rpartition", 1, 1, a -> partition(a[0], a[1], true));
    }

    private static void installTransforms(MethodTable m) {
        for (String k : new String[] {"strip", "lstrip", "rstrip"}) {
            m.method(k, 0, 1, a -> {
                PyBytes chars = a.length > 1 && a[1] != PyNone.NONE ? requireBuffer(a[1]) : null;
                int[] r = ByteSearch.stripBounds(data(a[0]), len(a[0]), chars == null ? null : chars.bytes,
                        chars == null ? 0 : chars.length, !k.equals("rstrip"), !k.equals("lstrip"));
                return result(a[0], Arrays.copyOfRange(data(a[0]), r[0], r[1]));
            });
        }
        m.method("replace", 2, 3, a -> {
            PyBytes old = requireBuffer(a[1]), rep = requireBuffer(a[2]);
            long count = a.length > 3 ? Ops.index(a[3]) : -1;
            return result(a[0], ByteSearch.replace(data(a[0]), len(a[0]), old.bytes, old.length, rep.bytes, rep.length, count));
        });
        m.method("removeprefix", 1, 1, a -> {
            PyBytes p = requireBuffer(a[1]);
            byte[] d = data(a[0]);
            int n = len(a[0]);
            boolean has = ByteSearch.tailMatch(d, 0, n, p.bytes, p.length, false);
            return result(a[0], Arrays.copyOfRange(d, has ? p.length : 0, n));
        });
        m.method("removesuffix", 1, 1, a -> {
            PyBytes p = requireBuffer(a[1]);
            byte[] d = data(a[0]);
            int n = len(a[0]);
            boolean has = p.length > 0 && ByteSearch.tailMatch(d, 0, n, p.bytes, p.length, true);
            return result(a[0], Arrays.copyOfRange(d, 0, has ? n - p.length : n));
        });
        m.methodKw("expandtabs", new String[] {"tabsize"}, 0, 1, 0,
                (self, p) -> result(self, ByteText.expandTabs(data(self), len(self), p[0] == null ? 8 : Ops.index(p[0]))));
        for (String k : new String[] {"center", "ljust", "rjust"}) {
            m.method(k, 1, 2, a -> {
                byte fill = ' ';
                if (a.length > 2) {
                    if (!(a[2] instanceof PyBytes f) || f.length != 1) {
                        throw Errors.typeError(k + "() argument 2 must be a byte string of length 1, not " + Ops.typeName(a[2]));
                    }
                    fill = f.bytes[0];
                }
                return result(a[0], ByteText.pad(data(a[0]), len(a[0]), Ops.index(a[1]), fill, k));
            });
        }
        m.method("zfill", 1, 1, a -> result(a[0], ByteText.zfill(data(a[0]), len(a[0]), Ops.index(a[1]))));
        m.methodKw("translate", new String[] {"table", "delete"}, 1, 2, 1, (self, p) -> {
            byte[] table = null;
            if (p[0] != PyNone.NONE) {
                PyBytes t = requireBuffer(p[0]);
                if (t.length != 256) throw Errors.valueError("translation table must be 256 characters long");
                table = t.bytes;
            }
            PyBytes del = p[1] == null ? null : requireBuffer(p[1]);
            return result(self, ByteText.translate(data(self), len(self), table, del == null ? new byte[0] : del.bytes,
                    del == null ? 0 : del.length));
        });
    }

    // ------------------------------------------------------------------ helpers

    static byte[] data(Object self) {
        return ((PyBytes) self).bytes;
    }

    static int len(Object self) {
        return ((PyBytes) self).length;
    }

    static boolean isByteArray(Object o) {
        return ((PyBytes) o).type.isSubtypeOf(BuiltinTypes.BYTEARRAY);
    }

    /** A new object of the receiver's base type (bytes or bytearray) holding {@code r}. */
    static PyBytes result(Object self, byte[] r) {
        return new PyBytes(isByteArray(self) ? BuiltinTypes.BYTEARRAY : BuiltinTypes.BYTES, r);
    }

    static PyBytes requireBuffer(Object o) {
        if (o instanceof PyBytes b) return b;
        return new PyBytes(Buffers.bytesOf(o));
    }

    static int checkedSize(long n) {
        if (n > SequenceSupport.MAX_SIZE) throw SequenceSupport.memoryError();
        return (int) n;
    }

    /** A byte value from an int, with CPython's range check. */
    static byte byteValue(Object index) {
        if (index instanceof Long l && l >= 0 && l < 256) return (byte) (long) l;
        throw Errors.valueError("byte must be in range(0, 256)");
    }

    private static String strArg(String fname, String pname, Object v, String dflt) {
        if (v == null) return dflt;
        if (v instanceof String s) return s;
        throw Errors.typeError(fname + "() argument '" + pname + "' must be str, not " + Ops.typeName(v));
    }

    static long hash(PyBytes b) {
        // CPython's bytes hash: the same SipHash as str over Latin-1 text, so hash(b'abc') == hash('abc')
        return Hashing.hashBytes(b.bytes, 0, b.length);
    }

    static String repr(PyBytes b) {
        String r = ByteText.repr(b.bytes, b.length);
        if (!isByteArray(b)) return r;
        return b.type.name + "(" + r + ")";
    }

    static byte[] repeat(PyBytes self, long n) {
        if (self.length == 0 || n == 0) return new byte[0];
        if (n > SequenceSupport.MAX_SIZE / self.length) throw SequenceSupport.memoryError();
        byte[] r = new byte[(int) (self.length * n)];
        for (int k = 0; k < n; k++) System.arraycopy(self.bytes, 0, r, k * self.length, self.length);
        return r;
    }

    static Object getItem(PyBytes self, Object key) {
        boolean array = isByteArray(self);
        if (key instanceof PySlice s) {
            SliceIndices si = SliceIndices.of(s, self.length);
            byte[] r = new byte[(int) si.length()];
            for (int i = 0; i < r.length; i++) r[i] = self.bytes[(int) si.at(i)];
            return result(self, r);
        }
        long i = SequenceSupport.itemIndex(key, array ? "bytearray" : "byte");
        int k = SequenceSupport.normalize(i, self.length);
        if (k < 0) throw Errors.indexError(array ? "bytearray index out of range" : "index out of range");
        return (long) (self.bytes[k] & 0xff);
    }

    private static Object compare(PyBytes a, PyBytes b, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && a.length != b.length) return op == CompareOp.NE;
        int c = Arrays.compareUnsigned(a.bytes, 0, a.length, b.bytes, 0, b.length);
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> NOT_IMPLEMENTED;
        };
    }

    /** The {@code sub} argument of find/count/index: bytes-like, or an int naming one byte. */
    private static byte[] subArg(Object o) {
        if (o instanceof PyBytes b) return b.toArray();
        Object i = Ops.indexOrNull(o);
        if (i == null) throw Errors.typeError("argument should be integer or bytes-like object, not '" + Ops.typeName(o) + "'");
        return new byte[] {byteValue(i)};
    }

    /** CPython's ADJUST_INDICES on optional start/end (None allowed); start is not clamped to n. */
    private static long[] bounds(Object[] a, int from, int n) {
        long start = 0, end = n;
        if (a.length > from && a[from] != PyNone.NONE) start = SliceIndices.clampedIndex(a[from]);
        if (a.length > from + 1 && a[from + 1] != PyNone.NONE) end = SliceIndices.clampedIndex(a[from + 1]);
        if (end > n) end = n;
        else if (end < 0) end = Math.max(0, end + n);
        if (start < 0) start = Math.max(0, start + n);
        return new long[] {start, end};
    }

    private static Object search(String kind, Object[] a) {
        byte[] d = data(a[0]);
        int n = len(a[0]);
        byte[] sub = subArg(a[1]);
        long[] se = bounds(a, 2, n);
        if (kind.equals("count")) return ByteSearch.count(d, se[0], se[1], sub, sub.length, Long.MAX_VALUE);
        boolean right = kind.startsWith("r");
        long r = right ? ByteSearch.rfind(d, se[0], se[1], sub, sub.length) : ByteSearch.find(d, se[0], se[1], sub, sub.length);
        if (r < 0 && kind.endsWith("index")) throw Errors.valueError("subsection not found");
        return r;
    }

    private static Object startsOrEnds(String kind, Object[] a) {
        byte[] d = data(a[0]);
        int n = len(a[0]);
        long[] se = bounds(a, 2, n);
        boolean atEnd = kind.equals("endswith");
        if (a[1] instanceof PyTuple t) {
            for (Object x : t.items) {
                PyBytes p = requireBuffer(x);
                if (ByteSearch.tailMatch(d, se[0], se[1], p.bytes, p.length, atEnd)) return true;
            }
            return false;
        }
        if (!(a[1] instanceof PyBytes p)) {
            throw Errors.typeError(kind + " first arg must be bytes or a tuple of bytes, not " + Ops.typeName(a[1]));
        }
        return ByteSearch.tailMatch(d, se[0], se[1], p.bytes, p.length, atEnd);
    }

    private static Object join(Object self, Object iterable) {
        Object[] items = SequenceSupport.toArray(iterable);
        long total = 0;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBytes)) {
                // CPython refuses a view sliced with a step here with the same TypeError
                byte[] copy = items[i] instanceof BufferExporter e && e.bufferContiguous()
                        ? e.bufferCopy() : null;
                if (copy == null) {
                    throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, " + Ops.typeName(items[i]) + " found");
                }
                items[i] = new PyBytes(copy);
            }
            total += ((PyBytes) items[i]).length + (i > 0 ? len(self) : 0);
        }
        byte[] r = new byte[checkedSize(total)];
        int at = 0;
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                System.arraycopy(data(self), 0, r, at, len(self));
                at += len(self);
            }
            PyBytes b = (PyBytes) items[i];
            System.arraycopy(b.bytes, 0, r, at, b.length);
            at += b.length;
        }
        return result(self, r);
    }

    private static Object split(Object self, Object[] p, boolean right) {
        PyBytes sep = p[0] == null || p[0] == PyNone.NONE ? null : requireBuffer(p[0]);
        if (sep != null && sep.length == 0) throw Errors.valueError("empty separator");
        long max = p[1] == null ? -1 : Ops.index(p[1]);
        byte[] sb = sep == null ? null : sep.toArray();
        int sn = sep == null ? 0 : sep.length;
        return list(self, right ? ByteSearch.rsplit(data(self), len(self), sb, sn, max) : ByteSearch.split(data(self), len(self), sb, sn, max));
    }

    private static Object partition(Object self, Object sepArg, boolean right) {
        PyBytes sep = requireBuffer(sepArg);
        if (sep.length == 0) throw Errors.valueError("empty separator");
        byte[] d = data(self);
        int n = len(self);
        byte[] sb = sep.toArray();
        long at = right ? ByteSearch.rfind(d, 0, n, sb, sb.length) : ByteSearch.find(d, 0, n, sb, sb.length);
        if (at < 0) {
            PyBytes whole = result(self, Arrays.copyOf(d, n)), empty1 = result(self, new byte[0]), empty2 = result(self, new byte[0]);
            return right ? PyTuple.of(empty1, empty2, whole) : PyTuple.of(whole, empty1, empty2);
        }
        int i = (int) at;
        return PyTuple.of(result(self, Arrays.copyOfRange(d, 0, i)), result(self, sb),
                result(self, Arrays.copyOfRange(d, i + sb.length, n)));
    }

    private static PyList list(Object self, List<byte[]> parts) {
        PyList out = new PyList();
        for (byte[] part : parts) out.append(result(self, part));
        return out;
    }

    private static String hex(Object self, Object sepArg, Object perSepArg) {
        char sep = 0;
        if (sepArg != null) {
            int sepLen;
            int c;
            if (sepArg instanceof String s) {
                sepLen = s.codePointCount(0, s.length());
                c = sepLen == 1 ? s.codePointAt(0) : -1;
            } else if (sepArg instanceof PyBytes b) {
                sepLen = b.length;
                c = sepLen == 1 ? b.bytes[0] & 0xff : -1;
            } else {
                sepLen = (int) Ops.len(sepArg);
                c = -1;
            }
            if (sepLen != 1) throw Errors.valueError("sep must be length 1.");
            if (c > 127) throw Errors.valueError("sep must be ASCII.");
            sep = (char) c;
        }
        long perSep = perSepArg == null ? 1 : Ops.index(perSepArg);
        return ByteText.hex(data(self), len(self), sep, perSep);
    }

    /** {@code bytes_iterator}/{@code bytearray_iterator}: ints, seeing a bytearray's current length. */
    static final class ByteIterator extends PyIterator {
        PyBytes source;
        int index;

        ByteIterator(PyType type, PyBytes source) {
            super(type);
            this.source = source;
        }

        @Override
        public Object next() {
            PyBytes b = source;
            if (b == null) return null;
            if (index < b.length) return (long) (b.bytes[index++] & 0xff);
            source = null;
            return null;
        }

        long remaining() {
            return source == null ? 0 : Math.max(0, source.length - index);
        }
    }
}
