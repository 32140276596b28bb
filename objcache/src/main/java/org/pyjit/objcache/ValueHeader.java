package org.pyjit.objcache;

import java.util.List;

/**
 * The parsed header of a stored value (see {@link ValueCodec} for the layout).
 *
 * @param kind               the artifact kind
 * @param key                the key echoed
 * @param inputDigest        the digest of kind and input alone (zeros if the key had none)
 * @param uncompressedLength length of the object
 * @param compressedLength   length of the zstd frame that follows the header
 * @param objectChecksum     CRC32C of the uncompressed object
 * @param compileTimeMicros  compile time the storing process reported
 * @param createdMillis      when the value was written
 * @param lastUsedMillis     last use known when the value was written (live value: the usage column)
 * @param label              human-readable label
 * @param environment        the environment fields the key was computed with
 * @param definedSymbols     symbols the object defines
 * @param neededSymbols      symbols the object needs
 * @param headerLength       bytes before the compressed object
 */
record ValueHeader(
        ArtifactKind kind,
        byte[] key,
        byte[] inputDigest,
        int uncompressedLength,
        int compressedLength,
        int objectChecksum,
        long compileTimeMicros,
        long createdMillis,
        long lastUsedMillis,
        String label,
        List<EnvironmentField> environment,
        List<String> definedSymbols,
        List<String> neededSymbols,
        int headerLength) {

    ObjectMetadata metadata() {
        return new ObjectMetadata(label, compileTimeMicros, definedSymbols, neededSymbols);
    }
}
