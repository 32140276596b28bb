package org.pyjit.compiler.llvm;

/**
 * What the native compiler knows statically about a register at one point: a lattice from
 * {@link #BOTTOM} (no value yet) through single kinds to {@link #TOP} (differs by path; the
 * register's run-time tag tells). {@code object} indexes the unit's object table for {@link Tag#OBJECT}.
 */
record Kind(Tag tag, int object) {

    /** The lattice's elements. */
    enum Tag { BOTTOM, UNBOUND, INT, FLOAT, BOOL, NONE, RANGE, RANGE_ITER, OBJECT, OPAQUE, TOP }

    static final Kind BOTTOM = new Kind(Tag.BOTTOM, -1);
    static final Kind UNBOUND = new Kind(Tag.UNBOUND, -1);
    static final Kind INT = new Kind(Tag.INT, -1);
    static final Kind FLOAT = new Kind(Tag.FLOAT, -1);
    static final Kind BOOL = new Kind(Tag.BOOL, -1);
    static final Kind NONE = new Kind(Tag.NONE, -1);
    static final Kind RANGE = new Kind(Tag.RANGE, -1);
    static final Kind RANGE_ITER = new Kind(Tag.RANGE_ITER, -1);
    /** Any other object, held by handle and never looked at (reading it leaves native code). */
    static final Kind OPAQUE = new Kind(Tag.OPAQUE, -1);
    static final Kind TOP = new Kind(Tag.TOP, -1);

    static Kind object(int index) {
        return new Kind(Tag.OBJECT, index);
    }

    static Kind of(ValueKind kind) {
        return switch (kind) {
            case INT -> INT;
            case FLOAT -> FLOAT;
            case BOOL -> BOOL;
            case NONE -> NONE;
            case RANGE_ITERATOR -> RANGE_ITER;
            case OTHER -> OPAQUE;
        };
    }

    /** The least upper bound. */
    Kind join(Kind other) {
        if (this.equals(other) || other.tag == Tag.BOTTOM) return this;
        if (tag == Tag.BOTTOM) return other;
        return TOP;
    }

    boolean is(Tag t) {
        return tag == t;
    }

    /** int or bool: both behave as integers in arithmetic. */
    boolean isIntegral() {
        return tag == Tag.INT || tag == Tag.BOOL;
    }

    /** int, bool or float. */
    boolean isNumeric() {
        return tag == Tag.INT || tag == Tag.BOOL || tag == Tag.FLOAT;
    }

    /** A kind whose truth native code computes. */
    boolean hasTruth() {
        return isNumeric() || tag == Tag.NONE;
    }

    /** Whether values of this kind can be returned to a native caller or to the runtime. */
    boolean isReturnable() {
        return isNumeric() || tag == Tag.NONE;
    }

    /** The run-time tag of a value of this (single) kind. */
    int abiTag() {
        return switch (tag) {
            case UNBOUND -> NativeAbi.TAG_UNBOUND;
            case INT -> NativeAbi.TAG_INT;
            case FLOAT -> NativeAbi.TAG_FLOAT;
            case BOOL -> NativeAbi.TAG_BOOL;
            case NONE -> NativeAbi.TAG_NONE;
            case RANGE -> NativeAbi.TAG_RANGE;
            case RANGE_ITER -> NativeAbi.TAG_RANGE_ITER;
            case OBJECT -> NativeAbi.TAG_OBJECT_BASE + object;
            case OPAQUE -> NativeAbi.TAG_OPAQUE;
            case BOTTOM, TOP -> throw new IllegalStateException("no single tag for " + this);
        };
    }

    /** Payload words a value of this kind uses (TOP: all). */
    int words() {
        return switch (tag) {
            case RANGE, RANGE_ITER, TOP -> 3;
            case INT, FLOAT, BOOL, OPAQUE -> 1;
            default -> 0;
        };
    }

    @Override
    public String toString() {
        return tag == Tag.OBJECT ? "object#" + object : tag.name().toLowerCase();
    }
}
