package org.pyjit.runtime.modules.zlib;

import java.io.ByteArrayOutputStream;

/**
 * The gzip container around a raw deflate stream (RFC 1952), which {@code java.util.zip}'s
 * Deflater and Inflater do not write or read themselves: the header zlib writes for
 * {@code wbits} 25..31, header parsing with its optional fields, and the CRC-32/size trailer.
 */
final class GzipFraming {
    private GzipFraming() {}

    private static final int FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16;

    /** The 10-byte header zlib writes: no name, no time, the level hint zlib derives, OS 3 (Unix). */
    static byte[] header(int level, int strategy) {
        int xfl = level == 9 ? 2 : (level == 0 || level == 1 || strategy >= 2) ? 4 : 0;
        return new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3};
    }

    static void trailer(ByteArrayOutputStream out, int crc, long size) {
        writeInt(out, crc);
        writeInt(out, (int) size);
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    /**
     * The length of the complete header at the start of {@code b[0..n)}, or -1 when more bytes
     * are needed. Throws {@link ZlibFailure} for a header that is not gzip's.
     */
    static int headerLength(byte[] b, int n) {
        if (n >= 1 && (b[0] & 0xff) != 0x1f || n >= 2 && (b[1] & 0xff) != 0x8b) throw new ZlibFailure(-3, "incorrect header check");
        if (n >= 3 && b[2] != 8) throw new ZlibFailure(-3, "unknown compression method");
        if (n < 10) return -1;
        int flags = b[3] & 0xff;
        int at = 10;
        if ((flags & FEXTRA) != 0) {
            if (n < at + 2) return -1;
            at += 2 + ((b[at] & 0xff) | (b[at + 1] & 0xff) << 8);
        }
        for (int field : new int[] {FNAME, FCOMMENT}) {
            if ((flags & field) == 0) continue;
            while (at < n && b[at] != 0) at++;
            if (at >= n) return -1;
            at++;
        }
        if ((flags & FHCRC) != 0) at += 2;
        return at <= n ? at : -1;
    }

    /** Whether a stream starting with these bytes is gzip (for wbits 32+: either format). */
    static boolean looksLikeGzip(byte[] b, int n) {
        return n >= 1 && (b[0] & 0xff) == 0x1f;
    }
}
