package org.pyjit.runtime.modules.pickle;

import static org.pyjit.runtime.modules.pickle.PickleOpcodes.*;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.objects.Buffers;
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
import org.pyjit.runtime.types.bytes.Codecs;

/**
 * A {@code _pickle.Unpickler}: runs the pickle machine over its input. The stack and the mark stack
 * are arrays; the memo is an array indexed by memo number. Errors and messages follow CPython's C
 * unpickler (truncated data, stack underflow, unknown opcodes, missing memo entries).
 */
final class Unpickler extends PyObject {
    PickleInput in;
    int proto;
    boolean fixImports = true;
    String encoding = "ASCII", errors = "strict";
    Object persLoad;
    Object buffers;
    boolean initialized;

    private Object[] stack = new Object[16];
    private int sp;
    private int[] marks = new int[8];
    private int nmarks;
    private Object[] memo = new Object[32];
    /** Number of memo entries set (MEMOIZE stores at this index, as CPython's memo_len). */
    private int memoCount;

    Unpickler(PyType type) {
        super(type);
    }

    private void options(Object fixImports, Object encoding, Object errors, Object buffers) {
        this.fixImports = fixImports == null || Ops.isTrue(fixImports);
        if (encoding != null) {
            if (!(encoding instanceof String e)) throw Errors.typeError("argument 'encoding' must be str, not " + Ops.typeName(encoding));
            this.encoding = e;
        }
        if (errors != null) {
            if (!(errors instanceof String e)) throw Errors.typeError("argument 'errors' must be str, not " + Ops.typeName(errors));
            this.errors = e;
        }
        this.buffers = buffers == null || buffers == PyNone.NONE ? null : Ops.iter(buffers);
        memo = new Object[32];
        memoCount = 0;
        if (type != UnpicklerType.TYPE) {
            Object pl = Ops.getAttrOrNull(this, "persistent_load");
            if (pl != null) persLoad = pl;
        }
        initialized = true;
    }

    /** {@code Unpickler.__init__(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())}. */
    void init(Object file, Object fixImports, Object encoding, Object errors, Object buffers) {
        Object read = Ops.getAttrOrNull(file, "read");
        Object readline = Ops.getAttrOrNull(file, "readline");
        if (read == null || readline == null) throw Errors.typeError("file must have 'read' and 'readline' attributes");
        in = new PickleInput(read, readline);
        options(fixImports, encoding, errors, buffers);
    }

    /** {@code loads}: the input is the data itself. */
    void initBytes(Object data, Object fixImports, Object encoding, Object errors, Object buffers) {
        if (data instanceof String) throw Errors.typeError("a bytes-like object is required, not 'str'");
        byte[] b = data instanceof PyBytes pb ? pb.bytes : Buffers.bytesOf(data);
        int n = data instanceof PyBytes pb ? pb.length : b.length;
        in = new PickleInput(b, n);
        options(fixImports, encoding, errors, buffers);
    }

    // ---------------------------------------------------------------- stack

    private void push(Object o) {
        if (sp == stack.length) stack = java.util.Arrays.copyOf(stack, sp * 2);
        stack[sp++] = o;
    }

    private int fence() {
        return nmarks > 0 ? marks[nmarks - 1] : 0;
    }

    private RuntimeException underflow() {
        return PickleModule.unpicklingError(nmarks > 0 ? "unexpected MARK found" : "unpickling stack underflow");
    }

    private Object pop() {
        if (sp <= fence()) throw underflow();
        Object o = stack[--sp];
        stack[sp] = null;
        return o;
    }

    private Object top() {
        if (sp <= fence()) throw underflow();
        return stack[sp - 1];
    }

    /** Pops the innermost mark and returns the stack height it recorded. */
    private int marker() {
        if (nmarks < 1) throw PickleModule.unpicklingError("could not find MARK");
        return marks[--nmarks];
    }

    private Object[] popFrom(int start) {
        Object[] items = java.util.Arrays.copyOfRange(stack, start, sp);
        java.util.Arrays.fill(stack, start, sp, null);
        sp = start;
        return items;
    }

    // ---------------------------------------------------------------- memo

    private void memoPut(long idx, Object v) {
        if (idx >= memo.length) {
            if (idx > Integer.MAX_VALUE - 8) throw Errors.of(ExceptionTypes.MEMORY_ERROR, "memo index too large");
            memo = java.util.Arrays.copyOf(memo, (int) Math.max(idx + 1, Math.min((long) memo.length * 2, Integer.MAX_VALUE - 8)));
        }
        if (memo[(int) idx] == null) memoCount++;
        memo[(int) idx] = v;
    }

    private Object memoGet(long idx) {
        Object v = idx >= 0 && idx < memo.length ? memo[(int) idx] : null;
        if (v == null) throw PickleModule.unpicklingError("Memo value not found at index " + idx);
        return v;
    }

    int memoLength() {
        return memoCount;
    }

    PyDict memoCopy() {
        PyDict d = new PyDict();
        for (int i = 0; i < memo.length; i++) if (memo[i] != null) d.put((long) i, memo[i]);
        return d;
    }

    void memoClear() {
        memo = new Object[32];
        memoCount = 0;
    }

    void setMemo(PyDict d) {
        Object[] fresh = new Object[32];
        Object[] saved = memo;
        int savedCount = memoCount;
        memo = fresh;
        memoCount = 0;
        try {
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                Object k = d.keyAt(e);
                if (!(k instanceof Long idx) || idx < 0) throw Errors.valueError("memo key must be positive integers.");
                memoPut(idx, d.valueAt(e));
            }
        } catch (RuntimeException ex) {
            memo = saved;
            memoCount = savedCount;
            throw ex;
        }
    }

    // ---------------------------------------------------------------- the machine

    Object load() {
        if (!initialized || in == null) {
            throw PickleModule.unpicklingError("Unpickler.__init__() was not called by " + type.name + ".__init__()");
        }
        nmarks = 0;
        proto = 0;
        java.util.Arrays.fill(stack, 0, sp, null);
        sp = 0;
        PickleInput in = this.in;
        while (true) {
            int op;
            if (in.pos < in.limit) {
                op = in.buf[in.pos++] & 0xff;
            } else {
                try {
                    op = in.u8();
                } catch (PickleInput.PickleException e) {
                    throw Errors.of(ExceptionTypes.EOF_ERROR, "Ran out of input");
                }
            }
            try {
                if (op == STOP) break;
                step(op, in);
            } catch (PickleInput.PickleException e) {
                throw PickleModule.unpicklingError("pickle data was truncated");
            }
        }
        return pop();
    }

    private void step(int op, PickleInput in) {
        switch (op) {
            case BININT1 -> push((long) in.u8());
            case BININT2 -> push(in.le(2));
            case BININT -> push((long) (int) in.le(4));
            case BINUNICODE -> push(unicode(size(in.le(4), "BINUNICODE")));
            case SHORT_BINUNICODE -> push(unicode(in.u8()));
            case BINUNICODE8 -> push(unicode(size(in.le(8), "BINUNICODE")));
            case BINFLOAT -> push(Double.longBitsToDouble(Long.reverseBytes(in.le(8))));
            case NONE -> push(PyNone.NONE);
            case NEWTRUE -> push(Boolean.TRUE);
            case NEWFALSE -> push(Boolean.FALSE);
            case EMPTY_DICT -> push(new PyDict());
            case EMPTY_LIST -> push(new PyList());
            case EMPTY_TUPLE -> push(PyTuple.EMPTY);
            case EMPTY_SET -> push(new PySet());
            case MARK -> {
                if (nmarks == marks.length) marks = java.util.Arrays.copyOf(marks, nmarks * 2);
                marks[nmarks++] = sp;
            }
            case MEMOIZE -> memoPut(memoLength(), top());
            case BINPUT -> memoPut(in.u8(), top());
            case LONG_BINPUT -> memoPut(in.le(4), top());
            case BINGET -> push(memoGet(in.u8()));
            case LONG_BINGET -> push(memoGet(in.le(4)));
            case SETITEM, SETITEMS -> setItems(op == SETITEM ? sp - 2 : marker());
            case APPEND -> appendItems(sp - 1);
            case APPENDS -> appendItems(marker());
            case ADDITEMS -> addItems(marker());
            case TUPLE1, TUPLE2, TUPLE3 -> {
                int n = op - TUPLE1 + 1;
                if (sp - fence() < n) throw underflow();
                push(new PyTuple(popFrom(sp - n)));
            }
            case TUPLE -> push(new PyTuple(popFrom(marker())));
            case LIST -> push(new PyList(popFrom(marker())));
            case DICT -> {
                Object[] items = popFrom(marker());
                if (items.length % 2 != 0) throw PickleModule.unpicklingError("odd number of items for DICT");
                PyDict d = new PyDict();
                for (int i = 0; i < items.length; i += 2) d.put(items[i], items[i + 1]);
                push(d);
            }
            case FROZENSET -> {
                PySet s = new PySet(BuiltinTypes.FROZENSET);
                for (Object o : popFrom(marker())) s.add(o);
                push(s);
            }
            case SHORT_BINBYTES -> push(new PyBytes(in.bytes(in.u8())));
            case BINBYTES -> push(new PyBytes(in.bytes(size(in.le(4), "BINBYTES"))));
            case BINBYTES8 -> push(new PyBytes(in.bytes(size(in.le(8), "BINBYTES"))));
            case BYTEARRAY8 -> push(new PyBytes(BuiltinTypes.BYTEARRAY, in.bytes(size(in.le(8), "BYTEARRAY8"))));
            case LONG1 -> push(longFrom(in.bytes(in.u8())));
            case LONG4 -> {
                int n = (int) in.le(4);
                if (n < 0) throw PickleModule.unpicklingError("LONG pickle has negative byte count");
                push(longFrom(in.bytes(n)));
            }
            case FRAME -> {
                long n = in.le(8);
                if (n > Integer.MAX_VALUE - 16) throw Errors.valueError("FRAME length exceeds system's maximum of " + Long.MAX_VALUE + " bytes");
                in.need((int) n);
            }
            case PROTO -> {
                int p = in.u8();
                if (p > HIGHEST_PROTOCOL) throw Errors.valueError("unsupported pickle protocol: " + p);
                proto = p;
            }
            case STACK_GLOBAL -> {
                Object name = pop();
                Object module = pop();
                if (!(name instanceof String) || !(module instanceof String)) throw PickleModule.unpicklingError("STACK_GLOBAL requires str");
                push(findClass(module, name));
            }
            case GLOBAL -> {
                String module = utf8Line(in);
                String name = utf8Line(in);
                push(findClass(module, name));
            }
            default -> UnpicklerOps.step(this, op, in);
        }
    }

    private static int size(long n, String what) {
        if (n < 0 || n > Integer.MAX_VALUE - 16) {
            throw PickleModule.unpicklingError(what + " exceeds system's maximum size of " + Long.MAX_VALUE + " bytes");
        }
        return (int) n;
    }

    private String unicode(int n) {
        in.need(n);
        String s = PickleText.fromUtf8(in.buf, in.pos, n);
        in.pos += n;
        return s;
    }

    private static Object longFrom(byte[] le) {
        int n = le.length;
        if (n == 0) return 0L;
        if (n <= 8) {
            long v = 0;
            for (int i = n - 1; i >= 0; i--) v = v << 8 | (le[i] & 0xff);
            int shift = 64 - 8 * n;
            return (v << shift) >> shift;
        }
        byte[] be = new byte[n];
        for (int i = 0; i < n; i++) be[i] = le[n - 1 - i];
        BigInteger b = new BigInteger(be);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private static String utf8Line(PickleInput in) {
        byte[] l = in.line();
        if (l.length < 2) throw PickleInput.truncated();
        return PickleText.fromUtf8(l, 0, l.length - 1);
    }

    Object findClass(Object module, Object name) {
        Object m = Ops.typeOf(this).lookup("find_class");
        if (m == UnpicklerType.FIND_CLASS && getInstanceAttr("find_class") == null) return findClassDefault(module, name);
        return Ops.call(Ops.getAttr(this, "find_class"), module, name);
    }

    Object findClassDefault(Object module, Object name) {
        try {
            return PickleGlobals.findClass(proto, fixImports, module, name);
        } catch (org.pyjit.runtime.exceptions.PyException e) {
            if (e.value.type == ExceptionTypes.ATTRIBUTE_ERROR && !(e.value.type.isSubtypeOf(ExceptionTypes.MODULE_NOT_FOUND_ERROR))) {
                Object mod = PickleModule.importModule(module);
                throw Errors.attributeError("Can't get attribute " + Ops.repr(name) + " on " + Ops.repr(mod));
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- container fills

    private void setItems(int start) {
        if (start > sp || start <= fence()) throw underflow();
        if (sp == start) return;
        if ((sp - start) % 2 != 0) throw PickleModule.unpicklingError("odd number of items for SETITEMS");
        Object target = stack[start - 1];
        Object[] items = popFrom(start);
        if (target instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            for (int i = 0; i < items.length; i += 2) d.put(items[i], items[i + 1]);
        } else {
            for (int i = 0; i < items.length; i += 2) Ops.setItem(target, items[i], items[i + 1]);
        }
    }

    private void appendItems(int start) {
        if (start > sp || start <= fence()) throw underflow();
        if (sp == start) return;
        Object target = stack[start - 1];
        Object[] items = popFrom(start);
        if (target instanceof PyList l && l.type == BuiltinTypes.LIST) {
            l.ensureCapacity(l.size + items.length);
            for (Object o : items) l.append(o);
            return;
        }
        Object extend = Ops.getAttrOrNull(target, "extend");
        if (extend != null) {
            Ops.call(extend, new PyList(items));
            return;
        }
        Object append = Ops.getAttr(target, "append");
        for (Object o : items) Ops.call(append, o);
    }

    private void addItems(int start) {
        if (start > sp || start <= fence()) throw underflow();
        if (sp == start) return;
        Object target = stack[start - 1];
        Object[] items = popFrom(start);
        if (target instanceof PySet s && !s.isFrozen()) {
            for (Object o : items) s.add(o);
            return;
        }
        Object add = Ops.getAttr(target, "add");
        for (Object o : items) Ops.call(add, o);
    }

    // helpers for UnpicklerOps
    void pushValue(Object o) {
        push(o);
    }

    Object popValue() {
        return pop();
    }

    Object topValue() {
        return top();
    }

    void replaceTop(Object o) {
        top();
        stack[sp - 1] = o;
    }

    int markerIndex() {
        return marker();
    }

    Object[] popItemsFrom(int start) {
        return popFrom(start);
    }

    void pushMark() {
        step(MARK, in);
    }

    void putMemo(long idx, Object v) {
        memoPut(idx, v);
    }

    Object getMemo(long idx) {
        return memoGet(idx);
    }

    int stackSize() {
        return sp;
    }

    int fenceIndex() {
        return fence();
    }

    RuntimeException stackUnderflow() {
        return underflow();
    }

    /** POP: drops the top item, or the innermost mark when it sits on top. */
    void popTopOrMark() {
        if (nmarks > 0 && marks[nmarks - 1] == sp) {
            nmarks--;
            return;
        }
        pop();
    }

    /** Python 2 string data as the {@code encoding} argument asks: bytes, or text decoded with it. */
    Object decodeString(byte[] data) {
        if (encoding.equals("bytes")) return new PyBytes(data);
        if (data.length == 0) return Ops.call(Ops.getAttr(new PyBytes(data), "decode"), encoding, errors);
        return Codecs.decode(data, data.length, encoding, errors);
    }

    static String ascii(byte[] line) {
        return new String(line, 0, line.length - 1, StandardCharsets.ISO_8859_1);
    }
}
