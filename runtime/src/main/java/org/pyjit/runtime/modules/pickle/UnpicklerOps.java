package org.pyjit.runtime.modules.pickle;

import static org.pyjit.runtime.modules.pickle.PickleOpcodes.*;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.bytes.Codecs;

/**
 * The unpickler's less frequent opcodes: object construction (REDUCE, NEWOBJ, NEWOBJ_EX, OBJ,
 * INST, BUILD, EXT*), the text-protocol opcodes, persistent ids, out-of-band buffers and stack
 * manipulation. {@link Unpickler} keeps the hot ones.
 */
final class UnpicklerOps {
    private UnpicklerOps() {}

    static void step(Unpickler u, int op, PickleInput in) {
        switch (op) {
            case REDUCE -> {
                Object args = u.popValue();
                Object callable = u.popValue();
                if (!(args instanceof PyTuple t)) throw Errors.typeError("argument list must be a tuple");
                u.pushValue(Ops.call(callable, t.items));
            }
            case NEWOBJ -> {
                Object args = u.popValue();
                Object cls = u.popValue();
                if (!(cls instanceof PyType)) throw PickleModule.unpicklingError("NEWOBJ class argument must be a type, not " + Ops.typeName(cls));
                if (!(args instanceof PyTuple t)) throw PickleModule.unpicklingError("NEWOBJ args argument must be a tuple, not " + Ops.typeName(args));
                u.pushValue(newObject((PyType) cls, t.items, null));
            }
            case NEWOBJ_EX -> {
                Object kwargs = u.popValue();
                Object args = u.popValue();
                Object cls = u.popValue();
                if (!(cls instanceof PyType)) throw PickleModule.unpicklingError("NEWOBJ_EX class argument must be a type, not " + Ops.typeName(cls));
                if (!(args instanceof PyTuple t)) throw PickleModule.unpicklingError("NEWOBJ_EX args argument must be a tuple, not " + Ops.typeName(args));
                if (!(kwargs instanceof PyDict d)) throw PickleModule.unpicklingError("NEWOBJ_EX kwargs argument must be a dict, not " + Ops.typeName(kwargs));
                u.pushValue(newObject((PyType) cls, t.items, d));
            }
            case BUILD -> build(u);
            case POP -> u.popTopOrMark();
            case POP_MARK -> u.popItemsFrom(u.markerIndex());
            case DUP -> u.pushValue(u.topValue());
            case INT -> {
                String s = text(in);
                if (s.equals("00")) u.pushValue(Boolean.FALSE);
                else if (s.equals("01")) u.pushValue(Boolean.TRUE);
                else u.pushValue(parseInt(s, "could not convert string to int"));
            }
            case LONG -> {
                String s = text(in);
                if (s.endsWith("L")) s = s.substring(0, s.length() - 1);
                u.pushValue(parseInt(s, null));
            }
            case FLOAT -> {
                byte[] line = checkedLine(in);
                String text = new String(line, java.nio.charset.StandardCharsets.ISO_8859_1);
                try {
                    u.pushValue(Ops.call(BuiltinTypes.FLOAT, text.substring(0, text.length() - 1)));
                } catch (PyException e) {
                    if (!e.value.type.isSubtypeOf(ExceptionTypes.VALUE_ERROR)) throw e;
                    throw Errors.valueError("could not convert string to float: '" + text + "'"); // CPython quotes the raw line
                }
            }
            case STRING -> {
                byte[] line = in.line();
                if (line.length < 2) throw PickleInput.truncated();
                int n = line.length - 1;
                if (n < 2 || line[0] != line[n - 1] || (line[0] != '\'' && line[0] != '"')) {
                    throw PickleModule.unpicklingError("the STRING opcode argument must be quoted");
                }
                u.pushValue(u.decodeString(org.pyjit.runtime.modules.codecs.EscapeCodecs.escapeDecode(java.util.Arrays.copyOfRange(line, 1, n - 1))));
            }
            case BINSTRING -> {
                int n = (int) in.le(4);
                if (n < 0) throw PickleModule.unpicklingError("BINSTRING pickle has negative byte count");
                u.pushValue(u.decodeString(in.bytes(n)));
            }
            case SHORT_BINSTRING -> u.pushValue(u.decodeString(in.bytes(in.u8())));
            case UNICODE -> {
                byte[] line = in.line();
                u.pushValue(Codecs.decode(line, line.length - 1, "raw-unicode-escape", "strict"));
            }
            case GET -> u.pushValue(u.getMemo(memoIndex(text(in))));
            case PUT -> {
                long idx = memoIndex(text(in));
                if (idx < 0) throw Errors.valueError("negative PUT argument");
                u.putMemo(idx, u.topValue());
            }
            case PERSID -> {
                if (u.persLoad == null) throw noPersistentLoad();
                byte[] line = in.line();
                for (int i = 0; i < line.length - 1; i++) {
                    if (line[i] < 0) throw PickleModule.unpicklingError("persistent IDs in protocol 0 must be ASCII strings");
                }
                u.pushValue(Ops.call(u.persLoad, Unpickler.ascii(line)));
            }
            case BINPERSID -> {
                if (u.persLoad == null) throw noPersistentLoad();
                u.pushValue(Ops.call(u.persLoad, u.popValue()));
            }
            case INST -> {
                String module = Unpickler.ascii(checkedLine(in));
                String name = Unpickler.ascii(checkedLine(in));
                int mark = u.markerIndex();
                Object[] args = u.popItemsFrom(mark);
                Object cls = u.findClass(module, name);
                u.pushValue(instantiate(cls, args));
            }
            case OBJ -> {
                int mark = u.markerIndex();
                if (u.stackSize() - mark < 1) throw u.stackUnderflow();
                Object[] all = u.popItemsFrom(mark);
                u.pushValue(instantiate(all[0], java.util.Arrays.copyOfRange(all, 1, all.length)));
            }
            case EXT1 -> u.pushValue(extension(u, in.u8()));
            case EXT2 -> u.pushValue(extension(u, (int) in.le(2)));
            case EXT4 -> u.pushValue(extension(u, (int) in.le(4)));
            case NEXT_BUFFER -> {
                if (u.buffers == null) {
                    throw PickleModule.unpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given");
                }
                Object buf = Ops.next(u.buffers);
                if (buf == null) throw PickleModule.unpicklingError("not enough out-of-band buffers");
                u.pushValue(buf);
            }
            case READONLY_BUFFER -> {
                Object buf = u.topValue();
                Object view = Ops.call(org.pyjit.runtime.modules.MemoryView.TYPE, buf);
                if (!Ops.isTrue(Ops.getAttr(view, "readonly"))) u.replaceTop(Ops.call(Ops.getAttr(view, "toreadonly")));
            }
            default -> {
                char c = (char) op;
                String key = c >= 0x20 && c <= 0x7e && c != '\'' && c != '\\' ? String.valueOf(c) : String.format("\\x%02x", op);
                throw PickleModule.unpicklingError("invalid load key, '" + key + "'.");
            }
        }
    }

    private static PyException noPersistentLoad() {
        return PickleModule.unpicklingError("A load persistent id instruction was encountered,\nbut no persistent_load function was specified.");
    }

    private static byte[] checkedLine(PickleInput in) {
        byte[] l = in.line();
        if (l.length < 2) throw PickleInput.truncated();
        return l;
    }

    /** A text opcode's argument line without its newline (at least one character). */
    private static String text(PickleInput in) {
        return Unpickler.ascii(checkedLine(in));
    }

    private static Object parseInt(String s, String message) {
        String t = s.strip();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            try {
                BigInteger b = new BigInteger(t);
                return b.bitLength() < 64 ? (Object) b.longValue() : b;
            } catch (NumberFormatException e2) {
                if (message != null) throw Errors.valueError(message);
                throw Errors.valueError("invalid literal for int() with base 10: " + Ops.repr(s));
            }
        }
    }

    private static long memoIndex(String s) {
        Object v = parseInt(s, "invalid literal for int() with base 10: " + Ops.repr(s));
        if (v instanceof Long l) return l;
        throw Errors.overflow("Python int too large to convert to C ssize_t");
    }

    private static Object newObject(PyType cls, Object[] args, PyDict kwargs) {
        Object[] all = new Object[args.length + 1];
        all[0] = cls;
        System.arraycopy(args, 0, all, 1, args.length);
        Object newMethod = Ops.getAttr(cls, "__new__");
        if (kwargs == null || kwargs.size() == 0) return Ops.call(newMethod, all);
        return PickleReduction.callWithDict(newMethod, all, kwargs);
    }

    private static Object instantiate(Object cls, Object[] args) {
        if (cls instanceof PyType t && args.length == 0 && PickleModule.lookupAttr(cls, "__getinitargs__") == null) {
            return Ops.call(Ops.getAttr(t, "__new__"), t);
        }
        return Ops.call(cls, args);
    }

    /** BUILD: {@code __setstate__(state)}, else the state dict into {@code __dict__} and slot state by setattr. */
    private static void build(Unpickler u) {
        Object state = u.popValue();
        Object inst = u.topValue();
        Object setstate = PickleModule.lookupAttr(inst, "__setstate__");
        if (setstate != null) {
            Ops.call(setstate, state);
            return;
        }
        Object slotState = null;
        if (state instanceof PyTuple t && t.items.length == 2) {
            state = t.items[0];
            slotState = t.items[1];
        }
        if (state != PyNone.NONE) {
            if (!(state instanceof PyDict d)) throw PickleModule.unpicklingError("state is not a dictionary");
            PyObject direct = inst instanceof PyObject po && po.hasInstanceDict() && !(inst instanceof PyType) ? po : null;
            Object dict = direct == null ? Ops.getAttr(inst, "__dict__") : null;
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                Object k = d.keyAt(e);
                if (direct != null && k instanceof String s) direct.setInstanceAttr(s.intern(), d.valueAt(e));
                else Ops.setItem(dict == null ? (dict = Ops.getAttr(inst, "__dict__")) : dict, k, d.valueAt(e));
            }
        }
        if (slotState != null && slotState != PyNone.NONE) {
            if (!(slotState instanceof PyDict d)) throw PickleModule.unpicklingError("slot state is not a dictionary");
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                Object k = d.keyAt(e);
                if (!(k instanceof String s)) throw Errors.typeError("attribute name must be string, not '" + Ops.typeName(k) + "'");
                Ops.setAttr(inst, s, d.valueAt(e));
            }
        }
    }

    private static Object extension(Unpickler u, int code) {
        if (code <= 0) throw Errors.runtimeError("EXT specifies code <= 0");
        Object cache = PickleModule.moduleAttr("copyreg", "_extension_cache");
        Object key = (long) code;
        Object obj = cache instanceof PyDict d ? d.get(key) : null;
        if (obj != null) return obj;
        Object registry = PickleModule.moduleAttr("copyreg", "_inverted_registry");
        Object pair = registry instanceof PyDict r ? r.get(key) : null;
        if (pair == null) throw Errors.valueError("unregistered extension code " + code);
        if (!(pair instanceof PyTuple t) || t.items.length != 2 || !(t.items[0] instanceof String) || !(t.items[1] instanceof String)) {
            throw Errors.valueError("_inverted_registry[" + code + "] isn't a 2-tuple of strings");
        }
        obj = u.findClass(t.items[0], t.items[1]);
        Ops.setItem(cache, key, obj);
        return obj;
    }

    static boolean isAttributeError(PyException e) {
        return e.value.type.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR);
    }
}
