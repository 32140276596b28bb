package org.pyjit.runtime.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One deflate stream on {@link Deflater}: zlib-wrapped ({@code wbits} 9..15), raw (-15..-9) or
 * gzip (25..31, header and trailer written here). The JDK's deflater always uses a 32 KiB
 * window and memory level 8, so smaller {@code wbits}/{@code memLevel} give valid streams that
 * differ from CPython's bytes; strategies Z_RLE and Z_FIXED, which the JDK lacks, deflate with
 * the default strategy.
 */
final class Compressor {
    private final Deflater deflater;
    private final boolean gzip;
    private final int level, strategy;
    private boolean headerWritten;
    private final CRC32 crc = new CRC32();
    private long size;
    boolean finished;

    Compressor(int level, int wbits, int strategy, byte[] zdict) {
        this.gzip = wbits >= 25 && wbits <= 31;
        this.level = level;
        this.strategy = strategy;
        deflater = new Deflater(level, wbits < 0 || gzip);
        deflater.setStrategy(switch (strategy) {
            case 1 -> Deflater.FILTERED;
            case 2 -> Deflater.HUFFMAN_ONLY;
            default -> Deflater.DEFAULT_STRATEGY;
        });
        if (zdict != null) deflater.setDictionary(zdict);
    }

    static boolean validWbits(int wbits) {
        return (wbits >= 8 && wbits <= 15) || (wbits >= -15 && wbits <= -8) || (wbits >= 24 && wbits <= 31);
    }

    byte[] compress(byte[] data) {
        ByteArrayOutputStream out = start();
        if (gzip) {
            crc.update(data);
            size += data.length;
        }
        deflater.setInput(data);
        byte[] buf = new byte[16384];
        while (!deflater.needsInput()) out.write(buf, 0, deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH));
        return out.toByteArray();
    }

    /** Z_NO_FLUSH (0) gives nothing, Z_FINISH (4) ends the stream, the others flush to a byte boundary. */
    byte[] flush(int mode) {
        if (mode == 0) return new byte[0];
        ByteArrayOutputStream out = start();
        byte[] buf = new byte[16384];
        if (mode == 4) {
            deflater.finish();
            while (!deflater.finished()) out.write(buf, 0, deflater.deflate(buf));
            if (gzip) GzipFraming.trailer(out, (int) crc.getValue(), size);
            deflater.end();
            finished = true;
        } else {
            int flush = mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, flush);
                out.write(buf, 0, n);
            } while (n == buf.length);
        }
        return out.toByteArray();
    }

    private ByteArrayOutputStream start() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (gzip && !headerWritten) {
            out.writeBytes(GzipFraming.header(level, strategy));
            headerWritten = true;
        }
        return out;
    }
}
