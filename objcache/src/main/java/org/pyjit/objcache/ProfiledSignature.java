package org.pyjit.objcache;

import java.util.List;
import java.util.Optional;

/**
 * One hot type signature of a function: the argument types seen (as names the caller chooses,
 * e.g. {@code int}, {@code float}), how often, the key of the native object it compiled to, and the
 * key of what the compiler was given (its plan) when it did, so a later run with the same plan
 * finds the object without producing the compiler's intermediate form (the IR) again.
 *
 * @param argumentTypes the argument types, in parameter order
 * @param observations  how many calls saw exactly these types
 * @param compiledKey   the key the specialised code is stored under, or {@code null} if none yet
 * @param inputKey      the caller's key of the compiler input that produced {@code compiledKey}, or {@code null}
 */
public record ProfiledSignature(List<String> argumentTypes, long observations, ObjectCacheKey compiledKey, ObjectCacheKey inputKey) {

    /** A signature without an input key. */
    public ProfiledSignature(List<String> argumentTypes, long observations, ObjectCacheKey compiledKey) {
        this(argumentTypes, observations, compiledKey, null);
    }

    /** Copies the list; rejects a negative count. */
    public ProfiledSignature {
        argumentTypes = List.copyOf(argumentTypes);
        if (observations < 0) {
            throw new IllegalArgumentException("observations cannot be negative: " + observations);
        }
    }

    /** The compiled key, if the signature has been compiled. */
    public Optional<ObjectCacheKey> compiled() {
        return Optional.ofNullable(compiledKey);
    }

    /** The input key, if one was recorded with the compiled key. */
    public Optional<ObjectCacheKey> input() {
        return Optional.ofNullable(inputKey);
    }

    /**
     * This signature with {@code other}'s observations added and its keys, if it has a compiled key
     * (the two keys are replaced together: an input key belongs to the compiled key it was recorded with).
     */
    ProfiledSignature mergedWith(ProfiledSignature other) {
        long sum = saturatingAdd(observations, other.observations);
        if (other.compiledKey != null) return new ProfiledSignature(argumentTypes, sum, other.compiledKey, other.inputKey);
        return new ProfiledSignature(argumentTypes, sum, compiledKey, inputKey);
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
