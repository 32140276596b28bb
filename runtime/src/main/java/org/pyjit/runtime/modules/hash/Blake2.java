package org.pyjit.runtime.modules.hash;

import java.util.Arrays;

/**
 * BLAKE2b (64-bit words, 12 rounds, 128-byte blocks) and BLAKE2s (32-bit words, 10 rounds,
 * 64-byte blocks) of RFC 7693 with the full parameter block (key, salt, personalization, tree
 * parameters, last node). One implementation for both: 32-bit words live in longs under a mask.
 */
final class Blake2 implements DigestEngine {
    private static final long[] IV_B = {0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    private static final long[] IV_S = {0x6A09E667L, 0xBB67AE85L, 0x3C6EF372L, 0xA54FF53AL, 0x510E527FL, 0x9B05688CL,
        0x1F83D9ABL, 0x5BE0CD19L};
    private static final int[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    /** The parameters of one hash: {@code wide} is BLAKE2b. */
    record Params(boolean wide, int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize,
            long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {}

    private final boolean wide;
    private final int wordBytes, blockBytes, rounds, digestSize;
    private final long mask;
    private final boolean lastNode;
    private final long[] h;
    private final byte[] buffer;
    private int buffered;
    private long counter;

    Blake2(Params p) {
        wide = p.wide();
        wordBytes = wide ? 8 : 4;
        blockBytes = 16 * wordBytes;
        rounds = wide ? 12 : 10;
        mask = wide ? -1L : 0xffffffffL;
        digestSize = p.digestSize();
        lastNode = p.lastNode();
        buffer = new byte[blockBytes];
        byte[] block = new byte[8 * wordBytes];
        block[0] = (byte) p.digestSize();
        block[1] = (byte) p.key().length;
        block[2] = (byte) p.fanout();
        block[3] = (byte) p.depth();
        putLe(block, 4, p.leafSize(), 4);
        putLe(block, 8, p.nodeOffset(), wide ? 8 : 6);
        block[wide ? 16 : 14] = (byte) p.nodeDepth();
        block[wide ? 17 : 15] = (byte) p.innerSize();
        System.arraycopy(p.salt(), 0, block, wide ? 32 : 16, p.salt().length);
        System.arraycopy(p.person(), 0, block, wide ? 48 : 24, p.person().length);
        long[] iv = wide ? IV_B : IV_S;
        h = new long[8];
        for (int i = 0; i < 8; i++) h[i] = iv[i] ^ word(block, i * wordBytes);
        if (p.key().length > 0) {
            byte[] keyBlock = new byte[blockBytes];
            System.arraycopy(p.key(), 0, keyBlock, 0, p.key().length);
            update(keyBlock);
        }
    }

    private Blake2(Blake2 o) {
        wide = o.wide;
        wordBytes = o.wordBytes;
        blockBytes = o.blockBytes;
        rounds = o.rounds;
        mask = o.mask;
        digestSize = o.digestSize;
        lastNode = o.lastNode;
        h = o.h.clone();
        buffer = o.buffer.clone();
        buffered = o.buffered;
        counter = o.counter;
    }

    private static void putLe(byte[] b, int at, long v, int n) {
        for (int i = 0; i < n; i++) b[at + i] = (byte) (v >>> (8 * i));
    }

    private long word(byte[] b, int at) {
        long v = 0;
        for (int i = wordBytes - 1; i >= 0; i--) v = v << 8 | (b[at + i] & 0xff);
        return v;
    }

    @Override
    public void update(byte[] data) {
        int i = 0;
        while (i < data.length) {
            // a full buffer is compressed only when more input follows: the last block is special
            if (buffered == blockBytes) {
                counter += blockBytes;
                compress(h, buffer, counter, false);
                buffered = 0;
            }
            int take = Math.min(blockBytes - buffered, data.length - i);
            System.arraycopy(data, i, buffer, buffered, take);
            buffered += take;
            i += take;
        }
    }

    @Override
    public byte[] digest(int length) {
        long[] state = h.clone();
        byte[] last = Arrays.copyOf(Arrays.copyOf(buffer, buffered), blockBytes);
        compress(state, last, counter + buffered, true);
        byte[] out = new byte[8 * wordBytes];
        for (int i = 0; i < 8; i++) putLe(out, i * wordBytes, state[i], wordBytes);
        return Arrays.copyOf(out, digestSize);
    }

    @Override
    public DigestEngine copy() {
        return new Blake2(this);
    }

    private long rotr(long x, int n) {
        return wide ? Long.rotateRight(x, n) : ((x >>> n) | (x << (32 - n))) & mask;
    }

    private void compress(long[] state, byte[] block, long count, boolean isLast) {
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) m[i] = word(block, i * wordBytes);
        long[] v = new long[16];
        long[] iv = wide ? IV_B : IV_S;
        System.arraycopy(state, 0, v, 0, 8);
        System.arraycopy(iv, 0, v, 8, 8);
        v[12] ^= count & mask;
        v[13] ^= wide ? 0 : (count >>> 32) & mask;
        if (isLast) {
            v[14] = ~v[14] & mask;
            if (lastNode) v[15] = ~v[15] & mask;
        }
        int[] rot = wide ? new int[] {32, 24, 16, 63} : new int[] {16, 12, 8, 7};
        for (int r = 0; r < rounds; r++) {
            int[] s = SIGMA[r % 10];
            mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]], rot);
            mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]], rot);
            mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]], rot);
            mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]], rot);
            mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]], rot);
            mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]], rot);
            mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]], rot);
            mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]], rot);
        }
        for (int i = 0; i < 8; i++) state[i] ^= v[i] ^ v[i + 8];
    }

    private void mix(long[] v, int a, int b, int c, int d, long x, long y, int[] rot) {
        v[a] = (v[a] + v[b] + x) & mask;
        v[d] = rotr(v[d] ^ v[a], rot[0]);
        v[c] = (v[c] + v[d]) & mask;
        v[b] = rotr(v[b] ^ v[c], rot[1]);
        v[a] = (v[a] + v[b] + y) & mask;
        v[d] = rotr(v[d] ^ v[a], rot[2]);
        v[c] = (v[c] + v[d]) & mask;
        v[b] = rotr(v[b] ^ v[c], rot[3]);
    }
}
