package org.pyjit.objcache;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the profile store knows about one function: its hot type signatures, most observed first.
 * A later run reads it to enter native code at the first call; an AOT step reads all of them to
 * precompile.
 *
 * @param identity   the function
 * @param signatures its hot signatures, at most {@link #MAX_SIGNATURES}
 */
public record FunctionProfile(FunctionIdentity identity, List<ProfiledSignature> signatures) {
    /** Signatures kept per function; the least observed are dropped beyond it. */
    public static final int MAX_SIGNATURES = 16;

    /** Copies the list, sorts it by observations (descending) and keeps the most observed. */
    public FunctionProfile {
        Objects.requireNonNull(identity, "identity");
        List<ProfiledSignature> sorted = new ArrayList<>(signatures);
        sorted.sort(Comparator.comparingLong(ProfiledSignature::observations).reversed());
        signatures = List.copyOf(sorted.subList(0, Math.min(sorted.size(), MAX_SIGNATURES)));
    }

    /**
     * This profile with {@code update} folded in: observations of equal signatures add up, a
     * compiled key in the update replaces the old one.
     */
    public FunctionProfile mergedWith(FunctionProfile update) {
        if (!identity.equals(update.identity)) {
            throw new IllegalArgumentException("cannot merge profiles of " + identity + " and " + update.identity);
        }
        Map<List<String>, ProfiledSignature> byTypes = new LinkedHashMap<>();
        for (ProfiledSignature signature : signatures) {
            byTypes.put(signature.argumentTypes(), signature);
        }
        for (ProfiledSignature signature : update.signatures) {
            byTypes.merge(signature.argumentTypes(), signature, ProfiledSignature::mergedWith);
        }
        return new FunctionProfile(identity, new ArrayList<>(byTypes.values()));
    }
}
