package org.pyjit.runtime.modules.sre;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.BufferExporter;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.ops.Ops;

/**
 * The subject of a match as the engine sees it (code points of a str, byte values of a bytes-like
 * object) and the way back to Python values (slices of the original).
 *
 * @param original the object the program passed
 * @param units    code points or byte values
 * @param isBytes  whether the subject is bytes-like
 */
record SreText(Object original, int[] units, boolean isBytes) {
    static SreText of(Object o) {
        if (o instanceof String s) return new SreText(o, codePoints(s), false);
        if (o instanceof PyBoxed b && b.value instanceof String s) return new SreText(o, codePoints(s), false);
        byte[] bytes = Buffers.bytesOrNull(o);
        if (bytes == null) throw Errors.typeError("expected string or bytes-like object, got '" + Ops.typeName(o) + "'");
        int[] u = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) u[i] = bytes[i] & 0xff;
        return new SreText(o, u, true);
    }

    /** The last str converted, with its code points: scanners (json, tokenizers) match one text at many positions. */
    private record Converted(String text, int[] units) {}

    private static volatile Converted last = new Converted("", new int[0]);

    /** The code points of {@code s}, shared with earlier calls for the same string (the engine never writes them). */
    private static int[] codePoints(String s) {
        Converted c = last;
        if (c.text == s) return c.units;
        int[] units = s.codePoints().toArray();
        if (units.length >= 64) last = new Converted(s, units); // short texts are cheap to convert again
        return units;
    }

    int length() {
        return units.length;
    }

    /** The slice {@code [start, end)} as a str or bytes. */
    Object slice(int start, int end) {
        if (isBytes && original instanceof BufferExporter live && !(original instanceof PyBytes pb
                && pb.bufferReadOnly())) {
            // a mutable subject is read as it is now, clamped to its present length (CPython 3.11, bpo-29444)
            byte[] now = live.bufferCopy();
            int e = Math.min(end, now.length), s = Math.min(start, e);
            return new PyBytes(java.util.Arrays.copyOfRange(now, s, e));
        }
        if (isBytes) {
            byte[] b = new byte[end - start];
            for (int i = 0; i < b.length; i++) b[i] = (byte) units[start + i];
            return new PyBytes(b);
        }
        return new String(units, start, end - start);
    }

    /** The empty str or bytes. */
    Object empty() {
        return isBytes ? new PyBytes(new byte[0]) : "";
    }
}
