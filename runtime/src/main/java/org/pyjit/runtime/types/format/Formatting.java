package org.pyjit.runtime.types.format;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.ops.Ops;

/** {@code format(value, spec)} (CPython's {@code PyObject_Format}): what the builtin and {@code str.format} call. */
public final class Formatting {
    private Formatting() {}

    public static String format(Object value, String spec) {
        if (value instanceof String s) return spec.isEmpty() ? s : StringFormatter.formatStr(s, s, spec);
        if (value instanceof Long || value instanceof BigInteger) return NumberFormatter.formatInt(value, value, spec);
        if (value instanceof Double d) return NumberFormatter.formatFloat(d, d, spec);
        Object r = Ops.callSpecial(value, "__format__", spec);
        if (r == null) throw Errors.typeError("Type " + Ops.typeName(value) + " doesn't define __format__");
        if (r instanceof String s) return s;
        if (r instanceof PyBoxed b && b.value instanceof String s) return s;
        throw Errors.typeError("__format__ must return a str, not " + Ops.typeName(r));
    }
}
