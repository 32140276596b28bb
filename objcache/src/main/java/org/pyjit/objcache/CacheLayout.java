package org.pyjit.objcache;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The files of a cache directory:
 * <pre>
 *   db/               the RocksDB database (written by the primary only)
 *   spool/            objects, profiles and statistics of secondary processes, merged by the primary
 *   secondary/PID-N/  each secondary RocksDB instance's own log directory
 *   native/           JNI libraries extracted once (unless configured elsewhere)
 *   primary.pid       the process id of the current primary, for messages
 * </pre>
 */
record CacheLayout(Path root) {
    Path database() {
        return root.resolve("db");
    }

    Path spool() {
        return root.resolve("spool");
    }

    Path secondaries() {
        return root.resolve("secondary");
    }

    Path primaryPidFile() {
        return root.resolve("primary.pid");
    }

    /** Creates the directory (mode 0700) and its subdirectories. */
    void create() throws IOException {
        createPrivateDirectories(root);
        createPrivateDirectories(database()); // before RocksDB, which would create it 0755
        createPrivateDirectories(spool());
        createPrivateDirectories(secondaries());
    }

    /** Creates {@code dir} and missing parents; new directories get mode 0700 where POSIX allows. */
    static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createPrivateDirectories(parent);
        }
        try {
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(dir);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            } // another process created it first
        }
    }

    /** Deletes the directories of secondary instances whose process has ended (e.g. was killed). */
    void removeStaleSecondaries() {
        try (var dirs = Files.list(secondaries())) {
            for (Path dir : dirs.toList()) {
                String name = dir.getFileName().toString();
                int dash = name.indexOf('-');
                long pid;
                try {
                    pid = Long.parseLong(dash > 0 ? name.substring(0, dash) : name);
                } catch (NumberFormatException e) {
                    continue; // not ours
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                RocksObjectCache.deleteTree(dir);
            }
        } catch (IOException | RuntimeException e) {
            // tried again at the next start
        }
    }
}
