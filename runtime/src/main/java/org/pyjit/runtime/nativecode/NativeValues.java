package org.pyjit.runtime.nativecode;

import java.util.List;
import org.pyjit.compiler.llvm.NativeAbi;
import org.pyjit.compiler.llvm.ValueKind;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyRange;
import org.pyjit.runtime.types.RangeIterators;

/** Conversions between Java values and native tags and payload words. */
final class NativeValues {
    private NativeValues() {}

    /** The tag of an argument value: int in 64 bits, float, bool, None, or opaque for anything else (-1: null). */
    static int tagOf(Object v) {
        if (v instanceof Long) return NativeAbi.TAG_INT;
        if (v instanceof Double) return NativeAbi.TAG_FLOAT;
        if (v instanceof Boolean) return NativeAbi.TAG_BOOL;
        if (v == PyNone.NONE) return NativeAbi.TAG_NONE;
        return v == null ? -1 : NativeAbi.TAG_OPAQUE;
    }

    /** The profile kind of a register's value (null: unbound, which has none). */
    static ValueKind profileKind(Object v) {
        if (v == null) return null;
        if (RangeIterators.state(v) != null) return ValueKind.RANGE_ITERATOR;
        return kindOf(tagOf(v));
    }

    static ValueKind kindOf(int tag) {
        return switch (tag) {
            case NativeAbi.TAG_INT -> ValueKind.INT;
            case NativeAbi.TAG_FLOAT -> ValueKind.FLOAT;
            case NativeAbi.TAG_BOOL -> ValueKind.BOOL;
            case NativeAbi.TAG_NONE -> ValueKind.NONE;
            case NativeAbi.TAG_RANGE_ITER -> ValueKind.RANGE_ITERATOR;
            default -> ValueKind.OTHER;
        };
    }

    /** The payload word of an unboxable value. */
    static long bitsOf(Object v) {
        return switch (v) {
            case Long l -> l;
            case Double d -> Double.doubleToRawLongBits(d);
            case Boolean b -> b ? 1 : 0;
            default -> 0;
        };
    }

    /** The Java value of a returned tag and payload. */
    static Object box(long tag, long bits) {
        return switch ((int) tag) {
            case NativeAbi.TAG_INT -> bits;
            case NativeAbi.TAG_FLOAT -> Double.longBitsToDouble(bits);
            case NativeAbi.TAG_BOOL -> bits != 0;
            case NativeAbi.TAG_NONE -> PyNone.NONE;
            default -> throw new IllegalStateException("native code returned tag " + tag);
        };
    }

    /** The Java value of a register in a deoptimization record (null: unbound). */
    static Object fromRecord(long tag, long w0, long w1, long w2, List<Object> objects, NativeContext ctx) {
        return switch ((int) tag) {
            case NativeAbi.TAG_UNBOUND -> null;
            case NativeAbi.TAG_OPAQUE -> ctx.handleValue(w0);
            case NativeAbi.TAG_RANGE -> new PyRange(w0, w1, w2);
            case NativeAbi.TAG_RANGE_ITER -> RangeIterators.create(w0, w1, w2);
            default -> tag >= NativeAbi.TAG_OBJECT_BASE ? objects.get((int) tag - NativeAbi.TAG_OBJECT_BASE) : box(tag, w0);
        };
    }

    /**
     * The tag and payload words of a frame register for an OSR entry, or null when native code
     * cannot hold it.
     */
    static long[] toWords(Object v, List<Object> objects, int expectedTag, NativeContext ctx) {
        if (v == null) return new long[] {NativeAbi.TAG_UNBOUND, 0, 0, 0};
        int tag = tagOf(v);
        if (tag != NativeAbi.TAG_OPAQUE) return new long[] {tag, bitsOf(v), 0, 0};
        if (v instanceof PyRange r && expectedTag != NativeAbi.TAG_OPAQUE) return new long[] {NativeAbi.TAG_RANGE, r.start, r.stop, r.step};
        long[] it = RangeIterators.state(v);
        if (it != null && expectedTag != NativeAbi.TAG_OPAQUE) return new long[] {NativeAbi.TAG_RANGE_ITER, it[0], it[1], it[2]};
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i) == v && expectedTag != NativeAbi.TAG_OPAQUE) return new long[] {NativeAbi.TAG_OBJECT_BASE + i, 0, 0, 0};
        }
        return new long[] {NativeAbi.TAG_OPAQUE, ctx.handle(v), 0, 0};
    }
}
