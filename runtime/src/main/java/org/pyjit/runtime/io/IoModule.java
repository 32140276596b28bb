package org.pyjit.runtime.io;

import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/**
 * The {@code _io} module CPython's {@code io.py} imports: the file types of this package under
 * their CPython names, their abstract bases, {@code BytesIO}, {@code StringIO}, the wrapping
 * constructors ({@code FileIO(name)}, {@code BufferedReader(raw)}, {@code TextIOWrapper(buffer)}),
 * {@code IncrementalNewlineDecoder}, {@code open} and {@code text_encoding}.
 */
public final class IoModule {
    private IoModule() {}

    private static boolean installed;

    private static synchronized void install() {
        if (installed) return;
        installed = true;
        FileMethods.install();
        IoBaseMethods.install();
        BytesIOObject.install();
        StringIOObject.install();
        NewlineDecoder.install();
        IoConstructors.install();
    }

    public static PyModule create() {
        install();
        PyModule m = new PyModule("_io");
        PyDict d = m.dict;
        d.putStr("__doc__", "The io module provides the Python interfaces to stream handling.");
        d.putStr("DEFAULT_BUFFER_SIZE", (long) BufferedStream.DEFAULT_SIZE);
        d.putStr("BlockingIOError", ExceptionTypes.BLOCKING_IO_ERROR);
        d.putStr("UnsupportedOperation", IoTypes.UNSUPPORTED_OPERATION);
        for (PyType t : new PyType[] {IoTypes.IO_BASE, IoTypes.RAW_IO_BASE, IoTypes.BUFFERED_IO_BASE, IoTypes.TEXT_IO_BASE,
            IoTypes.FILE_IO, IoTypes.BUFFERED_READER, IoTypes.BUFFERED_WRITER, IoTypes.BUFFERED_RANDOM, IoConstructors.RW_PAIR,
            IoTypes.TEXT_IO_WRAPPER, BytesIOObject.TYPE, StringIOObject.TYPE, NewlineDecoder.TYPE}) {
            d.putStr(t.name, t);
        }
        Object open = BuiltinsModule.namespace().getStr("open");
        d.putStr("open", open != null ? open : new PyBuiltinFunction("open", "_io", FileOpener::open));
        d.putStr("open_code", PyBuiltinFunction.positional("open_code", "_io", 1, 1, a -> {
            if (!(a[0] instanceof String)) throw Errors.typeError("open_code() argument 'path' must be str, not " + Ops.typeName(a[0]));
            return FileOpener.open(new Object[] {a[0], "rb"}, null);
        }));
        ArgParser te = new ArgParser("text_encoding", new String[] {"encoding", "stacklevel"}, 2, 2, 1);
        d.putStr("text_encoding", new PyBuiltinFunction("text_encoding", "_io", (a, kw) -> {
            Object[] p = te.parse(a, kw, 0);
            return p[0] == PyNone.NONE ? "locale" : p[0];
        }));
        return m;
    }
}
