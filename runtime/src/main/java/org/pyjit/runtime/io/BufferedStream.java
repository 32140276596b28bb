package org.pyjit.runtime.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Byte buffering over a {@link RawIO}: one read buffer and one write buffer, kept consistent so
 * reads, writes, {@code seek} and {@code tell} can interleave (mode {@code r+}). Java I/O failures
 * become Python {@code OSError}s.
 */
public final class BufferedStream implements ByteSink {
    public static final int DEFAULT_SIZE = 8192;

    private final RawIO raw;
    private final byte[] rbuf;
    private int rpos, rlen;
    private final byte[] wbuf;
    private int wlen;
    private boolean eof;

    public BufferedStream(RawIO raw, int bufferSize) {
        this.raw = raw;
        int size = Math.max(bufferSize, 1);
        this.rbuf = raw.readable() ? new byte[size] : null;
        this.wbuf = raw.writable() ? new byte[size] : null;
    }

    public RawIO raw() {
        return raw;
    }

    // ------------------------------------------------------------------ reading

    /** A read of the raw stream, with other Python threads running meanwhile (a pipe or a terminal may block). */
    private int readReleasingLock() throws IOException {
        if (!org.pyjit.runtime.interpreter.GlobalInterpreterLock.enabled()) return raw.read(rbuf, 0, rbuf.length);
        IOException[] failed = {null};
        int n = org.pyjit.runtime.interpreter.GlobalInterpreterLock.released(() -> {
            try {
                return raw.read(rbuf, 0, rbuf.length);
            } catch (IOException e) {
                failed[0] = e;
                return -1;
            }
        });
        if (failed[0] != null) throw failed[0];
        return n;
    }

    /** Refills the read buffer; false at end of file. */
    private boolean fill() {
        flushWrites();
        try {
            int n = readReleasingLock();
            if (n <= 0) {
                rpos = rlen = 0;
                eof = n < 0;
                return false;
            }
            rpos = 0;
            rlen = n;
            return true;
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
    }

    /** Up to {@code max} bytes (fewer only at end of file); max < 0 reads to the end. */
    public byte[] read(long max) {
        if (max < 0) return readAll();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, 1 << 16));
        long want = max;
        while (want > 0) {
            if (rpos == rlen && !fill()) break;
            int n = (int) Math.min(want, rlen - rpos);
            out.write(rbuf, rpos, n);
            rpos += n;
            want -= n;
        }
        return out.toByteArray();
    }

    /** The buffered bytes without consuming them, after one raw read when none are buffered ({@code peek}). */
    public byte[] peek() {
        if (rpos == rlen && !fill()) return new byte[0];
        return Arrays.copyOfRange(rbuf, rpos, rlen);
    }

    /** At most one raw read's worth of bytes (what arrived), or an empty array at end of file. */
    public byte[] readSome(int max) {
        if (rpos == rlen && !fill()) return new byte[0];
        int n = Math.min(max, rlen - rpos);
        byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + n);
        rpos += n;
        return r;
    }

    public byte[] readAll() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            if (rpos == rlen && !fill()) break;
            out.write(rbuf, rpos, rlen - rpos);
            rpos = rlen;
        }
        return out.toByteArray();
    }

    /** Bytes up to and including the next {@code \n}, at most {@code limit} of them (limit < 0: no limit). */
    public byte[] readLine(long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(80);
        long left = limit < 0 ? Long.MAX_VALUE : limit;
        while (left > 0) {
            if (rpos == rlen && !fill()) break;
            int end = rpos;
            int stop = left >= rlen - rpos ? rlen : rpos + (int) left;
            while (end < stop && rbuf[end] != '\n') end++;
            boolean found = end < stop;
            if (found) end++;
            out.write(rbuf, rpos, end - rpos);
            left -= end - rpos;
            rpos = end;
            if (found) break;
        }
        return out.toByteArray();
    }

    public boolean atEof() {
        return eof && rpos == rlen;
    }

    // ------------------------------------------------------------------ writing

    @Override
    public void write(byte[] b, int off, int len) {
        discardReadAhead();
        if (len > wbuf.length - wlen) {
            flushWrites();
            if (len >= wbuf.length) {
                writeRaw(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, wbuf, wlen, len);
        wlen += len;
    }

    /** Appends one byte (the text encoder's fast path). */
    @Override
    public void writeByte(int b) {
        if (rlen != rpos) discardReadAhead();
        if (wlen == wbuf.length) flushWrites();
        wbuf[wlen++] = (byte) b;
    }

    /** Pushes buffered bytes to the raw stream (not to the disk). */
    public void flushWrites() {
        if (wlen == 0) return;
        int n = wlen;
        wlen = 0;
        writeRaw(wbuf, 0, n);
    }

    private void writeRaw(byte[] b, int off, int len) {
        try {
            raw.write(b, off, len);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
    }

    /** Writes buffered bytes and flushes the raw stream. */
    public void flush() {
        flushWrites();
        try {
            raw.flush();
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
    }

    /** A write after buffered reads continues at the logical position, not after the read-ahead. */
    private void discardReadAhead() {
        if (rpos == rlen) return;
        try {
            if (raw.seekable()) raw.position(raw.position() - (rlen - rpos));
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
        rpos = rlen = 0;
    }

    // ------------------------------------------------------------------ positioning

    public long tell() {
        try {
            return raw.position() - (rlen - rpos) + wlen;
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
    }

    /** {@code seek(offset, whence)}: whence 0 start, 1 current, 2 end. Returns the new position. */
    public long seek(long offset, int whence) {
        flushWrites();
        try {
            long base = switch (whence) {
                case 0 -> 0;
                case 1 -> raw.position() - (rlen - rpos);
                default -> raw.size();
            };
            long target = base + offset;
            if (target < 0) throw OsErrors.of(OsErrors.EINVAL, null);
            raw.position(target);
            rpos = rlen = 0;
            eof = false;
            return target;
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
    }

    public long truncate(long size) {
        flushWrites();
        try {
            long pos = raw.position() - (rlen - rpos);
            rpos = rlen = 0;
            raw.position(pos);
            raw.truncate(size);
            return size;
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
    }

    public void close() {
        try {
            flushWrites();
        } finally {
            try {
                raw.close();
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, null);
            }
        }
    }
}
