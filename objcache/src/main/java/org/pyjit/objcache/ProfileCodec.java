package org.pyjit.objcache;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Binary form of profiles: the database key of a {@link FunctionIdentity} and the checksummed
 * value of a {@link FunctionProfile} ({@code "PJPF"}, version, identity echo, signatures, CRC32C).
 * Version 2 adds each signature's input key after its compiled key; version 1 values still decode.
 */
final class ProfileCodec {
    private static final byte[] MAGIC = {'P', 'J', 'P', 'F'};
    private static final int VERSION = 2;
    private static final int VERSION_WITHOUT_INPUT_KEYS = 1;

    private ProfileCodec() {}

    static byte[] identityKey(FunctionIdentity identity) {
        ByteWriter out = new ByteWriter(64);
        writeIdentity(out, identity);
        return out.toByteArray();
    }

    /** The bytes every {@link #identityKey} of a function of {@code module} begins with. */
    static byte[] modulePrefix(String module) {
        ByteWriter out = new ByteWriter(32);
        out.string16(module);
        return out.toByteArray();
    }

    static byte[] encode(FunctionProfile profile) {
        ByteWriter out = new ByteWriter(256);
        out.bytes(MAGIC).u16(VERSION);
        writeIdentity(out, profile.identity());
        out.u16(profile.signatures().size());
        for (ProfiledSignature signature : profile.signatures()) {
            out.u16(signature.argumentTypes().size());
            for (String type : signature.argumentTypes()) {
                out.string16(type);
            }
            out.i64(signature.observations());
            writeKey(out, signature.compiledKey());
            writeKey(out, signature.inputKey());
        }
        out.i32(ValueCodec.crc32c(out.buffer(), 0, out.size()));
        return out.toByteArray();
    }

    /**
     * The profile in {@code value}, or {@code null} if it is damaged, of another version, or does
     * not belong to {@code expectedKey} (when that is not null).
     */
    static FunctionProfile decode(byte[] value, byte[] expectedKey) {
        if (value.length < 10 || !Arrays.equals(value, 0, 4, MAGIC, 0, 4)) {
            return null;
        }
        int crc = ByteReader.readI32(value, value.length - 4);
        if (crc != ValueCodec.crc32c(value, 0, value.length - 4)) {
            return null;
        }
        try {
            ByteReader in = new ByteReader(value, 4, value.length - 4);
            int version = in.u16();
            if (version != VERSION && version != VERSION_WITHOUT_INPUT_KEYS) {
                return null;
            }
            int identityStart = in.position();
            FunctionIdentity identity = readIdentity(in);
            if (expectedKey != null
                    && !Arrays.equals(value, identityStart, in.position(), expectedKey, 0, expectedKey.length)) {
                return null;
            }
            int count = in.u16();
            List<ProfiledSignature> signatures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int typeCount = in.u16();
                List<String> types = new ArrayList<>(typeCount);
                for (int t = 0; t < typeCount; t++) {
                    types.add(in.string16());
                }
                long observations = in.i64();
                ObjectCacheKey[] key = new ObjectCacheKey[1];
                ObjectCacheKey[] inputKey = new ObjectCacheKey[1];
                if (!readKey(in, key) || version == VERSION && !readKey(in, inputKey) || observations < 0) {
                    return null;
                }
                signatures.add(new ProfiledSignature(types, observations, key[0], inputKey[0]));
            }
            return in.remaining() == 0 ? new FunctionProfile(identity, signatures) : null;
        } catch (MalformedValueException | IllegalArgumentException e) {
            return null; // damaged lengths or an over-long hash: unusable, never an error
        }
    }

    private static void writeKey(ByteWriter out, ObjectCacheKey key) {
        if (key == null) {
            out.u8(0);
        } else {
            out.u8(key.kind().id()).bytes(key.digestView());
        }
    }

    /** Reads an optional key into {@code into[0]}; false for an unknown artifact kind. */
    private static boolean readKey(ByteReader in, ObjectCacheKey[] into) {
        int kindId = in.u8();
        if (kindId == 0) {
            return true;
        }
        ArtifactKind kind = ArtifactKind.fromId(kindId);
        if (kind == null) {
            return false;
        }
        into[0] = ObjectCacheKey.fromDigest(kind, in.bytes(ObjectCacheKey.LENGTH));
        return true;
    }

    private static void writeIdentity(ByteWriter out, FunctionIdentity identity) {
        byte[] hash = identity.bytecodeHash();
        out.string16(identity.module()).string16(identity.qualifiedName()).u8(hash.length).bytes(hash);
    }

    private static FunctionIdentity readIdentity(ByteReader in) {
        String module = in.string16();
        String name = in.string16();
        byte[] hash = in.bytes(in.u8());
        return new FunctionIdentity(module, name, hash);
    }
}
