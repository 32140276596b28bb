package org.pyjit.objcache;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDecompressCtx;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The stored value format, version 1 (big-endian):
 * <pre>
 *   0  magic "PJOC"                  4
 *   4  format version (1)            2
 *   6  header length                 4   bytes before the compressed object
 *  10  artifact kind id              1
 *  11  key echo                     32
 *  43  input digest                 32
 *  75  uncompressed length           4
 *  79  compressed length             4
 *  83  CRC32C of the object          4
 *  87  compile time, µs              8
 *  95  created, epoch ms             8
 * 103  last use, epoch ms            8
 * 111  label, env fields, defined and needed symbols (16-bit lengths and counts)
 *  ..  CRC32C of all header bytes before it   4
 *  ..  zstd frame of the object
 * </pre>
 * Checks run in this order, so each damage gets its own reason: magic and version (FORMAT), key
 * echo (KEY_MISMATCH), then header checksum, lengths, decompression and object checksum (CORRUPT).
 */
final class ValueCodec {
    static final byte[] MAGIC = {'P', 'J', 'O', 'C'};
    static final int FORMAT_VERSION = 1;
    static final int KEY_OFFSET = 11;
    static final int FIXED_LENGTH = 111;
    /** Objects past this size are refused, so a damaged length can never allocate gigabytes. */
    static final int MAX_OBJECT_LENGTH = 512 << 20;
    private static final int COMPRESSION_LEVEL = 3;
    private static final byte[] NO_DIGEST = new byte[ObjectCacheKey.LENGTH];

    private ValueCodec() {}

    /**
     * One decompression context per thread, reused: {@code Zstd.decompressByteArray} creates and frees one
     * per call (zstd's context allocation and the JNI work, for each of a warm start's ~200 hits).
     */
    private static final ThreadLocal<ZstdDecompressCtx> DECOMPRESSOR = ThreadLocal.withInitial(ZstdDecompressCtx::new);

    /** Encodes {@code object} with its header for storage under {@code key}. */
    static byte[] encode(ObjectCacheKey key, byte[] object, ObjectMetadata metadata, long nowMillis) {
        if (object.length > MAX_OBJECT_LENGTH) {
            throw new IllegalArgumentException("objects are limited to " + MAX_OBJECT_LENGTH + " bytes");
        }
        byte[] compressed = Zstd.compress(object, COMPRESSION_LEVEL);
        ByteWriter out = new ByteWriter(FIXED_LENGTH + 256 + compressed.length);
        out.bytes(MAGIC).u16(FORMAT_VERSION).i32(0 /* header length, patched below */);
        out.u8(key.kind().id()).bytes(key.digestView());
        byte[] inputDigest = key.inputDigestView();
        out.bytes(inputDigest != null ? inputDigest : NO_DIGEST);
        out.i32(object.length).i32(compressed.length).i32(crc32c(object, 0, object.length));
        out.i64(metadata.compileTimeMicros()).i64(nowMillis).i64(nowMillis);
        out.string16(truncate(metadata.label()));
        List<EnvironmentField> fields = key.environment().map(CompilationEnvironment::fields).orElse(List.of());
        out.u16(fields.size());
        for (EnvironmentField field : fields) {
            out.string16(truncate(field.name())).string16(truncate(field.value()));
        }
        writeStrings(out, metadata.definedSymbols());
        writeStrings(out, metadata.neededSymbols());
        int headerLength = out.size() + 4;
        out.putI32At(6, headerLength);
        out.i32(crc32c(out.buffer(), 0, out.size()));
        out.bytes(compressed);
        return out.toByteArray();
    }

    /** Decodes and fully checks a value read under {@code expectedKey}, decompressing the object. */
    static Decoded decode(byte[] value, byte[] expectedKey) {
        return decode(value, expectedKey, true);
    }

    /**
     * Checks everything but the object itself (no decompression): enough for listings. The
     * returned {@link Decoded.Valid} then carries a {@code null} object.
     */
    static Decoded decodeHeader(byte[] value, byte[] expectedKey) {
        return decode(value, expectedKey, false);
    }

    private static Decoded decode(byte[] value, byte[] expectedKey, boolean withObject) {
        if (value.length < 6 || !Arrays.equals(value, 0, 4, MAGIC, 0, 4)) {
            return new Decoded.Invalid(MissReason.FORMAT, "not a pyjit cache value");
        }
        int version = ((value[4] & 0xFF) << 8) | (value[5] & 0xFF);
        if (version != FORMAT_VERSION) {
            return new Decoded.Invalid(MissReason.FORMAT, "value format version " + version
                    + ", this pyjit reads version " + FORMAT_VERSION);
        }
        if (value.length < KEY_OFFSET + ObjectCacheKey.LENGTH) {
            return new Decoded.Invalid(MissReason.CORRUPT, "truncated header");
        }
        if (!Arrays.equals(value, KEY_OFFSET, KEY_OFFSET + ObjectCacheKey.LENGTH, expectedKey, 0, expectedKey.length)) {
            return new Decoded.Invalid(MissReason.KEY_MISMATCH, "the value echoes another key");
        }
        int headerLength = ByteReader.readI32(value, 6);
        if (headerLength < FIXED_LENGTH + 4 || headerLength > value.length) {
            return new Decoded.Invalid(MissReason.CORRUPT, "header length " + headerLength + " out of range");
        }
        int storedHeaderCrc = ByteReader.readI32(value, headerLength - 4);
        if (storedHeaderCrc != crc32c(value, 0, headerLength - 4)) {
            return new Decoded.Invalid(MissReason.CORRUPT, "header checksum mismatch");
        }
        ValueHeader header;
        try {
            header = parseHeader(value, headerLength);
        } catch (MalformedValueException e) {
            return new Decoded.Invalid(MissReason.CORRUPT, e.getMessage());
        }
        if (header.kind() == null) {
            return new Decoded.Invalid(MissReason.CORRUPT, "unknown artifact kind");
        }
        if ((long) headerLength + header.compressedLength() != value.length) {
            return new Decoded.Invalid(MissReason.CORRUPT, "value length does not match its header");
        }
        if (header.uncompressedLength() < 0 || header.uncompressedLength() > MAX_OBJECT_LENGTH) {
            return new Decoded.Invalid(MissReason.CORRUPT, "object length out of range");
        }
        if (!withObject) {
            return new Decoded.Valid(header, null);
        }
        byte[] object = new byte[header.uncompressedLength()];
        try {
            long written = DECOMPRESSOR.get().decompressByteArray(object, 0, object.length, value, headerLength, header.compressedLength());
            if (written != object.length) {
                return new Decoded.Invalid(MissReason.CORRUPT, "object decompressed to the wrong length");
            }
        } catch (RuntimeException e) {
            DECOMPRESSOR.get().close(); // a fresh context for the next value, whatever state this one was left in
            DECOMPRESSOR.remove();
            return new Decoded.Invalid(MissReason.CORRUPT, "object does not decompress");
        }
        if (crc32c(object, 0, object.length) != header.objectChecksum()) {
            return new Decoded.Invalid(MissReason.CORRUPT, "object checksum mismatch");
        }
        return new Decoded.Valid(header, object);
    }

    private static ValueHeader parseHeader(byte[] value, int headerLength) {
        ByteReader in = new ByteReader(value, 10, headerLength - 4);
        ArtifactKind kind = ArtifactKind.fromId(in.u8());
        byte[] key = in.bytes(ObjectCacheKey.LENGTH);
        byte[] inputDigest = in.bytes(ObjectCacheKey.LENGTH);
        int uncompressed = in.i32();
        int compressed = in.i32();
        int objectCrc = in.i32();
        long compileMicros = in.i64();
        long created = in.i64();
        long lastUsed = in.i64();
        String label = in.string16();
        int fieldCount = in.u16();
        List<EnvironmentField> fields = new ArrayList<>(fieldCount);
        for (int i = 0; i < fieldCount; i++) {
            fields.add(new EnvironmentField(in.string16(), in.string16()));
        }
        List<String> defined = readStrings(in);
        List<String> needed = readStrings(in);
        if (in.remaining() != 0 || compressed < 0) {
            throw new MalformedValueException("header fields do not fill the header");
        }
        return new ValueHeader(kind, key, inputDigest, uncompressed, compressed, objectCrc, compileMicros,
                created, lastUsed, label, List.copyOf(fields), defined, needed, headerLength);
    }

    private static void writeStrings(ByteWriter out, List<String> strings) {
        out.u16(strings.size());
        for (String s : strings) {
            out.string16(truncate(s));
        }
    }

    private static List<String> readStrings(ByteReader in) {
        int count = in.u16();
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(in.string16());
        }
        return List.copyOf(out);
    }

    /** Keeps a string within the 16-bit length of the format (labels are for humans anyway). */
    private static String truncate(String s) {
        if (s.length() <= 16_000) {
            return s;
        }
        return s.substring(0, 16_000);
    }

    static int crc32c(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }
}
