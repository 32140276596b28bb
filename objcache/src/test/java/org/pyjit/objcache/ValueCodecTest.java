package org.pyjit.objcache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueCodecTest {
    private static final ObjectCacheKey KEY = TestObjects.nativeKey("define i64 @f() { ret i64 1 }");

    /** The reason the format promises for damage at {@code offset} (see ValueCodec's layout). */
    static MissReason expectedReason(int offset) {
        if (offset < 6) {
            return MissReason.FORMAT;             // magic, format version
        }
        if (offset >= ValueCodec.KEY_OFFSET && offset < ValueCodec.KEY_OFFSET + 32) {
            return MissReason.KEY_MISMATCH;       // key echo
        }
        return MissReason.CORRUPT;                // checksummed header, lengths, zstd frame
    }

    @Test
    void roundTripKeepsObjectAndMetadata() {
        byte[] object = TestObjects.objectBytes("obj", 3000);
        ObjectMetadata metadata = TestObjects.metadata("m.f(int, float)");
        byte[] value = ValueCodec.encode(KEY, object, metadata, 1_700_000_000_000L);
        Decoded.Valid valid = assertInstanceOf(Decoded.Valid.class, ValueCodec.decode(value, KEY.digest()));
        assertArrayEquals(object, valid.object());
        assertEquals(metadata, valid.header().metadata());
        assertEquals(ArtifactKind.NATIVE_OBJECT, valid.header().kind());
        assertEquals(1_700_000_000_000L, valid.header().createdMillis());
        assertEquals(TestObjects.NATIVE_ENV.fields(), valid.header().environment());
        assertEquals(3000, valid.header().uncompressedLength());
        assertArrayEquals(KEY.inputDigestView(), valid.header().inputDigest());
    }

    @Test
    void emptyObjectRoundTrips() {
        byte[] value = ValueCodec.encode(KEY, new byte[0], ObjectMetadata.of("", 0), 1);
        Decoded.Valid valid = assertInstanceOf(Decoded.Valid.class, ValueCodec.decode(value, KEY.digest()));
        assertEquals(0, valid.object().length);
    }

    @Test
    void everyDamagedByteIsAMissWithItsReason() {
        byte[] value = ValueCodec.encode(KEY, TestObjects.objectBytes("obj", 200), TestObjects.metadata("m.f"), 42);
        for (int flip : new int[] {0x01, 0x80, 0xFF}) {
            for (int i = 0; i < value.length; i++) {
                byte[] damaged = value.clone();
                damaged[i] ^= (byte) flip;
                Decoded decoded = ValueCodec.decode(damaged, KEY.digest());
                Decoded.Invalid invalid = assertInstanceOf(Decoded.Invalid.class, decoded, "byte " + i + " ^ " + flip);
                assertEquals(expectedReason(i), invalid.reason(), "byte " + i + " ^ " + flip + ": " + invalid.detail());
            }
        }
    }

    @Test
    void everyTruncationAndAnExtensionAreMisses() {
        byte[] value = ValueCodec.encode(KEY, TestObjects.objectBytes("obj", 100), TestObjects.metadata("m.f"), 42);
        for (int length = 0; length < value.length; length++) {
            Decoded decoded = ValueCodec.decode(Arrays.copyOf(value, length), KEY.digest());
            Decoded.Invalid invalid = assertInstanceOf(Decoded.Invalid.class, decoded, "length " + length);
            assertEquals(length < 6 ? MissReason.FORMAT : MissReason.CORRUPT, invalid.reason(), "length " + length);
        }
        Decoded extended = ValueCodec.decode(Arrays.copyOf(value, value.length + 1), KEY.digest());
        assertEquals(MissReason.CORRUPT, assertInstanceOf(Decoded.Invalid.class, extended).reason());
    }

    @Test
    void aValueUnderAnotherKeyIsAKeyMismatch() {
        byte[] value = ValueCodec.encode(KEY, new byte[] {1, 2, 3}, ObjectMetadata.of("x", 0), 1);
        ObjectCacheKey other = TestObjects.nativeKey("other");
        Decoded.Invalid invalid = assertInstanceOf(Decoded.Invalid.class, ValueCodec.decode(value, other.digest()));
        assertEquals(MissReason.KEY_MISMATCH, invalid.reason());
    }

    @Test
    void aNewerFormatVersionIsAFormatMiss() {
        byte[] value = ValueCodec.encode(KEY, new byte[] {1, 2, 3}, ObjectMetadata.of("x", 0), 1);
        value[5] = 2;
        Decoded.Invalid invalid = assertInstanceOf(Decoded.Invalid.class, ValueCodec.decode(value, KEY.digest()));
        assertEquals(MissReason.FORMAT, invalid.reason());
        assertEquals(true, invalid.detail().contains("version 2"));
    }

    @Test
    void headerDecodingSkipsTheObjectButChecksTheHeader() {
        byte[] value = ValueCodec.encode(KEY, TestObjects.objectBytes("obj", 500), TestObjects.metadata("m.g"), 7);
        Decoded.Valid valid = assertInstanceOf(Decoded.Valid.class, ValueCodec.decodeHeader(value, KEY.digest()));
        assertNull(valid.object());
        assertEquals("m.g", valid.header().label());
        value[20 + ValueCodec.KEY_OFFSET + 32 + 32] ^= 1; // inside the checksummed header
        assertInstanceOf(Decoded.Invalid.class, ValueCodec.decodeHeader(value, KEY.digest()));
    }

    @Test
    void profilesRoundTripAndRejectDamage() {
        FunctionIdentity id = new FunctionIdentity("json.decoder", "JSONDecoder.decode", new byte[] {1, 2, 3});
        FunctionProfile profile = new FunctionProfile(id, List.of(
                new ProfiledSignature(List.of("int", "float"), 10, KEY),
                new ProfiledSignature(List.of("str"), 3, null)));
        byte[] key = ProfileCodec.identityKey(id);
        byte[] value = ProfileCodec.encode(profile);
        assertEquals(profile, ProfileCodec.decode(value, key));
        for (int i = 0; i < value.length; i++) {
            byte[] damaged = value.clone();
            damaged[i] ^= 0x10;
            assertNull(ProfileCodec.decode(damaged, key), "byte " + i);
        }
        assertNull(ProfileCodec.decode(value, ProfileCodec.identityKey(new FunctionIdentity("m", "f", new byte[0]))));
    }

    @Test
    void inputKeysRoundTripBesideTheirCompiledKeys() {
        FunctionIdentity id = new FunctionIdentity("m", "f", new byte[] {4});
        ObjectCacheKey input = TestObjects.nativeKey("plan of f(int)");
        FunctionProfile profile = new FunctionProfile(id, List.of(
                new ProfiledSignature(List.of("INT"), 2, KEY, input),
                new ProfiledSignature(List.of("FLOAT"), 1, KEY)));
        FunctionProfile back = ProfileCodec.decode(ProfileCodec.encode(profile), ProfileCodec.identityKey(id));
        assertEquals(profile, back);
        assertEquals(input, back.signatures().get(0).inputKey());
        assertNull(back.signatures().get(1).inputKey());
    }

    @Test
    void aVersionOneProfileStillDecodesWithoutInputKeys() {
        FunctionIdentity id = new FunctionIdentity("m", "f", new byte[] {4, 5});
        ByteWriter out = new ByteWriter(64);
        out.bytes(new byte[] {'P', 'J', 'P', 'F'}).u16(1);
        out.string16("m").string16("f").u8(2).bytes(new byte[] {4, 5});
        out.u16(1).u16(1).string16("INT").i64(6).u8(KEY.kind().id()).bytes(KEY.digest());
        out.i32(ValueCodec.crc32c(out.buffer(), 0, out.size()));
        FunctionProfile decoded = ProfileCodec.decode(out.toByteArray(), ProfileCodec.identityKey(id));
        assertEquals(new FunctionProfile(id, List.of(new ProfiledSignature(List.of("INT"), 6, KEY, null))), decoded);
    }
}
