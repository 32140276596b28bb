package org.pyjit.objcache.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pyjit.objcache.RemoteCacheSettings;

class RedisAddressTest {
    @Test
    void parsesHostPortDatabaseAndCredentials() {
        assertEquals(new RedisAddress("cache.internal", 6379, 0, false, null, null), RedisAddress.parse("redis://cache.internal"));
        assertEquals(new RedisAddress("10.0.0.5", 6380, 2, false, null, null), RedisAddress.parse("redis://10.0.0.5:6380/2"));
        assertEquals(new RedisAddress("h", 6379, 0, true, "pyjit", "s3cr:t"), RedisAddress.parse("rediss://pyjit:s3cr%3At@h/0"));
        assertEquals(new RedisAddress("h", 1, 0, false, null, "pw"), RedisAddress.parse("redis://:pw@h:1"));
        assertEquals(new RedisAddress("::1", 7000, 3, false, null, null), RedisAddress.parse("redis://[::1]:7000/3"));
        assertEquals("rediss://h:6379/0", RedisAddress.parse("rediss://u:p@h").display());
    }

    @Test
    void refusesWhatIsNotARedisUrl() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RedisAddress.parse("http://h"))
                .getMessage().contains("redis://"));
        assertThrows(IllegalArgumentException.class, () -> RedisAddress.parse("redis:///0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RedisAddress.parse("redis://h/db"))
                .getMessage().contains("database number"));
    }

    @Test
    void aPasswordFileFillsInOnlyAMissingPassword() {
        assertEquals("file", RedisAddress.parse("redis://h").withPasswordIfAbsent("file").password());
        assertEquals("url", RedisAddress.parse("redis://:url@h").withPasswordIfAbsent("file").password());
    }

    @Test
    void messagesNeverShowThePassword() {
        assertEquals("redis://user:***@h:1/0", RemoteCacheSettings.OFF.withUrl("redis://user:pw@h:1/0").redactedUrl());
        assertEquals("redis://***@h", RemoteCacheSettings.OFF.withUrl("redis://pw@h").redactedUrl());
        assertEquals("redis://h:1/0", RemoteCacheSettings.OFF.withUrl("redis://h:1/0").redactedUrl());
    }
}
