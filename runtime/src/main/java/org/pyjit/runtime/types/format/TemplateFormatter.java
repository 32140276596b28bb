package org.pyjit.runtime.types.format;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.string.Strings;

/**
 * {@code str.format} and {@code str.format_map}: replacement fields with automatic or manual
 * numbering, keyword names, attribute ({@code .x}) and item ({@code [k]}) access, conversions
 * {@code !r !s !a}, and format specs that contain nested fields (two levels, as PEP 3101 says).
 */
public final class TemplateFormatter {
    private TemplateFormatter() {}

    /** Auto-numbering state: not yet decided, automatic ({@code {}}) or manual ({@code {0}}). */
    private static final class AutoNumber {
        static final int INIT = 0, AUTO = 1, MANUAL = 2;
        int state = INIT;
        int next;
    }

    /** {@code template.format(*args, **kwargs)}; {@code kwargs} may be null. */
    public static String format(String template, Object[] args, PyDict kwargs) {
        return build(template, args, kwargs, 2, new AutoNumber());
    }

    /** {@code template.format_map(mapping)}. */
    public static String formatMap(String template, Object mapping) {
        return build(template, null, mapping, 2, new AutoNumber());
    }

    private static String build(String template, Object[] args, Object kwargs, int depth, AutoNumber auto) {
        if (depth <= 0) throw Errors.valueError("Max string recursion exceeded");
        StringBuilder out = new StringBuilder(template.length() + 16);
        MarkupParser parser = new MarkupParser(template);
        for (MarkupParser.Chunk c = parser.next(); c != null; c = parser.next()) {
            out.append(c.literal());
            if (!c.fieldPresent()) continue;
            Object obj = fieldObject(c.fieldName(), args, kwargs, auto);
            if (c.conversion() != 0) obj = convert(obj, c.conversion());
            String spec = c.specNeedsExpanding() ? build(c.spec(), args, kwargs, depth - 1, auto) : c.spec();
            out.append(Formatting.format(obj, spec));
        }
        return out.toString();
    }

    private static Object convert(Object obj, int conversion) {
        return switch (conversion) {
            case 'r' -> Ops.repr(obj);
            case 's' -> Ops.str(obj);
            case 'a' -> Strings.ascii(Ops.repr(obj));
            default -> {
                if (conversion > 32 && conversion < 127) {
                    throw Errors.valueError("Unknown conversion specifier " + (char) conversion);
                }
                throw Errors.valueError("Unknown conversion specifier \\x" + Integer.toHexString(conversion));
            }
        };
    }

    /** The decimal value of {@code s[start:end]} (Unicode digits too), or -1 when empty or not all digits. */
    private static long integer(String s, int start, int end) {
        if (start >= end) return -1;
        long acc = 0;
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int d = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (d < 0) return -1;
            if (acc > (Long.MAX_VALUE - d) / 10) throw Errors.valueError("Too many decimal digits in format string");
            acc = acc * 10 + d;
        }
        return acc;
    }

    /** Resolves a field name such as {@code 0}, {@code name.attr}, {@code [2]} or {@code x[key].y}. */
    static Object fieldObject(String name, Object[] args, Object kwargs, AutoNumber auto) {
        int n = name.length();
        int i = 0;
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
        long index = integer(name, 0, i);
        boolean empty = i == 0;
        if (empty || index != -1) {
            if (auto.state == AutoNumber.INIT) auto.state = empty ? AutoNumber.AUTO : AutoNumber.MANUAL;
            if (auto.state == AutoNumber.MANUAL && empty) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (auto.state != AutoNumber.MANUAL && !empty) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) index = auto.next++;
        }
        Object obj;
        if (index == -1) {
            String key = name.substring(0, i);
            if (kwargs == null) throw Errors.keyError(key);
            obj = lookupKey(kwargs, key);
        } else {
            if (args == null) throw Errors.valueError("Format string contains positional fields");
            if (index >= args.length) {
                throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            obj = args[(int) index];
        }
        while (i < n) {
            char c = name.charAt(i++);
            int start = i;
            if (c == '.') {
                while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
                if (start == i) throw Errors.valueError("Empty attribute in format string");
                obj = Ops.getAttr(obj, name.substring(start, i));
            } else if (c == '[') {
                while (i < n && name.charAt(i) != ']') i++;
                if (i >= n) throw Errors.valueError("Missing ']' in format string");
                int stop = i++;
                if (start == stop) throw Errors.valueError("Empty attribute in format string");
                long k = integer(name, start, stop);
                obj = k >= 0 ? Ops.getItem(obj, k) : Ops.getItem(obj, name.substring(start, stop));
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private static Object lookupKey(Object mapping, String key) {
        if (mapping instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            Object v = d.getStr(key);
            if (v == null) throw Errors.keyError(key);
            return v;
        }
        return Ops.getItem(mapping, key);
    }
}
