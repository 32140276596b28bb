package org.pyjit.runtime.io;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The constructors of the {@code _io} file types: {@code FileIO(name, mode)} opens a file
 * unbuffered; {@code BufferedReader/Writer/Random(raw)} and {@code TextIOWrapper(buffer)} wrap
 * one of pyjit's files directly, or any object with file methods through {@link PyObjectRawIO};
 * {@code BufferedRWPair(reader, writer)} joins two.
 */
final class IoConstructors {
    private IoConstructors() {}

    static final PyType RW_PAIR = BuiltinTypes.make("BufferedRWPair", IoTypes.BUFFERED_IO_BASE);

    private static final ArgParser FILEIO = new ArgParser("FileIO", new String[] {"file", "mode", "closefd", "opener"}, 0, 4, 1);
    private static final ArgParser TEXT = new ArgParser("TextIOWrapper",
            new String[] {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 0, 6, 1);

    static void install() {
        RW_PAIR.namespace.putStr("__module__", "_io");
        ctor(IoTypes.FILE_IO, (a, kw) -> {
            Object[] p = FILEIO.parse(a, kw, 1);
            String mode = p[1] == null ? "r" : Ops.str(p[1]);
            if (!mode.contains("b")) mode = mode + "b";
            Object closefd = p[2] == null ? Boolean.TRUE : p[2];
            Object opener = p[3] == null ? PyNone.NONE : p[3];
            return FileOpener.open(new Object[] {p[0], mode, 0L, PyNone.NONE, PyNone.NONE, PyNone.NONE, closefd, opener}, null);
        });
        for (PyType t : new PyType[] {IoTypes.BUFFERED_READER, IoTypes.BUFFERED_WRITER, IoTypes.BUFFERED_RANDOM}) {
            ArgParser parser = new ArgParser(t.name, new String[] {"raw", "buffer_size"}, 0, 2, 1);
            ctor(t, (a, kw) -> {
                Object[] p = parser.parse(a, kw, 1);
                int size = bufferSize(p[1]);
                RawIO raw = rawOf(p[0]);
                if (t != IoTypes.BUFFERED_WRITER && !raw.readable()) throw IoTypes.unsupported("File or stream is not readable.");
                if (t != IoTypes.BUFFERED_READER && !raw.writable()) throw IoTypes.unsupported("File or stream is not writable.");
                Object name = Ops.getAttrOrNull(p[0], "name");
                Object mode = Ops.getAttrOrNull(p[0], "mode");
                PyBinaryFile f = new PyBinaryFile(t, new BufferedStream(raw, size), name, mode instanceof String s ? s : "rb", true);
                f.rawObject = p[0];
                return f;
            });
        }
        ctor(RW_PAIR, (a, kw) -> {
            throw Errors.notImplemented("BufferedRWPair is not supported by pyjit yet");
        });
        ctor(IoTypes.TEXT_IO_WRAPPER, (a, kw) -> {
            Object[] p = TEXT.parse(a, kw, 1);
            Object buffer = p[0];
            String encoding = optStr(p[1], "encoding");
            if (encoding == null || encoding.equals("locale")) encoding = FileOpener.DEFAULT_ENCODING;
            String errors = optStr(p[2], "errors");
            String newline = optStr(p[3], "newline");
            if (newline != null) FileOpener.checkNewline(newline);
            boolean lineBuffering = p[4] != null && Ops.isTrue(p[4]);
            TextCodec.lookup(encoding);
            BufferedStream stream;
            Object name;
            String mode;
            if (buffer instanceof PyBinaryFile b) {
                stream = b.stream;
                name = b.name;
                mode = b.mode.replace("b", "");
            } else {
                stream = new BufferedStream(new PyObjectRawIO(buffer), BufferedStream.DEFAULT_SIZE);
                name = Ops.getAttrOrNull(buffer, "name");
                Object m = Ops.getAttrOrNull(buffer, "mode");
                mode = m instanceof String s ? s.replace("b", "") : "r+";
            }
            return new PyTextFile(stream, name, mode, encoding, errors == null ? "strict" : errors, newline, lineBuffering, true)
                    .wrapping(buffer);
        });
    }

    private static int bufferSize(Object o) {
        if (o == null) return BufferedStream.DEFAULT_SIZE;
        long n = Ops.index(o);
        if (n <= 0) throw Errors.valueError("buffer size must be strictly positive");
        return (int) Math.min(n, 1 << 24);
    }

    /** The raw stream of {@code o}: the RawIO of an unbuffered pyjit file, else {@code o}'s own methods. */
    private static RawIO rawOf(Object o) {
        if (o instanceof PyBinaryFile f && f.type == IoTypes.FILE_IO) return f.stream.raw();
        return new PyObjectRawIO(o);
    }

    private static String optStr(Object o, String what) {
        if (o == null || o == PyNone.NONE) return null;
        if (o instanceof String s) return s;
        if (o instanceof PyBoxed b && b.value instanceof String s) return s;
        throw Errors.typeError("TextIOWrapper() argument '" + what + "' must be str or None, not " + Ops.typeName(o));
    }

    private static void ctor(PyType t, org.pyjit.runtime.objects.PyCallable body) {
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, body));
    }
}
