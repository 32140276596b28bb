package org.pyjit.runtime.modules.hash;

/**
 * The Keccak sponge of FIPS 202 over Keccak-f[1600]: SHA3-224..512 (domain bits 01, padding byte
 * 0x06) and SHAKE128/256 (1111, 0x1f), which the JDK does not offer as message digests.
 */
final class Keccak implements DigestEngine {
    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L, 0x000000000000808BL,
        0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L, 0x000000000000008AL, 0x0000000000000088L,
        0x0000000080008009L, 0x000000008000000AL, 0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L,
        0x8000000000008003L, 0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    /** Rotation of lane x + 5y, from the (t+1)(t+2)/2 walk of FIPS 202's rho step. */
    private static final int[] ROTATIONS = new int[25];

    static {
        int x = 1, y = 0;
        for (int t = 0; t < 24; t++) {
            ROTATIONS[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
            int nx = y, ny = (2 * x + 3 * y) % 5;
            x = nx;
            y = ny;
        }
    }

    private final long[] state;
    private final int rate;
    private final byte padding;
    private final int fixedLength;
    private int position;

    /** {@code rate} in bytes; {@code fixedLength} the digest size, or -1 for an extendable output (SHAKE). */
    Keccak(int rate, byte padding, int fixedLength) {
        this(new long[25], rate, padding, fixedLength, 0);
    }

    private Keccak(long[] state, int rate, byte padding, int fixedLength, int position) {
        this.state = state;
        this.rate = rate;
        this.padding = padding;
        this.fixedLength = fixedLength;
        this.position = position;
    }

    private void xorByte(long[] s, int at, int b) {
        s[at >>> 3] ^= (long) (b & 0xff) << (8 * (at & 7));
    }

    @Override
    public void update(byte[] data) {
        for (byte b : data) {
            xorByte(state, position++, b);
            if (position == rate) {
                permute(state);
                position = 0;
            }
        }
    }

    @Override
    public byte[] digest(int length) {
        int n = fixedLength >= 0 ? fixedLength : length;
        long[] s = state.clone();
        xorByte(s, position, padding);
        xorByte(s, rate - 1, 0x80);
        permute(s);
        byte[] out = new byte[n];
        for (int i = 0, at = 0; i < n; i++, at++) {
            if (at == rate) {
                permute(s);
                at = 0;
            }
            out[i] = (byte) (s[at >>> 3] >>> (8 * (at & 7)));
        }
        return out;
    }

    @Override
    public DigestEngine copy() {
        return new Keccak(state.clone(), rate, padding, fixedLength, position);
    }

    private static void permute(long[] a) {
        long[] c = new long[5], b = new long[25];
        for (long rc : ROUND_CONSTANTS) {
            for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) a[x + y] ^= d;
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
            }
            a[0] ^= rc;
        }
    }
}
