package org.pyjit.compiler.bytecode;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.pyjit.compiler.ast.BytesLiteral;
import org.pyjit.compiler.ast.ConstantSingleton;
import org.pyjit.compiler.ast.ImaginaryLiteral;

/**
 * Reads what {@link CodeObjectSerializer} wrote (the same big-endian layout as {@code DataOutputStream}) straight
 * from a byte buffer, with bulk copies for instruction arrays and strings. A warm start decodes every imported
 * module this way while the JVM still interprets this code: a {@code DataInputStream} over a
 * {@code ByteArrayInputStream} made four synchronized calls per int and two per character.
 */
final class CodeObjectReader {
    private final ByteBuffer in;

    private CodeObjectReader(byte[] data, int offset) {
        this.in = ByteBuffer.wrap(data, offset, data.length - offset); // big-endian, as DataOutputStream writes
    }

    /** The code object serialized in {@code data} from {@code offset} on; IllegalArgumentException when malformed. */
    static CodeObject read(byte[] data, int offset) {
        try {
            return new CodeObjectReader(data, offset).readCode();
        } catch (BufferUnderflowException | NegativeArraySizeException | IndexOutOfBoundsException | IOException e) {
            throw new IllegalArgumentException("truncated code object", e);
        }
    }

    private CodeObject readCode() throws IOException {
        String name = readUtf(), qualname = readUtf(), filename = readUtf();
        int firstLine = in.getInt(), argc = in.getInt(), posonly = in.getInt(), kwonly = in.getInt(), flags = in.getInt();
        String[] varnames = readStrings(), cellvars = readStrings(), freevars = readStrings(), names = readStrings();
        Object[] consts = new Object[length(1)];
        for (int i = 0; i < consts.length; i++) consts[i] = readConst();
        int regs = in.getInt();
        int[] code = readInts(), pcs = readInts(), pos = readInts(), exc = readInts(), cellParams = readInts();
        String doc = in.get() != 0 ? readLongString() : null;
        return new CodeObject(name, qualname, filename, firstLine, argc, posonly, kwonly, flags, varnames, cellvars, freevars,
                names, consts, regs, code, pcs, pos, exc, cellParams, doc);
    }

    private Object readConst() throws IOException {
        byte tag = in.get();
        return switch (tag) {
            case CodeObjectSerializer.T_NULL -> null;
            case CodeObjectSerializer.T_LONG -> in.getLong();
            case CodeObjectSerializer.T_BIG -> new BigInteger(readBytes());
            case CodeObjectSerializer.T_DOUBLE -> Double.longBitsToDouble(in.getLong());
            case CodeObjectSerializer.T_STR -> readLongString();
            case CodeObjectSerializer.T_TRUE -> Boolean.TRUE;
            case CodeObjectSerializer.T_FALSE -> Boolean.FALSE;
            case CodeObjectSerializer.T_BYTES -> new BytesLiteral(readBytes());
            case CodeObjectSerializer.T_IMAG -> new ImaginaryLiteral(Double.longBitsToDouble(in.getLong()));
            case CodeObjectSerializer.T_NONE -> ConstantSingleton.NONE;
            case CodeObjectSerializer.T_ELLIPSIS -> ConstantSingleton.ELLIPSIS;
            case CodeObjectSerializer.T_KWNAMES -> new KeywordNames(readStrings());
            case CodeObjectSerializer.T_CODE -> readCode();
            case CodeObjectSerializer.T_FROZENSET -> {
                Object[] elements = new Object[length(1)];
                for (int i = 0; i < elements.length; i++) elements[i] = readConst();
                yield new FrozenSetConstant(elements);
            }
            default -> throw new IOException("unknown constant tag " + tag);
        };
    }

    /** A count of items of at least {@code unit} bytes each: more than the bytes left is malformed, not a huge allocation. */
    private int length(int unit) {
        int n = in.getInt();
        if (n < 0 || (long) n * unit > in.remaining()) throw new BufferUnderflowException();
        return n;
    }

    /** {@code writeUTF}'s modified UTF-8: ASCII (names, file names) decoded directly, anything else by DataInputStream. */
    private String readUtf() throws IOException {
        int n = Short.toUnsignedInt(in.getShort());
        if (n > in.remaining()) throw new BufferUnderflowException();
        int start = in.position();
        byte[] array = in.array();
        int base = in.arrayOffset() + start;
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) ascii = array[base + i] > 0; // modified UTF-8 writes NUL as two bytes
        in.position(start + n);
        if (ascii) return new String(array, base, n, StandardCharsets.ISO_8859_1);
        return new DataInputStream(new ByteArrayInputStream(array, base - 2, n + 2)).readUTF();
    }

    private String readLongString() {
        int header = in.getInt();
        if (header < 0) { // Latin-1, one byte a character (CodeObjectSerializer.writeLongString)
            int length = -1 - header;
            if (length > in.remaining()) throw new BufferUnderflowException();
            int start = in.position();
            in.position(start + length);
            return new String(in.array(), in.arrayOffset() + start, length, StandardCharsets.ISO_8859_1);
        }
        int n = header; // UTF-16 units, two bytes each
        if ((long) n * 2 > in.remaining()) throw new BufferUnderflowException();
        char[] cs = new char[n];
        in.asCharBuffer().get(cs);
        in.position(in.position() + 2 * n);
        return new String(cs);
    }

    private String[] readStrings() {
        String[] ss = new String[length(4)];
        for (int i = 0; i < ss.length; i++) ss[i] = readLongString();
        return ss;
    }

    private int[] readInts() {
        int[] a = new int[length(4)];
        in.asIntBuffer().get(a);
        in.position(in.position() + 4 * a.length);
        return a;
    }

    private byte[] readBytes() {
        byte[] b = new byte[length(1)];
        in.get(b);
        return b;
    }
}
