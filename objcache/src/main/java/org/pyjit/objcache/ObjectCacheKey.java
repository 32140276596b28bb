package org.pyjit.objcache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The 32-byte SHA-256 key of a cache entry. Every caller builds keys with
 * {@link #of(ArtifactKind, byte[], CompilationEnvironment)}, so equal inputs key alike and any
 * change of kind, input or environment field yields a different key.
 *
 * <p>The key is {@code SHA-256(domain, kind, SHA-256(domain, kind, input), environment)}; the inner
 * digest identifies the input alone, which lets a miss tell "this input was compiled before, under
 * another environment" apart from "never seen". Equality is by the key digest only.
 */
public final class ObjectCacheKey {
    /** Length of a key digest in bytes. */
    public static final int LENGTH = 32;

    private static final byte[] INPUT_DOMAIN = "pyjit.objcache.input.v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_DOMAIN = "pyjit.objcache.key.v1\0".getBytes(StandardCharsets.US_ASCII);

    private final ArtifactKind kind;
    private final byte[] digest;
    private final byte[] inputDigest;                 // null for keys rebuilt from a digest
    private final CompilationEnvironment environment; // null for keys rebuilt from a digest

    private ObjectCacheKey(ArtifactKind kind, byte[] digest, byte[] inputDigest, CompilationEnvironment environment) {
        this.kind = kind;
        this.digest = digest;
        this.inputDigest = inputDigest;
        this.environment = environment;
    }

    /**
     * The key of {@code input} compiled under {@code environment}.
     *
     * @throws IllegalArgumentException if the environment belongs to another kind of artifact
     */
    public static ObjectCacheKey of(ArtifactKind kind, byte[] input, CompilationEnvironment environment) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(environment, "environment");
        if (environment.kind() != kind) {
            throw new IllegalArgumentException(
                    "a " + environment.getClass().getSimpleName() + " describes " + environment.kind()
                            + " artifacts, not " + kind);
        }
        MessageDigest sha = sha256();
        sha.update(INPUT_DOMAIN);
        sha.update((byte) kind.id());
        sha.update(input);
        byte[] inputDigest = sha.digest();

        sha.update(KEY_DOMAIN);
        sha.update((byte) kind.id());
        sha.update(inputDigest);
        sha.update(encodedFields(environment));
        return new ObjectCacheKey(kind, sha.digest(), inputDigest, environment);
    }

    /** An environment and its encoded fields. */
    private record Encoded(CompilationEnvironment environment, byte[] fields) {}

    /**
     * The last environments encoded, found by identity: a process keys hundreds of artifacts under a handful
     * of environment objects, and comparing records by value (their generated equals and hashCode) costs the
     * JVM's interpreter more than encoding. Slots are replaced round-robin; a racing writer only costs an encoding.
     */
    private static final Encoded[] RECENT = new Encoded[8];
    private static int nextSlot;

    private static byte[] encodedFields(CompilationEnvironment environment) {
        for (Encoded e : RECENT) {
            if (e != null && e.environment() == environment) return e.fields();
        }
        ByteWriter fields = new ByteWriter(256);
        fields.i32(environment.fields().size());
        for (EnvironmentField field : environment.fields()) {
            writeLengthPrefixed(fields, field.name());
            writeLengthPrefixed(fields, field.value());
        }
        byte[] encoded = Arrays.copyOf(fields.buffer(), fields.size());
        int slot = nextSlot;
        nextSlot = (slot + 1) % RECENT.length;
        RECENT[slot] = new Encoded(environment, encoded);
        return encoded;
    }

    /**
     * A key rebuilt from its digest, e.g. one recorded in a profile. Such a key finds its entry
     * like the original, but a miss on it cannot be attributed to a changed environment.
     */
    public static ObjectCacheKey fromDigest(ArtifactKind kind, byte[] digest) {
        Objects.requireNonNull(kind, "kind");
        if (digest.length != LENGTH) {
            throw new IllegalArgumentException("a key digest has " + LENGTH + " bytes, not " + digest.length);
        }
        return new ObjectCacheKey(kind, digest.clone(), null, null);
    }

    /** The kind of artifact this key names. */
    public ArtifactKind kind() {
        return kind;
    }

    /** A copy of the 32-byte digest. */
    public byte[] digest() {
        return digest.clone();
    }

    /** The digest in lower-case hex (64 characters). */
    public String hex() {
        return HexFormatting.hex(digest);
    }

    /** The environment the key was computed with, absent for a key rebuilt from a digest. */
    public Optional<CompilationEnvironment> environment() {
        return Optional.ofNullable(environment);
    }

    byte[] digestView() {
        return digest;
    }

    /** The digest of kind and input alone, or {@code null} for a key rebuilt from a digest. */
    byte[] inputDigestView() {
        return inputDigest;
    }

    private static void writeLengthPrefixed(ByteWriter out, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.i32(utf8.length);
        out.bytes(utf8);
    }

    /**
     * Never updated, only cloned: a clone skips {@code getInstance}'s provider search, which the JVM's
     * interpreter runs at start-up for every key (hundreds in a warm start).
     */
    private static final MessageDigest SHA256_PROTOTYPE = newSha256();

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA256_PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ObjectCacheKey that && Arrays.equals(digest, that.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return kind.shortName() + ":" + hex();
    }
}
