package org.pyjit.runtime.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One inflate stream as zlib runs it for a {@code wbits} value: zlib-wrapped (8..15, or 0 for
 * the window in the header), raw (-15..-8), gzip (24..31, parsed here around a raw
 * {@link Inflater}) or either (40..47, decided by the first byte). Keeps what CPython's
 * decompression objects expose: {@code eof}, {@code unused_data}, {@code unconsumed_tail}.
 */
final class Decompressor {
    private enum Format { ZLIB, RAW, GZIP, AUTO }

    private Format format;
    private final byte[] zdict;
    private Inflater inflater;
    /** Gzip bytes seen before the header is complete (also the first byte when the format is AUTO). */
    private ByteArrayOutputStream header = new ByteArrayOutputStream();
    private final CRC32 crc = new CRC32();
    private long size;
    private final byte[] trailer = new byte[8];
    private int trailerFilled = -1;
    boolean eof;
    byte[] unusedData = new byte[0];
    byte[] unconsumedTail = new byte[0];

    Decompressor(int wbits, byte[] zdict) {
        this.zdict = zdict;
        if (wbits == 0 || (wbits >= 8 && wbits <= 15)) format = Format.ZLIB;
        else if (wbits >= -15 && wbits <= -8) format = Format.RAW;
        else if (wbits >= 24 && wbits <= 31) format = Format.GZIP;
        else if (wbits >= 40 && wbits <= 47) format = Format.AUTO;
        else throw new IllegalArgumentException("wbits");
        if (format == Format.ZLIB || format == Format.RAW) start(format == Format.RAW);
    }

    static boolean validWbits(int wbits) {
        return wbits == 0 || (wbits >= 8 && wbits <= 15) || (wbits >= -15 && wbits <= -8) || (wbits >= 24 && wbits <= 31)
                || (wbits >= 40 && wbits <= 47);
    }

    private void start(boolean raw) {
        inflater = new Inflater(raw);
        if (raw && zdict != null) inflater.setDictionary(zdict);
    }

    /** Inflates {@code data}, producing at most {@code maxLength} bytes (0: no limit). */
    byte[] decompress(byte[] data, int maxLength) {
        unconsumedTail = new byte[0];
        if (eof) {
            unusedData = concat(unusedData, data);
            return new byte[0];
        }
        if (trailerFilled >= 0) {
            readTrailer(data, 0);
            return new byte[0];
        }
        byte[] input = data;
        if (inflater == null) {
            header.writeBytes(data);
            byte[] seen = header.toByteArray();
            if (format == Format.AUTO) {
                if (seen.length == 0) return new byte[0];
                format = GzipFraming.looksLikeGzip(seen, seen.length) ? Format.GZIP : Format.ZLIB;
                if (format == Format.ZLIB) {
                    start(false);
                    input = seen;
                }
            }
            if (format == Format.GZIP) {
                int length = GzipFraming.headerLength(seen, seen.length);
                if (length < 0) return new byte[0];
                start(true);
                input = Arrays.copyOfRange(seen, length, seen.length);
            }
            header = null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        inflater.setInput(input);
        byte[] buf = new byte[16384];
        try {
            while (!inflater.finished()) {
                int room = maxLength > 0 ? Math.min(buf.length, maxLength - out.size()) : buf.length;
                if (room <= 0) break;
                int n = inflater.inflate(buf, 0, room);
                out.write(buf, 0, n);
                if (n == 0) {
                    if (inflater.needsDictionary()) {
                        if (zdict == null) throw new ZlibFailure(2, null);
                        inflater.setDictionary(zdict);
                    } else if (inflater.needsInput()) {
                        break;
                    }
                }
            }
        } catch (DataFormatException e) {
            throw new ZlibFailure(-3, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ZlibFailure(-3, "invalid dictionary");
        }
        byte[] produced = out.toByteArray();
        if (format == Format.GZIP) {
            crc.update(produced);
            size += produced.length;
        }
        int remaining = inflater.getRemaining();
        int restAt = input.length - remaining;
        if (inflater.finished()) {
            inflater.end();
            if (format == Format.GZIP) {
                trailerFilled = 0;
                readTrailer(input, restAt);
            } else {
                eof = true;
                unusedData = Arrays.copyOfRange(input, restAt, input.length);
            }
        } else if (remaining > 0) {
            unconsumedTail = Arrays.copyOfRange(input, restAt, input.length);
        }
        return produced;
    }

    /** Collects the gzip trailer from {@code b[from..]}; the bytes after it are unused data. */
    private void readTrailer(byte[] b, int from) {
        int take = Math.min(8 - trailerFilled, b.length - from);
        System.arraycopy(b, from, trailer, trailerFilled, take);
        trailerFilled += take;
        // zlib checks the CRC as soon as its four bytes are in
        if (trailerFilled >= 4 && GzipFraming.readInt(trailer, 0) != (int) crc.getValue()) {
            throw new ZlibFailure(-3, "incorrect data check");
        }
        if (trailerFilled < 8) return;
        if (GzipFraming.readInt(trailer, 4) != (int) size) throw new ZlibFailure(-3, "incorrect length check");
        eof = true;
        trailerFilled = -1;
        unusedData = Arrays.copyOfRange(b, from + take, b.length);
    }

    void end() {
        if (inflater != null) inflater.end();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
