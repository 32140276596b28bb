package org.pyjit.objcache;

import java.time.Instant;

/**
 * One entry as {@code pyjit cache list} shows it.
 *
 * @param keyHex            the key digest in hex
 * @param kind              the artifact kind, {@code null} if the header is unreadable
 * @param label             the label the storing process gave
 * @param storedBytes       bytes the stored value takes (header and compressed object)
 * @param objectBytes       bytes of the uncompressed object
 * @param hits              hits since it was stored
 * @param lastUsed          last store or hit
 * @param created           when it was stored
 * @param compileTimeMicros the compile time a hit saves
 * @param pending           true for an object still in the spool
 * @param problem           empty, or why the entry's header cannot be read
 */
public record CacheEntryInfo(String keyHex, ArtifactKind kind, String label, long storedBytes, long objectBytes,
                             long hits, Instant lastUsed, Instant created, long compileTimeMicros, boolean pending,
                             String problem) {}
