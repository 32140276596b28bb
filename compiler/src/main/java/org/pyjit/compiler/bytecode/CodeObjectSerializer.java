package org.pyjit.compiler.bytecode;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
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

    static final byte T_NULL = 0, T_LONG = 1, T_BIG = 2, T_DOUBLE = 3, T_STR = 4, T_TRUE = 5, T_FALSE = 6,
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
        if (data.length < 8 || ByteBuffer.wrap(data).getInt(0) != MAGIC) throw new IllegalArgumentException("not a pyjit code object");
        int version = ByteBuffer.wrap(data).getInt(4);
        if (version != BytecodeCompiler.FORMAT_VERSION) {
            throw new IllegalArgumentException("bytecode format " + version + ", expected " + BytecodeCompiler.FORMAT_VERSION);
        }
        return CodeObjectReader.read(data, 8);
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

    /**
     * Strings as length-prefixed UTF-16 units (writeUTF is limited to 64 KB and mangles lone surrogates), or,
     * when every character is below 256 (names, most constants), one byte a character after the length's
     * complement ({@code -1 - length}): a warm start then makes each string with one array copy instead of
     * swapping and compressing it character by character in the JVM's interpreter.
     */
    private static void writeLongString(DataOutputStream out, String s) throws IOException {
        if (isLatin1(s)) {
            out.writeInt(-1 - s.length());
            out.writeBytes(s); // the low byte of each character
        } else {
            out.writeInt(s.length());
            out.writeChars(s);
        }
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) return false;
        }
        return true;
    }

    private static void writeStrings(DataOutputStream out, String[] ss) throws IOException {
        out.writeInt(ss.length);
        for (String s : ss) writeLongString(out, s);
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) out.writeInt(v);
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }
}
