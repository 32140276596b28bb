package org.pyjit.runtime.io;

import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The Python types of file objects, named as CPython's {@code _io} classes so that
 * {@code type(f).__name__} and reprs match, and {@code io.UnsupportedOperation}.
 */
public final class IoTypes {
    private IoTypes() {}

    /** {@code _io._IOBase} and its three abstract children (their generic methods: {@link IoBaseMethods}). */
    public static final PyType IO_BASE = ioType("_IOBase", BuiltinTypes.OBJECT);
    public static final PyType RAW_IO_BASE = ioType("_RawIOBase", IO_BASE);
    public static final PyType BUFFERED_IO_BASE = ioType("_BufferedIOBase", IO_BASE);
    public static final PyType TEXT_IO_BASE = ioType("_TextIOBase", IO_BASE);

    public static final PyType TEXT_IO_WRAPPER = ioType("TextIOWrapper", TEXT_IO_BASE);
    public static final PyType BUFFERED_READER = ioType("BufferedReader", BUFFERED_IO_BASE);
    public static final PyType BUFFERED_WRITER = ioType("BufferedWriter", BUFFERED_IO_BASE);
    public static final PyType BUFFERED_RANDOM = ioType("BufferedRandom", BUFFERED_IO_BASE);
    public static final PyType FILE_IO = ioType("FileIO", RAW_IO_BASE);

    /** {@code io.UnsupportedOperation(OSError, ValueError)}. */
    public static final PyType UNSUPPORTED_OPERATION = unsupportedOperation();

    private static PyType ioType(String name, PyType base) {
        PyType t = BuiltinTypes.make(name, base);
        t.namespace.putStr("__module__", "_io");
        return t;
    }

    private static PyType unsupportedOperation() {
        PyType os = ExceptionTypes.OS_ERROR, value = ExceptionTypes.VALUE_ERROR;
        PyType[] mro = {null, os, value, ExceptionTypes.EXCEPTION, ExceptionTypes.BASE_EXCEPTION, BuiltinTypes.OBJECT};
        PyType t = new PyType(BuiltinTypes.TYPE, "UnsupportedOperation", new PyType[] {os, value}, mro, os.instanceFactory);
        mro[0] = t;
        t.instancesHaveDict = true;
        t.namespace.putStr("__module__", "io");
        return t;
    }

    public static PyException unsupported(String message) {
        return new PyException(new PyBaseException(UNSUPPORTED_OPERATION, message));
    }

    /** The buffered binary type CPython uses for a file with these capabilities. */
    public static PyType binaryTypeFor(boolean readable, boolean writable) {
        return readable && writable ? BUFFERED_RANDOM : writable ? BUFFERED_WRITER : BUFFERED_READER;
    }

    /** Every file-object type, for installers that add common methods. */
    static PyType[] binaryTypes() {
        return new PyType[] {BUFFERED_READER, BUFFERED_WRITER, BUFFERED_RANDOM, FILE_IO};
    }
}
