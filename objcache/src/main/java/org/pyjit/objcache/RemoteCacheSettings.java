package org.pyjit.objcache;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The shared remote tier on Redis, off unless a URL is given. Read from the environment by
 * {@link #fromEnvironment}:
 * <ul>
 *   <li>{@code PYJIT_REMOTE_CACHE=redis://[user:password@]host[:port][/db]} (or {@code rediss://} for TLS)</li>
 *   <li>{@code PYJIT_REMOTE_CACHE_KEY_FILE}: the HMAC secret (required; readable by its owner only)</li>
 *   <li>{@code PYJIT_REMOTE_CACHE_PASSWORD_FILE}: the Redis password, if not in the URL (owner only)</li>
 *   <li>{@code PYJIT_REMOTE_CACHE_TIMEOUT}: per call, e.g. {@code 50ms} (default) or {@code 0.2s}</li>
 *   <li>{@code PYJIT_REMOTE_CACHE_CONNECT_TIMEOUT}: TCP connect and TLS handshake (default 500ms)</li>
 *   <li>{@code PYJIT_REMOTE_CACHE_MAX_VALUE}: larger entries are neither stored nor read (default 8M)</li>
 *   <li>{@code PYJIT_REMOTE_CACHE_TTL}: expiry of stored entries, e.g. {@code 7d} (default none)</li>
 * </ul>
 * This class holds settings only; the Redis client is loaded by {@link ObjectCache#open} when a URL is set.
 *
 * @param url             the Redis URL, empty when the remote tier is off
 * @param keyFile         the HMAC key file, or {@code null}
 * @param passwordFile    the password file, or {@code null}
 * @param timeout         the time budget of one remote call
 * @param connectTimeout  the time budget of opening a connection (TCP connect, TLS handshake)
 * @param maxValueBytes   the largest entry stored or read
 * @param ttl             the expiry set on stored entries, zero for none
 * @param failuresToOpen  consecutive failures after which the circuit breaker turns the tier off for the run
 */
public record RemoteCacheSettings(String url, Path keyFile, Path passwordFile, Duration timeout, Duration connectTimeout,
                                  long maxValueBytes, Duration ttl, int failuresToOpen) {

    /** The default per-call timeout, 50 ms. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(50);
    /** The default connect timeout, 500 ms. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofMillis(500);
    /** The default value size limit, 8 MiB. */
    public static final long DEFAULT_MAX_VALUE_BYTES = 8L << 20;
    /** The default number of consecutive failures that open the circuit breaker. */
    public static final int DEFAULT_FAILURES_TO_OPEN = 3;
    /** The remote tier turned off. */
    public static final RemoteCacheSettings OFF = new RemoteCacheSettings("", null, null, DEFAULT_TIMEOUT,
            DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_VALUE_BYTES, Duration.ZERO, DEFAULT_FAILURES_TO_OPEN);

    /** Rejects nulls (but for the files) and non-positive limits. */
    public RemoteCacheSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(ttl, "ttl");
        if (timeout.isNegative() || timeout.isZero() || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("remote cache timeouts must be positive");
        }
        if (maxValueBytes <= 0 || failuresToOpen <= 0 || ttl.isNegative()) {
            throw new IllegalArgumentException("remote cache limits must be positive");
        }
    }

    /** Whether a URL turns the remote tier on. */
    public boolean enabled() {
        return !url.isBlank();
    }

    /**
     * The settings {@code env} asks for. A malformed duration or size is reported to {@code warnings}
     * and replaced by its default.
     */
    public static RemoteCacheSettings fromEnvironment(Map<String, String> env, java.util.function.Consumer<String> warnings) {
        RemoteCacheSettings s = OFF.withUrl(env.getOrDefault("PYJIT_REMOTE_CACHE", ""));
        String key = env.get("PYJIT_REMOTE_CACHE_KEY_FILE");
        if (key != null && !key.isBlank()) {
            s = s.withKeyFile(Path.of(key));
        }
        String password = env.get("PYJIT_REMOTE_CACHE_PASSWORD_FILE");
        if (password != null && !password.isBlank()) {
            s = new RemoteCacheSettings(s.url, s.keyFile, Path.of(password), s.timeout, s.connectTimeout,
                    s.maxValueBytes, s.ttl, s.failuresToOpen);
        }
        Duration timeout = durationOrDefault(env, "PYJIT_REMOTE_CACHE_TIMEOUT", DEFAULT_TIMEOUT, warnings);
        Duration connect = durationOrDefault(env, "PYJIT_REMOTE_CACHE_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT, warnings);
        Duration ttl = durationOrDefault(env, "PYJIT_REMOTE_CACHE_TTL", Duration.ZERO, warnings);
        long max = DEFAULT_MAX_VALUE_BYTES;
        String size = env.get("PYJIT_REMOTE_CACHE_MAX_VALUE");
        if (size != null && !size.isBlank()) {
            long parsed = CacheConfig.parseSize(size);
            if (parsed > 0) {
                max = parsed;
            } else {
                warnings.accept("PYJIT_REMOTE_CACHE_MAX_VALUE='" + size + "' is not a size such as 8M; using 8M");
            }
        }
        return new RemoteCacheSettings(s.url, s.keyFile, s.passwordFile, timeout, connect, max, ttl, s.failuresToOpen);
    }

    private static Duration durationOrDefault(Map<String, String> env, String name, Duration fallback,
                                              java.util.function.Consumer<String> warnings) {
        String text = env.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        Duration parsed = parseDuration(text);
        if (parsed == null || (parsed.isZero() && !fallback.isZero())) {
            warnings.accept(name + "='" + text + "' is not a duration such as 50ms, 2s or 7d; using the default");
            return fallback;
        }
        return parsed;
    }

    /**
     * Parses {@code 50} (milliseconds), {@code 50ms}, {@code 1.5s}, {@code 10m}, {@code 2h}, {@code 7d}.
     *
     * @return the duration, or {@code null} if the text is not one
     */
    public static Duration parseDuration(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m|h|d)?").matcher(s);
        if (!m.matches()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> value;
            case "s" -> value * 1e3;
            case "m" -> value * 60e3;
            case "h" -> value * 3600e3;
            default -> value * 86400e3;
        };
        return millis < 9e15 ? Duration.ofNanos((long) (millis * 1e6)) : null;
    }

    /** These settings with another URL (empty: off). */
    public RemoteCacheSettings withUrl(String newUrl) {
        return new RemoteCacheSettings(newUrl == null ? "" : newUrl.trim(), keyFile, passwordFile, timeout,
                connectTimeout, maxValueBytes, ttl, failuresToOpen);
    }

    /** These settings with another key file. */
    public RemoteCacheSettings withKeyFile(Path newKeyFile) {
        return new RemoteCacheSettings(url, newKeyFile, passwordFile, timeout, connectTimeout, maxValueBytes, ttl,
                failuresToOpen);
    }

    /** These settings with another per-call timeout. */
    public RemoteCacheSettings withTimeout(Duration newTimeout) {
        return new RemoteCacheSettings(url, keyFile, passwordFile, newTimeout, connectTimeout, maxValueBytes, ttl,
                failuresToOpen);
    }

    /** These settings with another value size limit. */
    public RemoteCacheSettings withMaxValueBytes(long newMax) {
        return new RemoteCacheSettings(url, keyFile, passwordFile, timeout, connectTimeout, newMax, ttl, failuresToOpen);
    }

    /** These settings with another expiry of stored entries (zero: none). */
    public RemoteCacheSettings withTtl(Duration newTtl) {
        return new RemoteCacheSettings(url, keyFile, passwordFile, timeout, connectTimeout, maxValueBytes, newTtl,
                failuresToOpen);
    }

    /** The URL with any password replaced by {@code ***}, for messages. */
    public String redactedUrl() {
        int start = url.indexOf("://");
        if (start < 0) {
            return url;
        }
        start += 3;
        int slash = url.indexOf('/', start);
        int at = url.lastIndexOf('@', slash < 0 ? url.length() : slash);
        if (at < start) {
            return url;
        }
        String userInfo = url.substring(start, at);
        int colon = userInfo.indexOf(':');
        String kept = colon < 0 ? "" : userInfo.substring(0, colon + 1);
        return url.substring(0, start) + kept + "***" + url.substring(at);
    }
}
