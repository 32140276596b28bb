package org.pyjit.objcache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The directory through which processes that are not the primary hand writes to the primary.
 * Every file is written under a temporary name and renamed into place, so a reader (or a process
 * killed mid-write) never leaves or sees half a file:
 * <pre>
 *   o-KEYHEX          a stored value (same format as in the database), readable by every process
 *   p-PID-N           a profile update
 *   s-PID-N           counter deltas and entry usage
 *   d-KEYHEX          a request to delete a damaged database entry
 *   .tmp-PID-N        a file being written
 * </pre>
 */
final class SpoolDirectory {
    /** What a spool file holds, from its name. */
    enum Kind { OBJECT, PROFILE, STATS, TOMBSTONE, TEMPORARY, UNKNOWN }

    /** A file found in the spool. */
    record Entry(Path path, Kind kind, String name) {
        /** The key digest an OBJECT or TOMBSTONE file is named after, or {@code null}. */
        byte[] digest() {
            if (kind != Kind.OBJECT && kind != Kind.TOMBSTONE) {
                return null;
            }
            byte[] digest = HexFormatting.parse(name.substring(2));
            return digest != null && digest.length == ObjectCacheKey.LENGTH ? digest : null;
        }

        /** The process id in a TEMPORARY, PROFILE or STATS name, or -1. */
        long writerPid() {
            String rest = switch (kind) {
                case TEMPORARY -> name.substring(5);
                case PROFILE, STATS -> name.substring(2);
                default -> "";
            };
            int dash = rest.indexOf('-');
            try {
                return dash > 0 ? Long.parseLong(rest.substring(0, dash)) : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() & 0xFFFFFFFFL);
    private static final long PID = ProcessHandle.current().pid();

    private final Path dir;

    SpoolDirectory(Path dir) {
        this.dir = dir;
    }

    Path path() {
        return dir;
    }

    void writeObject(byte[] digest, byte[] value) throws IOException {
        writeAtomically("o-" + HexFormatting.hex(digest), value);
    }

    /** The spooled value for {@code digest}, or {@code null} if there is none or it cannot be read. */
    byte[] readObject(byte[] digest) {
        Path path = dir.resolve("o-" + HexFormatting.hex(digest));
        if (!Files.exists(path)) {
            return null; // the common case on a miss; checked without the cost of an exception
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            return null;
        }
    }

    void deleteObject(byte[] digest) {
        deleteQuietly(dir.resolve("o-" + HexFormatting.hex(digest)));
    }

    void writeProfile(byte[] encodedProfile) throws IOException {
        writeAtomically("p-" + uniqueSuffix(), encodedProfile);
    }

    void writeStats(byte[] encodedDelta) throws IOException {
        writeAtomically("s-" + uniqueSuffix(), encodedDelta);
    }

    void writeTombstone(byte[] digest) throws IOException {
        writeAtomically("d-" + HexFormatting.hex(digest), new byte[0]);
    }

    /** Every file in the spool; an unreadable directory lists as empty. */
    List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path path : stream) {
                String name = path.getFileName().toString();
                out.add(new Entry(path, kindOf(name), name));
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }

    /** The directory's modification time in ms (changes whenever a file appears), or -1. */
    long lastModifiedMillis() {
        try {
            return Files.getLastModifiedTime(dir).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    static Kind kindOf(String name) {
        if (name.startsWith(".tmp-")) {
            return Kind.TEMPORARY;
        }
        if (name.length() < 3 || name.charAt(1) != '-') {
            return Kind.UNKNOWN;
        }
        return switch (name.charAt(0)) {
            case 'o' -> Kind.OBJECT;
            case 'p' -> Kind.PROFILE;
            case 's' -> Kind.STATS;
            case 'd' -> Kind.TOMBSTONE;
            default -> Kind.UNKNOWN;
        };
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // left for the next gc; a stale spool file is harmless
        }
    }

    private static String uniqueSuffix() {
        return PID + "-" + Long.toHexString(SEQUENCE.incrementAndGet());
    }

    private void writeAtomically(String name, byte[] content) throws IOException {
        Path temporary = dir.resolve(".tmp-" + uniqueSuffix());
        try {
            Files.write(temporary, content);
            Files.move(temporary, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            deleteQuietly(temporary);
            throw new IOException("spool directory " + dir + " is missing", e);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }
}
