package org.pyjit.runtime.modules;

import java.math.BigInteger;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code sys.getsizeof()}: the sizes CPython 3.11 (64-bit) reports for its object layouts, so
 * programs that print them see familiar numbers. pyjit's own objects have other sizes; nothing
 * depends on these beyond being plausible and monotonic in the content.
 */
final class ObjectSizes {
    private ObjectSizes() {}

    static long of(Object o) {
        if (o instanceof Boolean) return 28;
        if (o instanceof Long l) return 24 + 4L * digits(BigInteger.valueOf(l).abs().bitLength());
        if (o instanceof BigInteger b) return 24 + 4L * digits(b.abs().bitLength());
        if (o instanceof Double) return 24;
        if (o instanceof String s) return stringSize(s);
        if (o == PyNone.NONE) return 16;
        if (o instanceof PyTuple t) return 40 + 8L * t.items.length;
        if (o instanceof PyList l) return 56 + 8L * l.size;
        if (o instanceof PyBytes b) return b.type.isSubtypeOf(BuiltinTypes.BYTEARRAY) ? (b.length == 0 ? 56 : 57 + b.length) : 33 + b.length;
        if (o instanceof PyDict d) return d.size() == 0 ? 64 : d.size() <= 5 ? 184 : 184 + 96L * (Integer.highestOneBit(d.size() - 1) / 4);
        return 56;
    }

    /** CPython ints store 30 bits per digit, and at least one digit (also for 0). */
    private static long digits(int bits) {
        return Math.max(1, (bits + 29) / 30);
    }

    /** CPython's compact strings: 1, 2 or 4 bytes per code point by the widest one, plus the header. */
    private static long stringSize(String s) {
        int max = 0, n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            max = Math.max(max, cp);
            i += Character.charCount(cp);
            n++;
        }
        if (max < 0x80) return 49 + n;
        if (max < 0x100) return 73 + n;
        if (max < 0x10000) return 74 + 2L * n;
        return 76 + 4L * n;
    }
}
