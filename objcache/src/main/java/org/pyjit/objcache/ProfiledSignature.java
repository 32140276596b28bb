package org.pyjit.objcache;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One hot type signature of a function: the argument types seen (as names the caller chooses,
 * e.g. {@code int}, {@code float}), how often, and the key of the native object it compiled to.
 *
 * @param argumentTypes the argument types, in parameter order
 * @param observations  how many calls saw exactly these types
 * @param compiledKey   the key the specialised code is stored under, or {@code null} if none yet
 */
public record ProfiledSignature(List<String> argumentTypes, long observations, ObjectCacheKey compiledKey) {

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

    /** This signature with {@code other}'s observations added and its key, if it has one. */
    ProfiledSignature mergedWith(ProfiledSignature other) {
        return new ProfiledSignature(argumentTypes, saturatingAdd(observations, other.observations),
                Objects.requireNonNullElse(other.compiledKey, compiledKey));
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
