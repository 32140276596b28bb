package org.pyjit.runtime.io;

/** Where an encoder puts bytes: a file's buffer or a growable array. */
public interface ByteSink {
    void writeByte(int b);

    void write(byte[] b, int off, int len);

    /** A sink collecting into a growable array. */
    final class Growable implements ByteSink {
        private byte[] buf = new byte[64];
        private int len;

        @Override
        public void writeByte(int b) {
            if (len == buf.length) buf = java.util.Arrays.copyOf(buf, len * 2);
            buf[len++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int n) {
            if (len + n > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(len + n, len * 2));
            System.arraycopy(b, off, buf, len, n);
            len += n;
        }

        public byte[] toArray() {
            return java.util.Arrays.copyOf(buf, len);
        }
    }
}
