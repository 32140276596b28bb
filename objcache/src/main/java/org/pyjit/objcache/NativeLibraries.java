package org.pyjit.objcache;

import com.github.luben.zstd.util.Native;
import com.github.luben.zstd.util.ZstdVersion;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.rocksdb.RocksDB;
import org.rocksdb.util.Environment;

/**
 * Loads the JNI libraries of RocksDB and zstd-jni from copies extracted once into a versioned
 * directory. Both libraries' own loaders copy the library out of its jar into a fresh temporary
 * file in every JVM (RocksDB's is 15 MB: ~90 ms more per start than loading an existing copy).
 * The copy is written under a temporary name, checked against the jar entry's CRC and renamed
 * into place, so concurrent processes never load half a file. When anything here fails the
 * libraries' own loaders run instead.
 */
final class NativeLibraries {
    private static boolean loaded;

    private NativeLibraries() {}

    /** Loads both libraries once per JVM; {@code directory} holds the extracted copies. */
    static synchronized void load(Path directory) {
        if (loaded) {
            return;
        }
        loadRocksDb(directory);
        loadZstd(directory);
        loaded = true;
    }

    private static void loadRocksDb(Path directory) {
        presetMuslAnswer();
        try {
            // RocksDB.loadLibrary(paths) looks for this file name in each path.
            String loadName = Environment.getJniLibraryFileName("rocksdbjni");
            Path extracted = extractOnce(Environment.getJniLibraryFileName("rocksdb"), "rocksdbjni", loadName, directory);
            if (extracted != null) {
                RocksDB.loadLibrary(List.of(extracted.getParent().toString()));
                return;
            }
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            // fall back to RocksDB's own loader below
        }
        RocksDB.loadLibrary();
    }

    /**
     * RocksDB's {@code Environment} asks whether the C library is musl by running
     * {@code sh -c "ldd /usr/bin/env | grep -q musl"} once per JVM (~50 ms) unless the variable
     * {@code ROCKSDB_MUSL_LIBC} says it. The libraries this JVM has mapped answer the same
     * question for free; the answer is stored where RocksDB caches its own. If that field ever
     * changes, RocksDB simply asks {@code ldd} again.
     */
    private static void presetMuslAnswer() {
        if (System.getenv("ROCKSDB_MUSL_LIBC") != null) {
            return;
        }
        try {
            String maps = Files.readString(Path.of("/proc/self/maps"));
            boolean musl = maps.contains("ld-musl-") || maps.contains("libc.musl-");
            if (!musl && !maps.contains("libc.so.6")) {
                return; // neither recognised: let RocksDB decide
            }
            Field cached = Environment.class.getDeclaredField("MUSL_LIBC");
            cached.setAccessible(true);
            cached.set(null, Boolean.valueOf(musl));
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            // RocksDB runs its own check
        }
    }

    private static void loadZstd(Path directory) {
        if (Native.isLoaded()) {
            return;
        }
        try {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (os.startsWith("linux")) {
                String fileName = "libzstd-jni-" + ZstdVersion.VERSION + ".so";
                String resource = "linux/" + System.getProperty("os.arch") + "/" + fileName;
                Path extracted = extractOnce(resource, "zstd-jni", fileName, directory);
                if (extracted != null) {
                    System.load(extracted.toString());
                    Native.assumeLoaded();
                    return;
                }
            }
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            // fall back to zstd-jni's own loader below
        }
        Native.load();
    }

    /**
     * The path of an extracted copy of {@code resource}, extracting it first if needed, or
     * {@code null} if the resource is not in a jar (an exploded class path has no cheap stamp).
     * The copy's directory is named after the jar's path, size and modification time: a
     * {@code stat} on later starts instead of reopening the jar (13 ms for RocksDB's 70 MB jar).
     */
    private static Path extractOnce(String resource, String prefix, String fileName, Path directory) throws IOException {
        URL url = NativeLibraries.class.getClassLoader().getResource(resource);
        if (url == null || !"jar".equals(url.getProtocol())) {
            return null;
        }
        String spec = url.getPath();
        int separator = spec.indexOf("!/");
        if (separator < 0 || !spec.startsWith("file:")) {
            return null;
        }
        Path jar;
        try {
            jar = Path.of(new URI(spec.substring(0, separator)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
        BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
        CRC32 stamp = new CRC32();
        stamp.update((jar.toAbsolutePath() + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis()
                + "|" + resource).getBytes(StandardCharsets.UTF_8));
        Path versionDir = directory.resolve(prefix + "-" + Long.toHexString(stamp.getValue()));
        Path target = versionDir.resolve(fileName);
        if (Files.isRegularFile(target)) {
            return target; // only ever renamed into place complete and checked
        }
        JarEntry entry = ((JarURLConnection) url.openConnection()).getJarEntry();
        CacheLayout.createPrivateDirectories(versionDir);
        Path temporary = versionDir.resolve(".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            CRC32 check = new CRC32();
            try (InputStream in = url.openStream(); var out = Files.newOutputStream(temporary)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    check.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (check.getValue() != entry.getCrc() || Files.size(temporary) != entry.getSize()) {
                throw new IOException("extracted " + resource + " does not match its jar entry");
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }
}
