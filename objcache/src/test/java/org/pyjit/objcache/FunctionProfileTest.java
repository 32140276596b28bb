package org.pyjit.objcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionProfileTest {
    private static final FunctionIdentity ID = new FunctionIdentity("m", "f", new byte[] {9});

    @Test
    void mergingAddsObservationsAndTakesTheNewKey() {
        ObjectCacheKey key = TestObjects.nativeKey("f(int)");
        FunctionProfile old = new FunctionProfile(ID, List.of(
                new ProfiledSignature(List.of("int"), 5, null),
                new ProfiledSignature(List.of("float"), 7, null)));
        FunctionProfile update = new FunctionProfile(ID, List.of(new ProfiledSignature(List.of("int"), 4, key)));
        FunctionProfile merged = old.mergedWith(update);
        assertEquals(List.of(new ProfiledSignature(List.of("int"), 9, key), new ProfiledSignature(List.of("float"), 7, null)),
                merged.signatures());
        // a later update without a key keeps the key
        FunctionProfile again = merged.mergedWith(new FunctionProfile(ID, List.of(new ProfiledSignature(List.of("int"), 1, null))));
        assertEquals(key, again.signatures().get(0).compiledKey());
    }

    @Test
    void onlyTheMostObservedSignaturesAreKept() {
        List<ProfiledSignature> many = new ArrayList<>();
        for (int i = 0; i < FunctionProfile.MAX_SIGNATURES + 5; i++) {
            many.add(new ProfiledSignature(List.of("t" + i), i, null));
        }
        FunctionProfile profile = new FunctionProfile(ID, many);
        assertEquals(FunctionProfile.MAX_SIGNATURES, profile.signatures().size());
        assertEquals(FunctionProfile.MAX_SIGNATURES + 4, profile.signatures().get(0).observations());
    }

    @Test
    void profilesOfDifferentFunctionsDoNotMerge() {
        FunctionProfile a = new FunctionProfile(ID, List.of());
        FunctionProfile b = new FunctionProfile(new FunctionIdentity("m", "f", new byte[] {8}), List.of());
        assertThrows(IllegalArgumentException.class, () -> a.mergedWith(b));
    }

    @Test
    void anInputKeyIsReplacedOnlyWithItsCompiledKey() {
        ObjectCacheKey object = TestObjects.nativeKey("f(int) ir");
        ObjectCacheKey input = TestObjects.nativeKey("f(int) plan");
        FunctionProfile recorded = new FunctionProfile(ID, List.of(new ProfiledSignature(List.of("int"), 1, object, input)));
        // an observation without a compiled key keeps both keys
        FunctionProfile observed = recorded.mergedWith(new FunctionProfile(ID, List.of(new ProfiledSignature(List.of("int"), 1, null))));
        assertEquals(new ProfiledSignature(List.of("int"), 2, object, input), observed.signatures().get(0));
        // a compile recorded without an input key drops the old input key, which belonged to the old object
        ObjectCacheKey other = TestObjects.nativeKey("f(int) other ir");
        FunctionProfile recompiled = observed.mergedWith(new FunctionProfile(ID, List.of(new ProfiledSignature(List.of("int"), 1, other))));
        assertEquals(new ProfiledSignature(List.of("int"), 3, other, null), recompiled.signatures().get(0));
    }
}
