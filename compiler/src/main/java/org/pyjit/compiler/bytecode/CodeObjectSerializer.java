package org.pyjit.compiler.bytecode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.pyjit.compiler.ast.BytesLiteral;
import org.pyjit.compiler.ast.ConstantSingleton;
import org.pyjit.compiler.ast.ImaginaryLiteral;

/**
 * pyjit's {@code .pyc} format: a compiled module's code objects as bytes, for the object cache's
 * "module bytecode" artifacts. Deterministic (the same code object always gives the same bytes).
 */
public final class CodeObjectSerializer {
    private CodeObjectSerializer() {}

    private static final int MAGIC = 0x50594a43; // "PYJC"

    private static final byte T_NULL = 0, T_LONG = 1, T_BIG = 2, T_DOUBLE = 3, T_STR = 4, T_TRUE = 5, T_FALSE = 6,
            T_BYTES = 7, T_IMAG = 8, T_NONE = 9, T_ELLIPSIS = 10, T_KWNAMES = 11, T_CODE = 12, T_FROZENSET = 13;

    public static byte[] serialize(CodeObject code) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(BytecodeCompiler.FORMAT_VERSION);
            writeCode(out, code);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads a serialized code object; throws {@link IllegalArgumentException} for bytes of another format. */
    public static CodeObject deserialize(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC) throw new IllegalArgumentException("not a pyjit code object");
            int version = in.readInt();
            if (version != BytecodeCompiler.FORMAT_VERSION) {
                throw new IllegalArgumentException("bytecode format " + version + ", expected " + BytecodeCompiler.FORMAT_VERSION);
            }
            return readCode(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated code object", e);
        }
    }

    private static void writeCode(DataOutputStream out, CodeObject c) throws IOException {
        out.writeUTF(c.name);
        out.writeUTF(c.qualname);
        out.writeUTF(c.filename);
        out.writeInt(c.firstLineno);
        out.writeInt(c.argcount);
        out.writeInt(c.posonlyargcount);
        out.writeInt(c.kwonlyargcount);
        out.writeInt(c.flags);
        writeStrings(out, c.varnames);
        writeStrings(out, c.cellvars);
        writeStrings(out, c.freevars);
        writeStrings(out, c.names);
        out.writeInt(c.consts.length);
        for (Object k : c.consts) writeConst(out, k);
        out.writeInt(c.registerCount);
        writeInts(out, c.code);
        writeInts(out, c.positionPcs());
        writeInts(out, c.positionData());
        writeInts(out, c.exceptionTable);
        writeInts(out, c.cellParameters);
        out.writeBoolean(c.doc != null);
        if (c.doc != null) writeLongString(out, c.doc);
    }

    private static CodeObject readCode(DataInputStream in) throws IOException {
        String name = in.readUTF(), qualname = in.readUTF(), filename = in.readUTF();
        int firstLine = in.readInt(), argc = in.readInt(), posonly = in.readInt(), kwonly = in.readInt(), flags = in.readInt();
        String[] varnames = readStrings(in), cellvars = readStrings(in), freevars = readStrings(in), names = readStrings(in);
        Object[] consts = new Object[in.readInt()];
        for (int i = 0; i < consts.length; i++) consts[i] = readConst(in);
        int regs = in.readInt();
        int[] code = readInts(in), pcs = readInts(in), pos = readInts(in), exc = readInts(in), cellParams = readInts(in);
        String doc = in.readBoolean() ? readLongString(in) : null;
        return new CodeObject(name, qualname, filename, firstLine, argc, posonly, kwonly, flags, varnames, cellvars, freevars,
                names, consts, regs, code, pcs, pos, exc, cellParams, doc);
    }

    private static void writeConst(DataOutputStream out, Object k) throws IOException {
        switch (k) {
            case null -> out.writeByte(T_NULL);
            case Long l -> {
                out.writeByte(T_LONG);
                out.writeLong(l);
            }
            case BigInteger b -> {
                out.writeByte(T_BIG);
                writeBytes(out, b.toByteArray());
            }
            case Double d -> {
                out.writeByte(T_DOUBLE);
                out.writeLong(Double.doubleToRawLongBits(d));
            }
            case String s -> {
                out.writeByte(T_STR);
                writeLongString(out, s);
            }
            case Boolean b -> out.writeByte(b ? T_TRUE : T_FALSE);
            case BytesLiteral b -> {
                out.writeByte(T_BYTES);
                writeBytes(out, b.bytes());
            }
            case ImaginaryLiteral im -> {
                out.writeByte(T_IMAG);
                out.writeLong(Double.doubleToRawLongBits(im.imag()));
            }
            case ConstantSingleton s -> out.writeByte(s == ConstantSingleton.NONE ? T_NONE : T_ELLIPSIS);
            case KeywordNames kn -> {
                out.writeByte(T_KWNAMES);
                writeStrings(out, kn.names());
            }
            case CodeObject c -> {
                out.writeByte(T_CODE);
                writeCode(out, c);
            }
            case FrozenSetConstant f -> {
                out.writeByte(T_FROZENSET);
                out.writeInt(f.elements().length);
                for (Object e : f.elements()) writeConst(out, e);
            }
            default -> throw new IllegalArgumentException("cannot serialize constant " + k.getClass());
        }
    }

    private static Object readConst(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case T_NULL -> null;
            case T_LONG -> in.readLong();
            case T_BIG -> new BigInteger(readBytes(in));
            case T_DOUBLE -> Double.longBitsToDouble(in.readLong());
            case T_STR -> readLongString(in);
            case T_TRUE -> Boolean.TRUE;
            case T_FALSE -> Boolean.FALSE;
            case T_BYTES -> new BytesLiteral(readBytes(in));
            case T_IMAG -> new ImaginaryLiteral(Double.longBitsToDouble(in.readLong()));
            case T_NONE -> ConstantSingleton.NONE;
            case T_ELLIPSIS -> ConstantSingleton.ELLIPSIS;
            case T_KWNAMES -> new KeywordNames(readStrings(in));
            case T_CODE -> readCode(in);
            case T_FROZENSET -> {
                Object[] elements = new Object[in.readInt()];
                for (int i = 0; i < elements.length; i++) elements[i] = readConst(in);
                yield new FrozenSetConstant(elements);
            }
            default -> throw new IOException("unknown constant tag " + tag);
        };
    }

    /** Strings as length-prefixed UTF-16 units: writeUTF is limited to 64 KB and mangles lone surrogates. */
    private static void writeLongString(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static String readLongString(DataInputStream in) throws IOException {
        int n = in.readInt();
        char[] cs = new char[n];
        for (int i = 0; i < n; i++) cs[i] = in.readChar();
        return new String(cs);
    }

    private static void writeStrings(DataOutputStream out, String[] ss) throws IOException {
        out.writeInt(ss.length);
        for (String s : ss) writeLongString(out, s);
    }

    private static String[] readStrings(DataInputStream in) throws IOException {
        String[] ss = new String[in.readInt()];
        for (int i = 0; i < ss.length; i++) ss[i] = readLongString(in);
        return ss;
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) out.writeInt(v);
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] a = new int[in.readInt()];
        for (int i = 0; i < a.length; i++) a[i] = in.readInt();
        return a;
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }
}
