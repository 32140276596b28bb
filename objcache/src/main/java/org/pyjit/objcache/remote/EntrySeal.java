package org.pyjit.objcache.remote;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authenticated framing of a remote entry: {@code "PJRV" | version 1 | tag (32) | value}, where
 * the tag is HMAC-SHA256 with the fleet's secret over a domain string, the 32-byte cache key, the
 * value's length and the value. Binding the key means a valid entry copied under another key does
 * not verify either. A frame that is short, of another version, or whose tag differs (compared in
 * constant time) is rejected: pyjit never loads code it cannot authenticate.
 */
public final class EntrySeal {
    /** The smallest secret accepted, in bytes. */
    public static final int MIN_SECRET_BYTES = 16;
    static final byte[] MAGIC = {'P', 'J', 'R', 'V'};
    static final int VERSION = 1;
    static final int TAG_LENGTH = 32;
    static final int HEADER_LENGTH = MAGIC.length + 1 + TAG_LENGTH;
    private static final byte[] DOMAIN = "pyjit.remote.entry.v1\0".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec secret;

    /**
     * A seal with {@code secret}.
     *
     * @throws IllegalArgumentException if the secret is shorter than {@link #MIN_SECRET_BYTES}
     */
    public EntrySeal(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the key has " + secret.length + " bytes; at least "
                    + MIN_SECRET_BYTES + " are needed (e.g. openssl rand -hex 32 > FILE)");
        }
        this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** The frame of {@code value} stored under {@code key}. */
    public byte[] seal(byte[] key, byte[] value) {
        byte[] frame = new byte[HEADER_LENGTH + value.length];
        System.arraycopy(MAGIC, 0, frame, 0, MAGIC.length);
        frame[MAGIC.length] = VERSION;
        System.arraycopy(tag(key, value, 0, value.length), 0, frame, MAGIC.length + 1, TAG_LENGTH);
        System.arraycopy(value, 0, frame, HEADER_LENGTH, value.length);
        return frame;
    }

    /** The value in {@code frame} read under {@code key}, or {@code null} if it does not authenticate. */
    public byte[] open(byte[] key, byte[] frame) {
        if (frame.length < HEADER_LENGTH || !Arrays.equals(frame, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || frame[MAGIC.length] != VERSION) {
            return null;
        }
        byte[] expected = tag(key, frame, HEADER_LENGTH, frame.length - HEADER_LENGTH);
        byte[] actual = Arrays.copyOfRange(frame, MAGIC.length + 1, HEADER_LENGTH);
        if (!MessageDigest.isEqual(expected, actual)) {
            return null;
        }
        return Arrays.copyOfRange(frame, HEADER_LENGTH, frame.length);
    }

    private byte[] tag(byte[] key, byte[] value, int offset, int length) {
        Mac mac;
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
        mac.update(DOMAIN);
        mac.update(lengthBytes(key.length));
        mac.update(key);
        mac.update(lengthBytes(length));
        mac.update(value, offset, length);
        return mac.doFinal();
    }

    private static byte[] lengthBytes(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }
}
