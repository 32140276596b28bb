package org.pyjit.runtime.types.format;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.StringRepr;

/** {@code str.__format__}: presentation type {@code s}, precision truncates, default alignment left. */
public final class StringFormatter {
    private StringFormatter() {}

    /** {@code str.__format__(self, spec)}; {@code value} is the string value of {@code self}. */
    public static String formatStr(Object self, String value, String spec) {
        if (spec.isEmpty()) return self instanceof String ? value : Ops.str(self);
        String typeName = Ops.typeName(self);
        FormatSpec f = FormatSpec.parse(spec, typeName, 's', '<');
        if (f.type != 's') throw FormatSpec.unknownCode(f.type, typeName);
        if (f.sign != 0) throw Errors.valueError("Sign not allowed in string format specifier");
        if (f.noNegZero) throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.alternate) throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        if (f.align == '=') throw Errors.valueError("'=' alignment not allowed in string format specifier");
        int len = StringRepr.codePointLength(value);
        if (f.precision >= 0 && f.precision < len) {
            value = value.substring(0, value.offsetByCodePoints(0, f.precision));
            len = f.precision;
        }
        return Padding.pad(value, len, f.width, f.fill, f.align == 0 ? '<' : f.align, 0);
    }
}
