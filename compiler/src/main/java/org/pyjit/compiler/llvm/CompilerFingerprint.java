package org.pyjit.compiler.llvm;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Identifies the native compiler's own code: checksums of every class file of this package and of
 * the opcode table (from a jar: the CRC-32s its central directory records; from a class directory:
 * CRC-32 and CRC-32C of the bytes) and their total length. A cache key made from a {@link PlannedUnit#fingerprint() plan} rather than from
 * IR includes it, so any rebuilt compiler (a changed lowering that nobody remembered to mark by
 * bumping {@link NativeAbi#ABI_ID}) looks up other keys and never relinks code an older one made.
 */
public final class CompilerFingerprint {
    private CompilerFingerprint() {}

    private static final String PACKAGE_DIR = "org/pyjit/compiler/llvm/";
    private static final String OPCODE_CLASS = "org/pyjit/compiler/bytecode/Opcode.class";

    /** Computed on first use (the first native unit a run looks up by its plan). */
    private static final class Holder {
        static final String VALUE = compute();
    }

    /** The system property that replaces the fingerprint (tests; forcing plan keys to miss). */
    public static final String OVERRIDE_PROPERTY = "pyjit.native.compiler-id";

    /**
     * The fingerprint, e.g. {@code jar-1a2b3c4d-31-123456}; {@code unknown-N} (unique to this run) when
     * the classes cannot be read; the value of {@link #OVERRIDE_PROPERTY} when set.
     */
    public static String value() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        return override == null || override.isBlank() ? Holder.VALUE : "id-" + override;
    }

    private static String compute() {
        try {
            Path location = Path.of(CompilerFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(location) ? ofDirectory(location) : ofJar(location);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown-" + System.nanoTime(); // never equal to another run's: plan keys then always miss
        }
    }

    /**
     * From a jar's central directory alone: each class file's name, size and the CRC-32 the jar
     * already records for it, so no class file is read (this runs while the JVM still interprets).
     */
    private static String ofJar(Path jarPath) throws IOException {
        java.util.TreeMap<String, JarEntry> classes = new java.util.TreeMap<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String n = e.getName();
                boolean inPackage = n.startsWith(PACKAGE_DIR) && n.endsWith(".class") && n.indexOf('/', PACKAGE_DIR.length()) < 0;
                if (inPackage || n.equals(OPCODE_CLASS)) classes.put(n, e);
            }
        }
        if (classes.size() < 2 || !classes.containsKey(OPCODE_CLASS)) throw new IOException("compiler classes not found in " + jarPath);
        CRC32C crc = new CRC32C();
        long length = 0;
        for (JarEntry e : classes.values()) {
            if (e.getCrc() < 0 || e.getSize() < 0) throw new IOException("no checksum for " + e.getName());
            crc.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            crc.update(java.nio.ByteBuffer.allocate(16).putLong(e.getCrc()).putLong(e.getSize()).array());
            length += e.getSize();
        }
        return "jar-" + Long.toHexString(crc.getValue()) + "-" + classes.size() + "-" + length;
    }

    /** From a class directory (tests, IDE runs): every class file's bytes. */
    private static String ofDirectory(Path root) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve(PACKAGE_DIR))) {
            files.map(p -> PACKAGE_DIR + p.getFileName()).filter(n -> n.endsWith(".class")).forEach(names::add);
        }
        Collections.sort(names);
        names.add(OPCODE_CLASS);
        CRC32 crc = new CRC32();
        CRC32C crcc = new CRC32C();
        long length = 0;
        for (String name : names) {
            byte[] b = Files.readAllBytes(root.resolve(name));
            byte[] n = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            crc.update(n);
            crcc.update(n);
            crc.update(b);
            crcc.update(b);
            length += b.length;
        }
        return "dir-" + Long.toHexString(crc.getValue()) + "-" + Long.toHexString(crcc.getValue()) + "-" + length;
    }
}
