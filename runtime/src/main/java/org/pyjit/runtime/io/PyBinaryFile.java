package org.pyjit.runtime.io;

import java.lang.ref.Cleaner;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.StringRepr;

/**
 * A binary file: {@code _io.BufferedReader}, {@code BufferedWriter}, {@code BufferedRandom}, or
 * (unbuffered, {@code buffering=0}) {@code FileIO}; the type only changes the name Python sees.
 */
public final class PyBinaryFile extends PyObject {
    /** Set once by the constructor, or by {@code __init__} for a program's subclass (see {@link #initialize}). */
    public BufferedStream stream;
    public Object name;
    public String mode;
    private boolean readable, writable;
    private boolean unbuffered;
    /** Whether closing closes the OS file (FileIO's closefd, shown in its repr). */
    private boolean closefd;
    private boolean closed;
    private Cleaner.Cleanable tracking;
    /** The Python raw stream a BufferedReader/Writer was made over (its {@code raw}), or null: the file is its own raw stream. */
    public Object rawObject;

    public PyBinaryFile(PyType type, BufferedStream stream, Object name, String mode, boolean track) {
        this(type, stream, name, mode, track, true);
    }

    public PyBinaryFile(PyType type, BufferedStream stream, Object name, String mode, boolean track, boolean closefd) {
        super(type);
        initialize(stream, name, mode, track, closefd);
    }

    /** An instance of a program's subclass made by {@code __new__}, set up later by its {@code __init__}. */
    PyBinaryFile(PyType type) {
        super(type);
        this.stream = new BufferedStream(UninitializedRawIO.INSTANCE, 1);
        this.mode = "";
    }

    /** Whether {@code __init__} still has to set this object up. */
    boolean uninitialized() {
        return stream.raw() == UninitializedRawIO.INSTANCE;
    }

    void initialize(BufferedStream stream, Object name, String mode, boolean track, boolean closefd) {
        this.stream = stream;
        this.name = name;
        this.mode = mode;
        this.readable = stream.raw().readable();
        this.writable = stream.raw().writable();
        this.unbuffered = type.isSubtypeOf(IoTypes.FILE_IO);
        this.closefd = closefd;
        this.tracking = track && writable ? OpenFiles.register(this, stream) : null;
    }

    public boolean isClosed() {
        return closed;
    }

    void checkOpen() {
        if (uninitialized()) throw Errors.valueError("I/O operation on uninitialized object");
        if (closed) throw Errors.valueError("I/O operation on closed file.");
    }

    /** The message CPython's buffered reader uses for reads after close. */
    void checkOpenForRead(String what) {
        if (uninitialized()) throw Errors.valueError("I/O operation on uninitialized object");
        if (closed) throw Errors.valueError(what + " of closed file");
    }

    private void checkReadable() {
        if (!readable) throw IoTypes.unsupported(unbuffered ? "File not open for reading" : "read");
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) throw IoTypes.unsupported(unbuffered ? "File not open for writing" : "write");
    }

    public boolean readable() {
        checkOpen();
        return readable;
    }

    public boolean writable() {
        checkOpen();
        return writable;
    }

    public boolean seekable() {
        checkOpen();
        return stream.raw().seekable();
    }

    public byte[] read(long size) {
        checkOpenForRead("read");
        checkReadable();
        if (unbuffered && size >= 0) return stream.readSome((int) Math.min(size, Integer.MAX_VALUE));
        return stream.read(size);
    }

    /** {@code peek(size)}: the buffered bytes (one raw read if none), the position unchanged; the size is a hint only, as CPython's. */
    public byte[] peek() {
        checkOpenForRead("peek");
        checkReadable();
        return stream.peek();
    }

    /** {@code read1(size)}: at most one underlying read. */
    public byte[] read1(long size) {
        checkOpenForRead("read");
        checkReadable();
        return stream.readSome(size < 0 ? BufferedStream.DEFAULT_SIZE : (int) Math.min(size, Integer.MAX_VALUE));
    }

    public byte[] readline(long limit) {
        checkOpenForRead("readline");
        checkReadable();
        return stream.readLine(limit);
    }

    public long write(byte[] b, int off, int len) {
        checkWritable();
        stream.write(b, off, len);
        if (unbuffered) stream.flush();
        return len;
    }

    public void flush() {
        if (closed) throw Errors.valueError("flush of closed file");
        if (writable) stream.flush();
    }

    public long tell() {
        checkOpen();
        return stream.tell();
    }

    public long seek(long offset, int whence) {
        checkOpen();
        if (whence < 0 || whence > 2) throw Errors.valueError("whence value " + whence + " unsupported");
        if (whence == 0 && offset < 0) throw Errors.valueError("negative seek value " + offset);
        if (!stream.raw().seekable()) throw OsErrors.of(OsErrors.ESPIPE, null);
        return stream.seek(offset, whence);
    }

    public long truncate(Long size) {
        checkWritable();
        long pos = size != null ? size : stream.tell();
        return stream.truncate(pos);
    }

    public void close() {
        if (closed) return;
        try {
            if (writable) stream.flush();
        } finally {
            closed = true;
            OpenFiles.unregister(stream);
            if (tracking != null) tracking.clean(); // only deregisters: the stream has left the open set
            stream.close();
        }
    }

    public boolean isatty() {
        checkOpen();
        return stream.raw().isatty();
    }

    public int fileno() {
        checkOpen();
        int fd = stream.raw().fileno();
        if (fd < 0) throw IoTypes.unsupported("fileno");
        return fd;
    }

    public String repr() {
        String n = name == null ? "" : " name=" + (name instanceof String s ? StringRepr.repr(s) : name.toString());
        if (unbuffered) {
            return "<_io.FileIO" + n + " mode=" + StringRepr.repr(mode) + " closefd=" + (closefd ? "True" : "False") + ">";
        }
        return "<_io." + type.name + n + ">";
    }
}
