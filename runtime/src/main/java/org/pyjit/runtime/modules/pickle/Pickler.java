package org.pyjit.runtime.modules.pickle;

import static org.pyjit.runtime.modules.pickle.PickleOpcodes.*;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.interpreter.ThreadState;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PySet;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * A {@code _pickle.Pickler}: writes objects in the pickle format. Exact builtin types (None, bool,
 * int, float, str, bytes, bytearray, tuple, list, dict, set, frozenset) are written directly;
 * everything else goes through {@code reducer_override}, the dispatch table, {@code __reduce_ex__}
 * or {@code __reduce__} ({@link PickleReduction}) or by reference ({@link PickleGlobals}). The
 * order of checks, the memo and the framing follow CPython's C pickler, so the bytes are the same.
 */
final class Pickler extends PyObject {
    final PickleOutput out = new PickleOutput();
    PickleMemo memo = new PickleMemo();
    int proto;
    boolean bin;
    boolean fast;
    boolean fixImports;
    boolean initialized;
    /** The file's {@code write} method, or null for {@code dumps}. */
    Object write;
    Object persFunc;
    Object dispatchTable;
    Object reducerOverride;
    Object bufferCallback;
    /** Objects being pickled in fast mode (recursion check without memo), by identity. */
    private java.util.IdentityHashMap<Object, Boolean> fastMemo;
    private int fastNesting;
    private int depth;

    Pickler(PyType type) {
        super(type);
    }

    /** {@code Pickler.__init__(file, protocol=None, fix_imports=True, buffer_callback=None)}; file null for dumps. */
    void init(Object file, Object protocol, Object fixImports, Object bufferCallback) {
        proto = PickleModule.protocol(protocol);
        this.fixImports = fixImports == null || Ops.isTrue(fixImports);
        bin = proto > 0;
        if (bufferCallback != null && bufferCallback != PyNone.NONE) {
            if (proto < 5) throw Errors.valueError("buffer_callback needs protocol >= 5");
            this.bufferCallback = bufferCallback;
        } else {
            this.bufferCallback = null;
        }
        if (file != null) {
            write = Ops.getAttrOrNull(file, "write");
            if (write == null) throw Errors.typeError("file must have a 'write' attribute");
        }
        out.clear();
        memo = new PickleMemo();
        fast = false;
        fastNesting = 0;
        fastMemo = null;
        if (type != PicklerType.TYPE) { // subclasses may define these as methods or class attributes
            Object pid = Ops.getAttrOrNull(this, "persistent_id");
            if (pid != null) persFunc = pid;
            Object table = Ops.getAttrOrNull(this, "dispatch_table");
            if (table != null) dispatchTable = table;
        }
        initialized = true;
    }

    void checkInitialized() {
        if (!initialized) {
            throw PickleModule.picklingError("Pickler.__init__() was not called by " + type.name + ".__init__()");
        }
    }

    /** {@code Pickler.dump(obj)}: the whole pickle, then one write to the file. */
    void dump(Object obj) {
        checkInitialized();
        out.clear();
        reducerOverride = type == PicklerType.TYPE ? null : Ops.getAttrOrNull(this, "reducer_override");
        try {
            if (proto >= 2) {
                out.op(PROTO, proto);
                if (proto >= 4) out.framing = true;
            }
            save(obj, false);
            out.op(STOP);
            out.commitFrame();
        } finally {
            out.framing = false;
            reducerOverride = null;
        }
        if (write != null) flushToFile();
    }

    private void flushToFile() {
        byte[] data = out.toArray();
        out.clear();
        Ops.call(write, new PyBytes(data));
    }

    // ---------------------------------------------------------------- dispatch

    void save(Object obj, boolean persSave) {
        if (!persSave && persFunc != null && savePersistent(obj)) {
            boundary();
            return;
        }
        if (obj == PyNone.NONE) {
            out.op(NONE);
        } else if (obj instanceof Boolean b) {
            if (proto >= 2) out.op(b ? NEWTRUE : NEWFALSE);
            else out.ascii(b ? "I01\n" : "I00\n");
        } else if (obj instanceof Long l) {
            saveLong(l);
        } else if (obj instanceof BigInteger bi) {
            saveBig(bi);
        } else if (obj instanceof Double d) {
            saveFloat(d);
        } else {
            int idx = memo.get(obj);
            if (idx >= 0) {
                memoGet(idx);
            } else if (obj instanceof String s) {
                saveStr(s);
            } else if (obj instanceof PyBytes b && b.type == BuiltinTypes.BYTES) {
                saveBytes(b);
            } else {
                ThreadState ts = ThreadState.current();
                if (ts.depth + ++depth > ThreadState.recursionLimit()) {
                    depth--;
                    throw Errors.recursion("maximum recursion depth exceeded while pickling an object");
                }
                try {
                    saveObject(obj);
                } finally {
                    depth--;
                }
            }
        }
        boundary();
    }

    private void boundary() {
        if (out.opcodeBoundary() && write != null) flushToFile();
    }

    private void saveObject(Object obj) {
        PyType t = Ops.typeOf(obj);
        if (t == BuiltinTypes.DICT) saveDict((PyDict) obj);
        else if (t == BuiltinTypes.SET) saveSet((PySet) obj);
        else if (t == BuiltinTypes.FROZENSET) saveFrozenset((PySet) obj);
        else if (t == BuiltinTypes.LIST) saveList((PyList) obj);
        else if (t == BuiltinTypes.TUPLE) saveTuple((PyTuple) obj);
        else if (t == BuiltinTypes.BYTEARRAY) saveByteArray((PyBytes) obj);
        else if (obj instanceof PickleBuffer pb) savePickleBuffer(pb);
        else PickleReduction.reduceAndSave(this, obj, t);
    }

    private boolean savePersistent(Object obj) {
        Object pid = Ops.call(persFunc, obj);
        if (pid == PyNone.NONE) return false;
        if (bin) {
            save(pid, true);
            out.op(BINPERSID);
        } else {
            String s = Ops.str(pid);
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 127) throw PickleModule.picklingError("persistent IDs in protocol 0 must be ASCII strings");
            }
            out.op(PERSID);
            out.ascii(s);
            out.op('\n');
        }
        return true;
    }

    // ---------------------------------------------------------------- memo

    void memoize(Object obj) {
        if (fast) return;
        int idx = memo.size();
        memo.put(obj, idx);
        if (proto >= 4) out.op(MEMOIZE);
        else if (bin) {
            if (idx < 256) out.op(BINPUT, idx);
            else out.op4(LONG_BINPUT, idx);
        } else {
            out.op(PUT);
            out.ascii(Integer.toString(idx));
            out.op('\n');
        }
    }

    void memoGet(int idx) {
        if (!bin) {
            out.op(GET);
            out.ascii(Integer.toString(idx));
            out.op('\n');
        } else if (idx < 256) {
            out.op(BINGET, idx);
        } else {
            out.op4(LONG_BINGET, idx);
        }
    }

    /** True when {@code obj} was memoized while its parts were being saved (a recursive structure). */
    boolean inMemo(Object obj) {
        return memo.get(obj) >= 0;
    }

    private boolean fastEnter(Object obj) {
        if (++fastNesting < 50) return true; // CPython's FAST_NESTING_LIMIT
        if (fastMemo == null) fastMemo = new java.util.IdentityHashMap<>();
        if (fastMemo.containsKey(obj)) {
            throw Errors.valueError("fast mode: can't pickle cyclic objects including object type " + Ops.typeName(obj)
                    + " at " + org.pyjit.runtime.objects.ObjectIdentity.address(obj));
        }
        fastMemo.put(obj, Boolean.TRUE);
        return true;
    }

    private void fastLeave(Object obj) {
        if (fastNesting-- >= 50 && fastMemo != null) fastMemo.remove(obj);
    }

    // ---------------------------------------------------------------- atoms

    private void saveLong(long v) {
        if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
            if (bin) {
                if (v >= 0 && v <= 0xff) out.op(BININT1, (int) v);
                else if (v >= 0 && v <= 0xffff) out.op2(BININT2, (int) v);
                else out.op4(BININT, v);
            } else {
                out.op(INT);
                out.ascii(Long.toString(v));
                out.op('\n');
            }
            return;
        }
        saveBig(BigInteger.valueOf(v));
    }

    private void saveBig(BigInteger v) {
        if (v.bitLength() < 32) {
            saveLong(v.longValue());
            return;
        }
        if (proto >= 2) {
            byte[] be = v.toByteArray(); // minimal two's complement, big-endian
            int n = be.length;
            if (n < 256) out.op(LONG1, n);
            else out.op4(LONG4, n);
            byte[] le = new byte[n];
            for (int i = 0; i < n; i++) le[i] = be[n - 1 - i];
            out.write(le);
        } else {
            out.op(LONG);
            out.ascii(v.toString());
            out.ascii("L\n");
        }
    }

    private void saveFloat(double d) {
        if (bin) {
            out.op8(BINFLOAT, Long.reverseBytes(Double.doubleToRawLongBits(d)));
        } else {
            out.op(FLOAT);
            out.ascii(Ops.repr(d));
            out.op('\n');
        }
    }

    private void saveStr(String s) {
        if (bin) {
            byte[] data = PickleText.utf8(s);
            long n = data.length;
            if (n <= 0xff && proto >= 4) writeBytes(SHORT_BINUNICODE, 1, data, data.length);
            else if (n <= 0xffffffffL) writeBytes(BINUNICODE, 4, data, data.length);
            else writeBytes(BINUNICODE8, 8, data, data.length);
        } else {
            out.op(UNICODE);
            out.write(PickleText.rawUnicodeEscape(s));
            out.op('\n');
        }
        memoize(s);
    }

    /**
     * An opcode with a {@code sizeBytes}-byte length, then the payload. Payloads of a frame's size or
     * more go outside frames (and straight to the file), as in CPython.
     */
    void writeBytes(int opcode, int sizeBytes, byte[] data, int n) {
        boolean bypass = n >= FRAME_SIZE_TARGET;
        boolean framing = out.framing;
        if (bypass) {
            out.commitFrame();
            out.framing = false;
        }
        switch (sizeBytes) {
            case 1 -> out.op(opcode, n);
            case 4 -> out.op4(opcode, n);
            default -> out.op8(opcode, n);
        }
        if (bypass && write != null) {
            flushToFile();
            Ops.call(write, new PyBytes(java.util.Arrays.copyOf(data, n)));
        } else {
            out.write(data, 0, n);
        }
        out.framing = framing;
    }

    private void saveBytes(PyBytes b) {
        if (proto < 3) {
            Object reduce;
            if (b.length == 0) {
                reduce = PyTuple.of(BuiltinTypes.BYTES, PyTuple.EMPTY);
            } else {
                String latin1 = new String(b.bytes, 0, b.length, java.nio.charset.StandardCharsets.ISO_8859_1);
                reduce = PyTuple.of(PickleGlobals.codecsEncode(), PyTuple.of(latin1, PickleText.LATIN1));
            }
            PickleReduction.saveReduce(this, (PyTuple) reduce, b);
            return;
        }
        int n = b.length;
        if (n <= 0xff) writeBytes(SHORT_BINBYTES, 1, b.bytes, n);
        else if ((long) n <= 0xffffffffL) writeBytes(BINBYTES, 4, b.bytes, n);
        else writeBytes(BINBYTES8, 8, b.bytes, n);
        memoize(b);
    }

    private void saveByteArray(PyBytes b) {
        if (proto < 5) {
            Object reduce = b.length == 0 ? PyTuple.of(BuiltinTypes.BYTEARRAY, PyTuple.EMPTY)
                    : PyTuple.of(BuiltinTypes.BYTEARRAY, PyTuple.of(new PyBytes(b.toArray())));
            PickleReduction.saveReduce(this, (PyTuple) reduce, b);
            return;
        }
        writeBytes(BYTEARRAY8, 8, b.bytes, b.length);
        memoize(b);
    }

    private void savePickleBuffer(PickleBuffer pb) {
        if (proto < 5) throw PickleModule.picklingError("PickleBuffer can only pickled with protocol >= 5");
        byte[] data = pb.data();
        boolean readonly = pb.readonly();
        boolean inBand = true;
        if (bufferCallback != null) inBand = Ops.isTrue(Ops.call(bufferCallback, pb));
        if (inBand) {
            if (readonly) {
                int n = data.length;
                if (n <= 0xff) writeBytes(SHORT_BINBYTES, 1, data, n);
                else writeBytes(BINBYTES, 4, data, n);
                memoize(pb);
            } else {
                writeBytes(BYTEARRAY8, 8, data, data.length);
                memoize(pb);
            }
        } else {
            out.op(NEXT_BUFFER);
            if (readonly) out.op(READONLY_BUFFER);
        }
    }

    // ---------------------------------------------------------------- containers

    private void saveTuple(PyTuple t) {
        Object[] items = t.items;
        int n = items.length;
        if (n == 0) {
            if (proto > 0) out.op(EMPTY_TUPLE);
            else {
                out.op(MARK);
                out.op(TUPLE);
            }
            return;
        }
        if (n <= 3 && proto >= 2) {
            for (Object item : items) save(item, false);
            int idx = memo.get(t);
            if (idx >= 0) {
                for (int i = 0; i < n; i++) out.op(POP);
                memoGet(idx);
                return;
            }
            out.op(n == 1 ? TUPLE1 : n == 2 ? TUPLE2 : TUPLE3);
            memoize(t);
            return;
        }
        out.op(MARK);
        for (Object item : items) save(item, false);
        int idx = memo.get(t);
        if (idx >= 0) {
            if (bin) out.op(POP_MARK);
            else for (int i = 0; i <= n; i++) out.op(POP);
            memoGet(idx);
            return;
        }
        out.op(TUPLE);
        memoize(t);
    }

    private void saveList(PyList l) {
        if (fast) fastEnter(l);
        try {
            if (bin) out.op(EMPTY_LIST);
            else {
                out.op(MARK);
                out.op(LIST);
            }
            memoize(l);
            if (l.size == 0) return;
            if (proto > 0) {
                if (l.size == 1) {
                    save(l.items[0], false);
                    out.op(APPEND);
                    return;
                }
                int total = 0;
                do {
                    int batch = 0;
                    out.op(MARK);
                    while (total < l.size) {
                        save(l.items[total], false);
                        total++;
                        if (++batch == BATCHSIZE) break;
                    }
                    out.op(APPENDS);
                } while (total < l.size);
            } else {
                batchList(Ops.iter(l));
            }
        } finally {
            if (fast) fastLeave(l);
        }
    }

    /** The items of an iterator as APPEND / MARK ... APPENDS (list items of a reduce value). */
    void batchList(Object iter) {
        if (proto == 0) {
            for (Object o = Ops.next(iter); o != null; o = Ops.next(iter)) {
                save(o, false);
                out.op(APPEND);
            }
            return;
        }
        int n;
        do {
            Object first = Ops.next(iter);
            if (first == null) break;
            Object o = Ops.next(iter);
            if (o == null) {
                save(first, false);
                out.op(APPEND);
                break;
            }
            out.op(MARK);
            save(first, false);
            n = 1;
            while (o != null) {
                save(o, false);
                n++;
                if (n == BATCHSIZE) break;
                o = Ops.next(iter);
            }
            out.op(APPENDS);
            if (n != BATCHSIZE) break;
        } while (true);
    }

    private void saveDict(PyDict d) {
        if (fast) fastEnter(d);
        try {
            if (bin) out.op(EMPTY_DICT);
            else {
                out.op(MARK);
                out.op(DICT);
            }
            memoize(d);
            int size = d.size();
            if (size == 0) return;
            if (proto > 0) {
                if (size == 1) {
                    int e = d.nextEntry(0);
                    Object k = d.keyAt(e), v = d.valueAt(e); // both first: saving the key may change the dict
                    save(k, false);
                    save(v, false);
                    out.op(SETITEM);
                    return;
                }
                int pos = 0;
                int i;
                do {
                    i = 0;
                    out.op(MARK);
                    for (int e = d.nextEntry(pos); e >= 0; e = d.nextEntry(e + 1)) {
                        pos = e + 1;
                        Object k = d.keyAt(e), v = d.valueAt(e);
                        save(k, false);
                        save(v, false);
                        if (++i == BATCHSIZE) break;
                        if (d.size() != size) break;
                    }
                    out.op(SETITEMS);
                    if (d.size() != size) throw Errors.runtimeError("dictionary changed size during iteration");
                } while (i == BATCHSIZE);
            } else {
                batchDict(Ops.iter(Ops.call(Ops.getAttr(d, "items"))));
            }
        } finally {
            if (fast) fastLeave(d);
        }
    }

    private static Object[] pair(Object o) {
        if (!(o instanceof PyTuple t) || t.items.length != 2) throw Errors.typeError("dict items iterator must return 2-tuples");
        return t.items;
    }

    /** The (key, value) pairs of an iterator as SETITEM / MARK ... SETITEMS. */
    void batchDict(Object iter) {
        if (proto == 0) {
            for (Object o = Ops.next(iter); o != null; o = Ops.next(iter)) {
                Object[] kv = pair(o);
                save(kv[0], false);
                save(kv[1], false);
                out.op(SETITEM);
            }
            return;
        }
        int n;
        do {
            Object first = Ops.next(iter);
            if (first == null) break;
            Object[] kv = pair(first);
            Object o = Ops.next(iter);
            if (o == null) {
                save(kv[0], false);
                save(kv[1], false);
                out.op(SETITEM);
                break;
            }
            out.op(MARK);
            save(kv[0], false);
            save(kv[1], false);
            n = 1;
            while (o != null) {
                kv = pair(o);
                save(kv[0], false);
                save(kv[1], false);
                if (++n == BATCHSIZE) break;
                o = Ops.next(iter);
            }
            out.op(SETITEMS);
            if (n != BATCHSIZE) break;
        } while (true);
    }

    private void saveSet(PySet s) {
        if (proto < 4) {
            PyList items = new PyList(s.toArray());
            PickleReduction.saveReduce(this, PyTuple.of(BuiltinTypes.SET, PyTuple.of(items)), s);
            return;
        }
        out.op(EMPTY_SET);
        memoize(s);
        int size = s.size();
        if (size == 0) return;
        int pos = 0;
        int i;
        do {
            i = 0;
            out.op(MARK);
            for (int j = s.nextSlot(pos); j >= 0; j = s.nextSlot(j + 1)) {
                pos = j + 1;
                save(s.keyAt(j), false);
                if (++i == BATCHSIZE) break;
                if (s.size() != size) break;
            }
            out.op(ADDITEMS);
            if (s.size() != size) throw Errors.runtimeError("set changed size during iteration");
        } while (i == BATCHSIZE);
    }

    private void saveFrozenset(PySet s) {
        if (fast) fastEnter(s);
        try {
            if (proto < 4) {
                PyList items = new PyList(s.toArray());
                PickleReduction.saveReduce(this, PyTuple.of(BuiltinTypes.FROZENSET, PyTuple.of(items)), s);
                return;
            }
            out.op(MARK);
            for (Object item : s.toArray()) save(item, false);
            int idx = memo.get(s);
            if (idx >= 0) {
                out.op(POP_MARK);
                memoGet(idx);
                return;
            }
            out.op(FROZENSET);
            memoize(s);
        } finally {
            if (fast) fastLeave(s);
        }
    }

    static boolean isStopIteration(PyException e) {
        return e.value.type.isSubtypeOf(ExceptionTypes.STOP_ITERATION);
    }
}
