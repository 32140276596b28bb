package org.pyjit.objcache;

/**
 * The kinds of compiled artifact the cache stores. Each kind has a stable one-byte id that is
 * hashed into every key and written into every stored value, so entries of different kinds can
 * never be confused even when their inputs are byte-for-byte equal.
 */
public enum ArtifactKind {
    /** Machine code: an ELF relocatable object compiled from LLVM IR (input: the IR). */
    NATIVE_OBJECT(1, "native"),
    /** A tier-1 JVM class file compiled from a function's bytecode (input: the bytecode). */
    TIER1_CLASS(2, "class"),
    /** A module's compiled bytecode, pyjit's {@code .pyc} (input: the source text). */
    MODULE_BYTECODE(3, "bytecode");

    private final int id;
    private final String shortName;

    ArtifactKind(int id, String shortName) {
        this.id = id;
        this.shortName = shortName;
    }

    /** The stable id written into keys and values; never reuse or renumber one. */
    public int id() {
        return id;
    }

    /** A short lower-case name for listings ({@code native}, {@code class}, {@code bytecode}). */
    public String shortName() {
        return shortName;
    }

    /** The kind with this id, or {@code null} if no kind has it (a value from a newer format). */
    public static ArtifactKind fromId(int id) {
        for (ArtifactKind kind : values()) {
            if (kind.id == id) {
                return kind;
            }
        }
        return null;
    }
}
