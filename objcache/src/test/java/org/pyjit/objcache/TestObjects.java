package org.pyjit.objcache;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.function.Consumer;

/** Keys, objects and configurations shared by the tests. */
final class TestObjects {
    /** One shared place for the extracted JNI libraries, so tests do not copy 15 MB per cache. */
    static final Path NATIVE_DIR = Path.of("target", "test-native").toAbsolutePath();

    static final NativeObjectEnvironment NATIVE_ENV = new NativeObjectEnvironment(
            "20.1.7", "x86_64-unknown-linux-gnu", "znver3", "+avx2,+bmi2,+fma", 2, "pyjit-abi-1");

    private TestObjects() {}

    static CacheConfig config(Path dir, Consumer<String> warnings) {
        return CacheConfig.at(dir).withNativeLibraryDirectory(NATIVE_DIR).withWarnings(warnings);
    }

    static ObjectCacheKey nativeKey(String ir) {
        return ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, ir.getBytes(StandardCharsets.UTF_8), NATIVE_ENV);
    }

    /** Deterministic bytes of a given length derived from a seed: any process can recompute them. */
    static byte[] objectBytes(String seed, int length) {
        byte[] out = new byte[length];
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] block = sha.digest(seed.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < length; i += block.length) {
                System.arraycopy(block, 0, out, i, Math.min(block.length, length - i));
                block = sha.digest(block);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    static ObjectMetadata metadata(String label) {
        return new ObjectMetadata(label, 1234, List.of("pyjit_fn_" + label), List.of("pyjit_rt_add", "pyjit_rt_box"));
    }
}
