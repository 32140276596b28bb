package org.pyjit.runtime.io;

import java.nio.charset.Charset;

/**
 * {@code utf-16} and {@code utf-32} as Python has them: encoding writes a byte-order mark and
 * then little-endian (the native order here), decoding follows a leading mark and assumes
 * little-endian without one. (The JVM's "UTF-16" charset writes big-endian instead.)
 */
final class BomCodec extends TextCodec {
    private final String name;
    private final TextCodec little, big;
    private final byte[] bomLittle, bomBig;

    private BomCodec(String name, String leName, String beName, byte[] bomLittle, byte[] bomBig) {
        this.name = name;
        this.little = new CharsetCodec(name, Charset.forName(leName));
        this.big = new CharsetCodec(name, Charset.forName(beName));
        this.bomLittle = bomLittle;
        this.bomBig = bomBig;
    }

    static BomCodec utf16() {
        return new BomCodec("utf-16", "UTF-16LE", "UTF-16BE", new byte[] {(byte) 0xff, (byte) 0xfe}, new byte[] {(byte) 0xfe, (byte) 0xff});
    }

    static BomCodec utf32() {
        return new BomCodec("utf-32", "UTF-32LE", "UTF-32BE", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0},
                new byte[] {0, 0, (byte) 0xfe, (byte) 0xff});
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Encoder encoder(String errors) {
        Encoder le = little.encoder(errors);
        boolean[] bomWritten = {false};
        return (s, out) -> {
            if (!bomWritten[0] && !s.isEmpty()) {
                out.write(bomLittle, 0, bomLittle.length);
                bomWritten[0] = true;
            }
            le.encode(s, out);
        };
    }

    @Override
    public Decoder decoder(String errors) {
        return new Decoder() {
            private Decoder chosen;
            private byte[] head = new byte[0];

            @Override
            public String decode(byte[] b, int off, int len, boolean last) {
                if (chosen != null) return chosen.decode(b, off, len, last);
                byte[] all = new byte[head.length + len];
                System.arraycopy(head, 0, all, 0, head.length);
                System.arraycopy(b, off, all, head.length, len);
                if (all.length < bomLittle.length && !last) { // wait for enough bytes to see a mark
                    head = all;
                    return "";
                }
                int skip = 0;
                if (startsWith(all, bomLittle)) {
                    chosen = little.decoder(errors);
                    skip = bomLittle.length;
                } else if (startsWith(all, bomBig)) {
                    chosen = big.decoder(errors);
                    skip = bomBig.length;
                } else {
                    chosen = little.decoder(errors);
                }
                return chosen.decode(all, skip, all.length - skip, last);
            }
        };
    }

    private static boolean startsWith(byte[] a, byte[] prefix) {
        if (a.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (a[i] != prefix[i]) return false;
        return true;
    }
}
