package org.pyjit.objcache;

import com.github.luben.zstd.util.Native;
import com.github.luben.zstd.util.ZstdVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * The copy is named after the jar entry's CRC and size, written under a temporary name and renamed
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
     * {@code null} if the resource cannot be identified (its version is then unknowable).
     */
    private static Path extractOnce(String resource, String prefix, String fileName, Path directory) throws IOException {
        URL url = NativeLibraries.class.getClassLoader().getResource(resource);
        if (url == null) {
            return null;
        }
        URLConnection connection = url.openConnection();
        connection.setUseCaches(true);
        long size;
        long crc;
        if (connection instanceof JarURLConnection jar) {
            JarEntry entry = jar.getJarEntry();
            size = entry.getSize();
            crc = entry.getCrc();
        } else {
            return null; // an exploded class path: no cheap version stamp, use the library's loader
        }
        if (size <= 0 || crc < 0) {
            return null;
        }
        Path versionDir = directory.resolve(prefix + "-" + Long.toHexString(crc) + "-" + size);
        Path target = versionDir.resolve(fileName);
        if (Files.isRegularFile(target) && Files.size(target) == size) {
            return target;
        }
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
            if (check.getValue() != crc || Files.size(temporary) != size) {
                throw new IOException("extracted " + resource + " does not match its jar entry");
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }
}
