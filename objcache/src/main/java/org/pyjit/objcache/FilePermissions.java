package org.pyjit.objcache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;

/**
 * The trust checks of the cache's files: cached code is run, so a directory that another user can
 * write, or a secret that another user can read, is refused. On file systems without POSIX
 * permissions the checks pass (there is nothing to check).
 */
public final class FilePermissions {
    private FilePermissions() {}

    /**
     * Why users other than the owner could write {@code directory}, or {@code null} if they cannot
     * (or it does not exist yet: it is then created with mode 0700).
     */
    public static String whyOthersCanWrite(Path directory) {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(directory, PosixFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        } catch (UnsupportedOperationException | IOException e) {
            return null;
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            return "other users can write the cache directory (mode " + mode(permissions) + "); pyjit runs code from it,"
                    + " so it refuses a directory others can change (chmod go-w " + directory + ")";
        }
        String user = System.getProperty("user.name", "");
        String owner = attributes.owner().getName();
        if (!owner.equals(user) && !user.equals("root")) {
            return "the cache directory belongs to user " + owner + ", not to " + user
                    + "; pyjit runs code from it, so it refuses a directory another user can change";
        }
        return null;
    }

    /**
     * Reads a secret {@code file} (e.g. the remote cache's HMAC key), refusing one that group or
     * others can read or write, and strips trailing white space (so {@code echo secret > file} works).
     *
     * @param what what the file is, for messages, e.g. {@code PYJIT_REMOTE_CACHE_KEY_FILE}
     * @throws IOException with a message that says what to do
     */
    public static byte[] readOwnerOnlySecret(Path file, String what) throws IOException {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, PosixFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new IOException(what + " " + file + " does not exist");
        } catch (UnsupportedOperationException e) {
            attributes = null;
        }
        if (attributes != null) {
            if (!attributes.isRegularFile()) {
                throw new IOException(what + " " + file + " is not a regular file");
            }
            Set<PosixFilePermission> p = attributes.permissions();
            if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)
                    || p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new IOException(what + " " + file + " is readable or writable by other users (mode " + mode(p)
                        + "); make it private with chmod 600 " + file);
            }
        } else if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            throw new IOException(what + " " + file + " is not a regular file");
        }
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) {
            end--;
        }
        return Arrays.copyOf(bytes, end);
    }

    private static String mode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            mode |= 1 << (8 - p.ordinal());
        }
        return String.format("%03o", mode);
    }
}
