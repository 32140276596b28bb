package org.pyjit.runtime.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Keys of exec/eval strings' code: by mode, file name and text, never equal to a module's. */
class StringCodeCacheTest {
    @Test
    void keySeparatesModeTextAndFileAndModules() {
        var key = StringCodeCache.keyOf("1 + 2", "<string>", true);
        assertEquals(key, StringCodeCache.keyOf("1 + 2", "<string>", true));
        assertNotEquals(key, StringCodeCache.keyOf("1 + 2", "<string>", false));
        assertNotEquals(key, StringCodeCache.keyOf("1 + 3", "<string>", true));
        assertNotEquals(key, StringCodeCache.keyOf("1 + 2", "<other>", true));
        assertNotEquals(StringCodeCache.keyOf("x = 1\n", "<string>", false), ModuleCodeCache.keyOf("x = 1\n", "<string>"));
    }
}
