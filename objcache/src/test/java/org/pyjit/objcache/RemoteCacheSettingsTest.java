package org.pyjit.objcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemoteCacheSettingsTest {
    @Test
    void offByDefault() {
        CacheConfig config = CacheConfig.fromEnvironment(Map.of(), "/home/u");
        assertFalse(config.remote().enabled());
        assertEquals(Duration.ofMillis(50), config.remote().timeout());
        assertEquals(8L << 20, config.remote().maxValueBytes());
        assertEquals(Duration.ZERO, config.remote().ttl());
    }

    @Test
    void readsTheEnvironment() {
        List<String> warnings = new ArrayList<>();
        RemoteCacheSettings s = RemoteCacheSettings.fromEnvironment(Map.of(
                "PYJIT_REMOTE_CACHE", "redis://cache:6379/1",
                "PYJIT_REMOTE_CACHE_KEY_FILE", "/etc/pyjit/key",
                "PYJIT_REMOTE_CACHE_PASSWORD_FILE", "/etc/pyjit/password",
                "PYJIT_REMOTE_CACHE_TIMEOUT", "20ms",
                "PYJIT_REMOTE_CACHE_CONNECT_TIMEOUT", "1s",
                "PYJIT_REMOTE_CACHE_MAX_VALUE", "1M",
                "PYJIT_REMOTE_CACHE_TTL", "7d"), warnings::add);
        assertTrue(s.enabled());
        assertEquals("redis://cache:6379/1", s.url());
        assertEquals(Path.of("/etc/pyjit/key"), s.keyFile());
        assertEquals(Path.of("/etc/pyjit/password"), s.passwordFile());
        assertEquals(Duration.ofMillis(20), s.timeout());
        assertEquals(Duration.ofSeconds(1), s.connectTimeout());
        assertEquals(1L << 20, s.maxValueBytes());
        assertEquals(Duration.ofDays(7), s.ttl());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aMalformedValueWarnsAndKeepsTheDefault() {
        List<String> warnings = new ArrayList<>();
        RemoteCacheSettings s = RemoteCacheSettings.fromEnvironment(Map.of(
                "PYJIT_REMOTE_CACHE_TIMEOUT", "soon", "PYJIT_REMOTE_CACHE_MAX_VALUE", "big"), warnings::add);
        assertEquals(RemoteCacheSettings.DEFAULT_TIMEOUT, s.timeout());
        assertEquals(RemoteCacheSettings.DEFAULT_MAX_VALUE_BYTES, s.maxValueBytes());
        assertEquals(2, warnings.size(), warnings.toString());
    }

    @Test
    void parsesDurations() {
        assertEquals(Duration.ofMillis(50), RemoteCacheSettings.parseDuration("50"));
        assertEquals(Duration.ofMillis(1500), RemoteCacheSettings.parseDuration("1.5s"));
        assertEquals(Duration.ofMinutes(10), RemoteCacheSettings.parseDuration("10m"));
        assertEquals(Duration.ofHours(2), RemoteCacheSettings.parseDuration("2h"));
        assertNull(RemoteCacheSettings.parseDuration("-1s"));
        assertNull(RemoteCacheSettings.parseDuration("1 fortnight"));
    }
}
