package org.pyjit.runtime.modules;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.format.MarkupParser;

/**
 * The {@code _string} module {@code string.Formatter} uses: {@code formatter_parser} (the chunks
 * of a format string, from the same parser {@code str.format} uses) and
 * {@code formatter_field_name_split} ({@code "a.b[0]"} → {@code ('a', [(True, 'b'), (False, 0)])}).
 */
public final class StringModule {
    private StringModule() {}

    static final PyType FORMATTER_ITERATOR = PyIterator.makeType("formatteriterator");
    static final PyType FIELD_NAME_ITERATOR = PyIterator.makeType("fieldnameiterator");

    public static PyModule create() {
        PyModule m = new PyModule("_string");
        PyDict d = m.dict;
        d.putStr("__doc__", "string helper module");
        d.putStr("formatter_parser", PyBuiltinFunction.positional("formatter_parser", "_string", 1, 1, a -> {
            MarkupParser p = new MarkupParser(str(a[0]));
            return new PyIterator(FORMATTER_ITERATOR) {
                @Override
                public Object next() {
                    MarkupParser.Chunk c = p.next();
                    if (c == null) return null;
                    if (!c.fieldPresent()) return PyTuple.of(c.literal(), PyNone.NONE, PyNone.NONE, PyNone.NONE);
                    Object conv = c.conversion() == 0 ? PyNone.NONE : new String(Character.toChars(c.conversion()));
                    return PyTuple.of(c.literal(), c.fieldName(), c.spec(), conv);
                }
            };
        }));
        d.putStr("formatter_field_name_split", PyBuiltinFunction.positional("formatter_field_name_split", "_string", 1, 1,
                a -> split(str(a[0]))));
        return m;
    }

    private static String str(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyBoxed b && b.value instanceof String s) return s;
        throw Errors.typeError("expected str, got " + Ops.typeName(o));
    }

    /** An integer when {@code s} is all ASCII digits (as CPython's get_integer), else the text. */
    private static Object key(String s) {
        if (s.isEmpty()) return s;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return s;
        return org.pyjit.runtime.ops.IntArith.normalize(new java.math.BigInteger(s));
    }

    private static PyTuple split(String name) {
        int i = 0, n = name.length();
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
        Object first = key(name.substring(0, i));
        List<Object> rest = new ArrayList<>();
        while (i < n) {
            char c = name.charAt(i++);
            if (c == '.') {
                int start = i;
                while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
                if (i == start) throw Errors.valueError("Empty attribute in format string");
                rest.add(PyTuple.of(true, name.substring(start, i)));
            } else if (c == '[') {
                int start = i;
                while (i < n && name.charAt(i) != ']') i++;
                if (i >= n) throw Errors.valueError("Missing ']' in format string");
                if (i == start) throw Errors.valueError("Empty attribute in format string");
                rest.add(PyTuple.of(false, key(name.substring(start, i))));
                i++;
                if (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        Object[] items = rest.toArray();
        PyIterator it = new PyIterator(FIELD_NAME_ITERATOR) {
            int next;

            @Override
            public Object next() {
                return next < items.length ? items[next++] : null;
            }
        };
        return PyTuple.of(first, it);
    }
}
