package org.pyjit.objcache;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where the cache lives and how it behaves. {@link #defaults()} reads the environment:
 * <ul>
 *   <li>directory: {@code $PYJIT_CACHE_DIR}, else {@code $XDG_CACHE_HOME/pyjit}, else
 *       {@code ~/.cache/pyjit}; created with mode 0700</li>
 *   <li>size limit: {@code $PYJIT_CACHE_MAX_SIZE} (bytes, or with a suffix K, M, G), else 1 GiB</li>
 * </ul>
 *
 * @param directory              the cache directory
 * @param maxBytes               the size limit of stored values; least-recently-used entries are
 *                               evicted down to 80 % of it when it is exceeded
 * @param nativeLibraryDirectory where the JNI libraries of RocksDB and zstd are extracted once and
 *                               loaded from on later starts
 * @param primaryWait            how long {@link ObjectCache#open} may retry to become the primary
 *                               before it settles for a secondary; zero for programs, a second or
 *                               so for maintenance commands
 * @param warnings               receives the cache's warnings (at most one per cache instance);
 *                               by default stderr, at most once per process
 * @param remote                 the shared remote tier on Redis ({@link RemoteCacheSettings#OFF} by default
 *                               unless {@code $PYJIT_REMOTE_CACHE} is set)
 */
public record CacheConfig(Path directory, long maxBytes, Path nativeLibraryDirectory, Duration primaryWait,
                          Consumer<String> warnings, RemoteCacheSettings remote) {

    /** The default size limit, 1 GiB. */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;

    /** Rejects nulls and a non-positive limit. */
    public CacheConfig {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(nativeLibraryDirectory, "nativeLibraryDirectory");
        Objects.requireNonNull(primaryWait, "primaryWait");
        Objects.requireNonNull(warnings, "warnings");
        Objects.requireNonNull(remote, "remote");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive: " + maxBytes);
        }
    }

    /** The configuration the process environment asks for. */
    public static CacheConfig defaults() {
        return fromEnvironment(System.getenv(), System.getProperty("user.home", "."));
    }

    /** The configuration {@code env} asks for; {@code home} is the user's home directory. */
    public static CacheConfig fromEnvironment(Map<String, String> env, String home) {
        Path directory = defaultDirectory(env, home);
        long maxBytes = DEFAULT_MAX_BYTES;
        String size = env.get("PYJIT_CACHE_MAX_SIZE");
        if (size != null && !size.isBlank()) {
            long parsed = parseSize(size);
            if (parsed > 0) {
                maxBytes = parsed;
            } else {
                StderrWarnings.INSTANCE.accept("PYJIT_CACHE_MAX_SIZE='" + size
                        + "' is not a size such as 512M or 2G; using 1G");
            }
        }
        return at(directory).withMaxBytes(maxBytes)
                .withRemote(RemoteCacheSettings.fromEnvironment(env, StderrWarnings.REMOTE));
    }

    /** A configuration with the cache in {@code directory} and everything else at its default. */
    public static CacheConfig at(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        return new CacheConfig(absolute, DEFAULT_MAX_BYTES, absolute.resolve("native"), Duration.ZERO,
                StderrWarnings.INSTANCE, RemoteCacheSettings.OFF);
    }

    /** The directory {@code env} selects (see the class comment). */
    public static Path defaultDirectory(Map<String, String> env, String home) {
        String explicit = env.get("PYJIT_CACHE_DIR");
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String xdg = env.get("XDG_CACHE_HOME");
        // The XDG spec says relative values are invalid and must be ignored.
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "pyjit").normalize();
        }
        return Path.of(home, ".cache", "pyjit").toAbsolutePath().normalize();
    }

    /**
     * Parses {@code 1073741824}, {@code 512K}, {@code 64M}, {@code 1G} or {@code 1.5G} (binary
     * units, case-insensitive, an optional trailing {@code B} or {@code iB}).
     *
     * @return the size in bytes, or -1 if the text is not a positive size
     */
    public static long parseSize(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (s.endsWith("IB")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("B")) {
            s = s.substring(0, s.length() - 1);
        }
        long unit = 1;
        if (!s.isEmpty()) {
            switch (s.charAt(s.length() - 1)) {
                case 'K' -> unit = 1L << 10;
                case 'M' -> unit = 1L << 20;
                case 'G' -> unit = 1L << 30;
                case 'T' -> unit = 1L << 40;
                default -> { }
            }
            if (unit != 1) {
                s = s.substring(0, s.length() - 1);
            }
        }
        s = s.trim();
        if (!s.matches("[0-9]+(\\.[0-9]+)?")) {
            return -1;
        }
        double bytes = Double.parseDouble(s) * unit;
        return bytes >= 1 && bytes < Long.MAX_VALUE ? (long) bytes : -1;
    }

    /** This configuration with another directory (the native library directory follows it). */
    public CacheConfig withDirectory(Path newDirectory) {
        Path absolute = newDirectory.toAbsolutePath().normalize();
        boolean nativeFollowed = nativeLibraryDirectory.equals(directory.resolve("native"));
        return new CacheConfig(absolute, maxBytes,
                nativeFollowed ? absolute.resolve("native") : nativeLibraryDirectory, primaryWait, warnings, remote);
    }

    /** This configuration with another size limit. */
    public CacheConfig withMaxBytes(long newMaxBytes) {
        return new CacheConfig(directory, newMaxBytes, nativeLibraryDirectory, primaryWait, warnings, remote);
    }

    /** This configuration with the JNI libraries extracted to {@code newDirectory}. */
    public CacheConfig withNativeLibraryDirectory(Path newDirectory) {
        return new CacheConfig(directory, maxBytes, newDirectory.toAbsolutePath().normalize(), primaryWait, warnings, remote);
    }

    /** This configuration retrying for up to {@code wait} to become the primary. */
    public CacheConfig withPrimaryWait(Duration wait) {
        return new CacheConfig(directory, maxBytes, nativeLibraryDirectory, wait, warnings, remote);
    }

    /** This configuration sending warnings to {@code sink} instead of stderr. */
    public CacheConfig withWarnings(Consumer<String> sink) {
        return new CacheConfig(directory, maxBytes, nativeLibraryDirectory, primaryWait, sink, remote);
    }

    /** This configuration with the remote tier {@code settings} describe. */
    public CacheConfig withRemote(RemoteCacheSettings settings) {
        return new CacheConfig(directory, maxBytes, nativeLibraryDirectory, primaryWait, warnings, settings);
    }
}
