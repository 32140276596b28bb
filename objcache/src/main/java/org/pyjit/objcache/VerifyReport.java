package org.pyjit.objcache;

import java.util.List;

/**
 * What {@code pyjit cache verify} found.
 *
 * @param checked entries checked (database and spool)
 * @param removed the damaged ones, which were deleted
 * @param profilesChecked profiles checked
 * @param profilesRemoved damaged profiles deleted
 */
public record VerifyReport(int checked, List<Problem> removed, int profilesChecked, int profilesRemoved) {

    /** Copies the list. */
    public VerifyReport {
        removed = List.copyOf(removed);
    }

    /**
     * A damaged entry.
     *
     * @param keyHex the key digest in hex
     * @param label  its label if the header could be read, else empty
     * @param reason FORMAT, KEY_MISMATCH or CORRUPT
     * @param detail what exactly was wrong
     * @param pending true if it was a spool file
     */
    public record Problem(String keyHex, String label, MissReason reason, String detail, boolean pending) {}
}
