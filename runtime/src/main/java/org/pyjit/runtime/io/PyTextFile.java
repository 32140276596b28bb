package org.pyjit.runtime.io;

import java.lang.ref.Cleaner;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.StringRepr;

/**
 * A text file ({@code _io.TextIOWrapper}): decoding, encoding and newline translation over a
 * {@link BufferedStream}. Also {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin}.
 *
 * <p>Newline modes as Python's: {@code newline=None} (universal: {@code \r\n} and {@code \r} read
 * as {@code \n}), {@code ""} (lines end at any of them, untranslated), {@code "\n"},
 * {@code "\r"}, {@code "\r\n"} (that terminator; written {@code \n} becomes it).
 */
public final class PyTextFile extends PyObject {
    private static final int CHUNK = 8192;

    /** Set once by the constructor, or by {@code __init__} for a program's subclass. */
    public BufferedStream stream;
    /** The {@code name} attribute: the path as given, a descriptor number, or {@code "<stdout>"}. */
    public Object name;
    public String mode;
    /** The {@code mode} attribute when a program assigned one ({@code tokenize.open} does); null otherwise. */
    public Object assignedMode;
    private boolean readable, writable;
    private String encoding, errors;
    private TextCodec.Decoder decoder;
    private TextCodec.Encoder encoder;
    private TextCodec codec;
    /** Null: universal newlines. */
    private String newline;
    private boolean lineBuffering;
    /** {@code write_through}: every write goes on to the binary layer at once. */
    private boolean writeThrough;
    private boolean closed;
    private Cleaner.Cleanable tracking;
    private PyBinaryFile buffer;
    /** The binary object this text file was made over by {@code TextIOWrapper(buffer)}, or null. */
    private Object wrapped;

    /** Decoded text not yet returned, from {@link #textPos}. */
    private final StringBuilder text = new StringBuilder();
    private int textPos;
    private boolean eof;
    /** Universal mode saw {@code \r} last: a following {@code \n} belongs to the same line end. */
    private boolean skipLF;

    public PyTextFile(BufferedStream stream, Object name, String mode, String encoding, String errors, String newline,
            boolean lineBuffering, boolean track) {
        super(IoTypes.TEXT_IO_WRAPPER);
        initialize(stream, name, mode, encoding, errors, newline, lineBuffering, track);
    }

    /** An instance of a program's subclass made by {@code __new__}, set up later by its {@code __init__}. */
    PyTextFile(PyType type) {
        super(type);
        this.stream = new BufferedStream(UninitializedRawIO.INSTANCE, 1);
        this.mode = "";
        this.encoding = "utf-8";
        this.errors = "strict";
        this.codec = TextCodec.lookup("utf-8");
    }

    /** Whether {@code __init__} still has to set this object up. */
    boolean uninitialized() {
        return stream.raw() == UninitializedRawIO.INSTANCE;
    }

    void initialize(BufferedStream stream, Object name, String mode, String encoding, String errors, String newline,
            boolean lineBuffering, boolean track) {
        this.stream = stream;
        this.name = name;
        this.mode = mode;
        this.readable = stream.raw().readable();
        this.writable = stream.raw().writable();
        this.newline = newline;
        this.lineBuffering = lineBuffering;
        setCodec(encoding, errors);
        this.tracking = track && writable ? OpenFiles.register(this, stream) : null;
    }

    private void setCodec(String enc, String err) {
        this.codec = TextCodec.lookup(enc);
        this.encoding = enc;
        this.errors = err;
        this.decoder = readable ? codec.decoder(err) : null;
        this.encoder = writable ? codec.encoder(err) : null;
    }

    public String encoding() {
        return encoding;
    }

    public String errors() {
        return errors;
    }

    public Object newlineSetting() {
        return newline;
    }

    public boolean lineBuffering() {
        return lineBuffering;
    }

    public boolean isClosed() {
        return closed;
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

    /** {@code reconfigure(...)}: null arguments keep the current setting. */
    public void reconfigure(String enc, String err, String nl, boolean nlGiven, Boolean lineBuf) {
        flush();
        if (enc != null || err != null) setCodec(enc != null ? enc : encoding, err != null ? err : (enc != null ? "strict" : errors));
        if (nlGiven) newline = nl;
        if (lineBuf != null) lineBuffering = lineBuf;
    }

    void checkOpen() {
        if (uninitialized()) throw Errors.valueError("I/O operation on uninitialized object");
        if (closed) throw Errors.valueError("I/O operation on closed file.");
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) throw IoTypes.unsupported("not readable");
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) throw IoTypes.unsupported("not writable");
    }

    // ------------------------------------------------------------------ reading

    /** Decodes the next chunk into {@link #text}; false at end of file. */
    private boolean fill() {
        if (eof) return false;
        byte[] bytes = stream.readSome(CHUNK);
        String chunk;
        if (bytes.length == 0) {
            eof = true;
            chunk = decoder.decode(bytes, 0, 0, true);
            if (chunk.isEmpty()) return false;
        } else {
            chunk = decoder.decode(bytes, 0, bytes.length, false);
        }
        compact();
        if (newline == null) appendUniversal(chunk);
        else text.append(chunk);
        return true;
    }

    private void appendUniversal(String chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (skipLF) {
                skipLF = false;
                if (c == '\n') continue;
            }
            if (c == '\r') {
                text.append('\n');
                skipLF = true;
            } else {
                text.append(c);
            }
        }
    }

    /** Drops the consumed prefix of the text buffer once it dominates. */
    private void compact() {
        if (textPos > 0 && textPos >= text.length() / 2) {
            text.delete(0, textPos);
            textPos = 0;
        }
    }

    private String take(int end) {
        String s = text.substring(textPos, end);
        textPos = end;
        return s;
    }

    /** {@code read(size)}: {@code size} code points, or everything when size < 0. */
    public String read(long size) {
        checkReadable();
        if (size < 0) {
            while (fill()) {
                // read to the end
            }
            return take(text.length());
        }
        while (true) {
            int avail = text.length() - textPos;
            if (avail >= size) {
                int cps = text.codePointCount(textPos, text.length());
                if (cps >= size) return take(text.offsetByCodePoints(textPos, (int) size));
            }
            if (!fill()) return take(text.length());
        }
    }

    /** {@code readline(limit)}: through the next line end, at most {@code limit} code points (limit < 0: no limit). */
    public String readline(long limit) {
        checkReadable();
        int scanned = 0; // characters after textPos already searched in vain
        while (true) {
            int end = findLineEnd(textPos + scanned);
            if (end >= 0) return takeLimited(end, limit);
            if (limit >= 0 && text.codePointCount(textPos, text.length()) >= limit) return takeLimited(text.length(), limit);
            // rescan the last character: a trailing \r may pair with the next chunk's \n
            scanned = Math.max(0, text.length() - textPos - 1);
            if (!fill()) {
                end = findLineEnd(textPos + scanned);
                return takeLimited(end >= 0 ? end : text.length(), limit);
            }
        }
    }

    private String takeLimited(int end, long limit) {
        if (limit >= 0 && text.codePointCount(textPos, end) > limit) end = text.offsetByCodePoints(textPos, (int) limit);
        return take(end);
    }

    /**
     * The index just past the first line end at or after {@code from}, or -1 when the buffered
     * text has none yet (or ends in a {@code \r} whose meaning depends on the next character).
     */
    private int findLineEnd(int from) {
        int n = text.length();
        if (newline == null || newline.equals("\n")) {
            int i = text.indexOf("\n", from);
            return i < 0 ? -1 : i + 1;
        }
        if (newline.equals("\r")) {
            int i = text.indexOf("\r", from);
            return i < 0 ? -1 : i + 1;
        }
        if (newline.equals("\r\n")) {
            int i = text.indexOf("\r\n", from);
            if (i >= 0) return i + 2;
            return -1;
        }
        for (int i = from; i < n; i++) { // newline="": any of \n, \r, \r\n
            char c = text.charAt(i);
            if (c == '\n') return i + 1;
            if (c == '\r') {
                if (i + 1 < n) return text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                return eof ? i + 1 : -1;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ writing

    /** {@code write(s)}: returns the number of code points written. */
    public long write(String s) {
        checkWritable();
        // CPython drops decoded-but-unread text: the write lands where the byte layer stands
        if (textPos < text.length() || skipLF) resetDecoding();
        String out = s;
        boolean hasNewline = s.indexOf('\n') >= 0;
        if (hasNewline && newline != null && !newline.isEmpty() && !newline.equals("\n")) out = s.replace("\n", newline);
        encoder.encode(out, stream);
        if (writeThrough || lineBuffering && (hasNewline || s.indexOf('\r') >= 0)) stream.flush();
        return StringRepr.codePointLength(s);
    }

    /** Before handing out the byte layer: move it back to where the text reader is. */
    private void dropReadAhead() {
        if (stream.raw().seekable()) {
            long pos = tell();
            stream.seek(pos, 0);
        }
        resetDecoding();
    }

    private void resetDecoding() {
        text.setLength(0);
        textPos = 0;
        eof = false;
        skipLF = false;
        if (readable) decoder = codec.decoder(errors);
    }

    public void flush() {
        checkOpen();
        if (writable) stream.flush();
    }

    // ------------------------------------------------------------------ positioning

    /**
     * The byte position of the next character to read (or write). Exact when nothing decoded is
     * waiting; otherwise the waiting text is re-encoded to find where it began.
     */
    public long tell() {
        checkOpen();
        if (!stream.raw().seekable()) throw IoTypes.unsupported("underlying stream is not seekable");
        long pos = stream.tell();
        if (textPos < text.length()) pos -= codec.encode(text.substring(textPos), errors).length;
        return pos;
    }

    /** {@code seek(offset, whence)}: CPython allows only absolute positions and zero relative offsets. */
    public long seek(long offset, int whence) {
        checkOpen();
        if (!stream.raw().seekable()) throw IoTypes.unsupported("underlying stream is not seekable");
        if (whence == 1 && offset != 0) throw IoTypes.unsupported("can't do nonzero cur-relative seeks");
        if (whence == 2 && offset != 0) throw IoTypes.unsupported("can't do nonzero end-relative seeks");
        if (whence == 0 && offset < 0) throw Errors.valueError("negative seek position " + offset);
        if (whence < 0 || whence > 2) throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        long target = whence == 1 ? tell() : offset;
        if (writable) stream.flushWrites();
        long r = whence == 2 ? stream.seek(0, 2) : stream.seek(target, 0);
        resetDecoding();
        return r;
    }

    public long truncate(Long size) {
        checkWritable();
        flush();
        long pos = size != null ? size : tell();
        resetDecoding();
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

    /** {@code detach()}: flushes, then hands over the binary buffer; this text file is unusable afterwards. */
    public Object detach() {
        checkOpen();
        if (writable) stream.flush();
        Object b = buffer();
        closed = true;
        OpenFiles.unregister(stream);
        if (tracking != null) tracking.clean();
        return b;
    }

    /** Remembers the object given to {@code TextIOWrapper(buffer)}, which {@code buffer} then returns. */
    /** Sets {@code write_through}. */
    public PyTextFile writeThrough(boolean on) {
        this.writeThrough = on;
        return this;
    }

    public boolean writeThrough() {
        return writeThrough;
    }

    public PyTextFile wrapping(Object binary) {
        this.wrapped = binary;
        return this;
    }

    /** {@code buffer}: the binary file under this text file (same bytes, same position). */
    public Object buffer() {
        if (wrapped != null) return wrapped;
        if (buffer == null) {
            if (textPos < text.length()) dropReadAhead();
            buffer = new PyBinaryFile(IoTypes.binaryTypeFor(readable, writable), stream, name, mode.replace("t", "") + "b", false);
        }
        return buffer;
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
        StringBuilder b = new StringBuilder("<_io.TextIOWrapper");
        if (name != null) b.append(" name=").append(name instanceof String s ? StringRepr.repr(s) : name.toString());
        b.append(" mode=").append(StringRepr.repr(mode));
        return b.append(" encoding=").append(StringRepr.repr(encoding)).append('>').toString();
    }
}
