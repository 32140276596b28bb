package org.pyjit.runtime.types;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyCode;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code code.replace(**changes)} and the code attributes that describe CPython's bytecode
 * ({@code co_code}, {@code co_linetable}, {@code co_lnotab}, {@code co_exceptiontable},
 * {@code co_lines()}). pyjit's code is register bytecode, so {@code co_code} holds its instruction
 * words (4 bytes each, little-endian) and the offsets {@code co_lines} reports are byte offsets into
 * it. A replacement keeps the instructions: names, file, line, flags, argument counts and constants
 * change; tables the instructions index into may grow but not shrink, and the instructions
 * themselves ({@code co_code}) can only be "replaced" by their own bytes.
 */
final class CodeReplace {
    private CodeReplace() {}

    private static final String[] KEYWORDS = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
        "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars",
        "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"};

    static void install(org.pyjit.runtime.objects.PyType t) {
        Install.methodKw(t, "replace", (args, kwnames) -> {
            if (args.length - (kwnames == null ? 0 : kwnames.length) > 1) {
                throw Errors.typeError("replace() takes no positional arguments");
            }
            return replace(((PyCode) args[0]).code, args, kwnames);
        });
        Install.readonly(t, "co_code", o -> new PyBytes(codeBytes(((PyCode) o).code)));
        Install.readonly(t, "co_linetable", o -> new PyBytes(new byte[0]));
        Install.readonly(t, "co_lnotab", o -> new PyBytes(new byte[0]));
        Install.readonly(t, "co_exceptiontable", o -> new PyBytes(new byte[0]));
        Install.method(t, "co_lines", 0, 0, a -> Ops.iter(lines(((PyCode) a[0]).code)));
    }

    /** The instruction words as bytes. */
    static byte[] codeBytes(CodeObject c) {
        ByteBuffer b = ByteBuffer.allocate(c.code.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int w : c.code) b.putInt(w);
        return b.array();
    }

    /** {@code co_lines()}: (start, end, line) for each run of instructions on one line, in byte offsets. */
    private static PyList lines(CodeObject c) {
        PyList out = new PyList();
        int start = 0, line = c.lineAt(0);
        for (int pc = 1; pc <= c.code.length; pc++) {
            int l = pc < c.code.length ? c.lineAt(pc) : Integer.MIN_VALUE;
            if (l != line) {
                out.append(PyTuple.of((long) start * 4, (long) pc * 4, (Object) (long) line));
                start = pc;
                line = l;
            }
        }
        return out;
    }

    private static Object replace(CodeObject c, Object[] args, String[] kwnames) {
        String name = c.name, qualname = c.qualname, filename = c.filename;
        int firstLineno = c.firstLineno, argcount = c.argcount, posonly = c.posonlyargcount, kwonly = c.kwonlyargcount;
        int flags = c.flags;
        String[] varnames = c.varnames, cellvars = c.cellvars, freevars = c.freevars, names = c.names;
        Object[] consts = c.consts;
        int first = args.length - (kwnames == null ? 0 : kwnames.length);
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            String k = kwnames[i];
            Object v = args[first + i];
            switch (k) {
                case "co_name" -> name = str(k, v);
                case "co_qualname" -> qualname = str(k, v);
                case "co_filename" -> filename = str(k, v);
                case "co_firstlineno" -> firstLineno = integer(k, v);
                case "co_argcount" -> argcount = integer(k, v);
                case "co_posonlyargcount" -> posonly = integer(k, v);
                case "co_kwonlyargcount" -> kwonly = integer(k, v);
                case "co_flags" -> flags = integer(k, v);
                case "co_nlocals", "co_stacksize" -> integer(k, v); // follow from the register layout
                case "co_linetable", "co_exceptiontable" -> bytes(k, v); // positions stay those of the instructions
                case "co_code" -> {
                    if (!Arrays.equals(bytes(k, v), codeBytes(c))) {
                        throw Errors.valueError("code.replace(): pyjit cannot run new co_code (its bytecode is not CPython's)");
                    }
                }
                case "co_consts" -> consts = constants(c.consts, tuple(k, v));
                case "co_names" -> names = strings(k, v, c.names.length, false);
                case "co_varnames" -> varnames = strings(k, v, c.varnames.length, true);
                case "co_cellvars" -> cellvars = strings(k, v, c.cellvars.length, true);
                case "co_freevars" -> freevars = strings(k, v, c.freevars.length, true);
                default -> throw Errors.typeError("'" + k + "' is an invalid keyword argument for replace()");
            }
        }
        if (argcount < 0 || posonly < 0 || kwonly < 0) throw Errors.valueError("code: argcount must not be negative");
        if (argcount + kwonly > varnames.length) throw Errors.valueError("code: co_varnames is too small");
        CodeObject n = new CodeObject(name, qualname, filename, firstLineno, argcount, posonly, kwonly, flags, varnames,
                cellvars, freevars, names, consts, c.registerCount, c.code, c.positionPcs(), c.positionData(),
                c.exceptionTable, c.cellParameters, c.doc);
        return PyCode.of(n);
    }

    private static String str(String k, Object v) {
        if (v instanceof String s) return s;
        throw Errors.typeError("replace() argument '" + k + "' must be str, not " + Ops.typeName(v));
    }

    private static int integer(String k, Object v) {
        if (!(v instanceof Long || v instanceof Boolean || v instanceof BigInteger)) {
            throw Errors.typeError("'" + Ops.typeName(v) + "' object cannot be interpreted as an integer");
        }
        long l = Ops.index(v);
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) throw Errors.overflow("Python int too large to convert to C int");
        return (int) l;
    }

    private static byte[] bytes(String k, Object v) {
        if (v instanceof PyBytes b && Ops.typeOf(v) == BuiltinTypes.BYTES) return b.toArray();
        throw Errors.typeError("replace() argument '" + k + "' must be bytes, not " + Ops.typeName(v));
    }

    private static PyTuple tuple(String k, Object v) {
        if (v instanceof PyTuple t) return t;
        throw Errors.typeError("replace() argument '" + k + "' must be tuple, not " + Ops.typeName(v));
    }

    /** A names tuple; the instructions index into it, so it keeps its length ({@code exact}) or at least grows. */
    private static String[] strings(String k, Object v, int length, boolean exact) {
        PyTuple t = tuple(k, v);
        if (exact ? t.items.length != length : t.items.length < length) {
            throw Errors.valueError("code.replace(): pyjit's instructions need " + k + " of " + (exact ? "" : "at least ")
                    + length + " names, not " + t.items.length);
        }
        String[] out = new String[t.items.length];
        for (int i = 0; i < out.length; i++) {
            if (!(t.items[i] instanceof String s)) throw Errors.typeError("name tuples must contain only strings, not '"
                    + Ops.typeName(t.items[i]) + "'");
            out[i] = s;
        }
        return out;
    }

    /** New constants as pool entries. */
    private static Object[] constants(Object[] old, PyTuple t) {
        if (t.items.length < old.length) {
            throw Errors.valueError("code.replace(): pyjit's instructions need co_consts of at least " + old.length
                    + " constants, not " + t.items.length);
        }
        Object[] out = new Object[t.items.length];
        for (int i = 0; i < out.length; i++) out[i] = entry(t.items[i], i < old.length ? old[i] : null, i < old.length);
        return out;
    }

    /**
     * The pool entry for constant {@code v}: the old entry when {@code v} is what {@code co_consts}
     * showed for it (so entries only the instructions understand, like call keyword names, survive),
     * nested code as its compiled code, anything else as the value itself.
     */
    private static Object entry(Object v, Object old, boolean hadOld) {
        if (hadOld) {
            Object shown = FunctionMethods.constValue(old);
            if (shown == v || (shown.getClass() == v.getClass() && Ops.typeOf(shown) == Ops.typeOf(v) && Ops.eq(shown, v))) {
                return old;
            }
        }
        if (v instanceof PyCode pc) return pc.code;
        return v; // str, int, float, bool, None, tuples and other objects are their own runtime values
    }
}
