package org.pyjit.runtime.modules.unicodedata;

import java.text.Normalizer;
import java.util.Map;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The {@code unicodedata} module with CPython 3.11's Unicode 14.0.0 answers: properties from
 * {@link UcdTables}, names from {@link UnicodeNames}, normalization on {@link Normalizer} (the
 * JDK's newer Unicode; normalization of characters assigned in 14.0 is stable). The
 * {@code ucd_3_2_0} object (IDNA's stringprep) answers with the same 14.0.0 data.
 */
public final class UnicodedataModule {
    private UnicodedataModule() {}

    private static final String MODULE = "unicodedata";

    /** A function of one character: the body gets the code point and the remaining arguments. */
    private interface CharFunction {
        Object apply(int cp, Object[] rest);
    }

    private static final String[] NAMES = {"category", "bidirectional", "combining", "east_asian_width", "mirrored",
        "decomposition", "name", "decimal", "digit", "numeric"};

    private static CharFunction function(String name) {
        return switch (name) {
            case "category" -> (cp, r) -> tables().category.at(cp);
            case "bidirectional" -> (cp, r) -> {
                String v = tables().bidirectional.at(cp);
                return v.equals("-") ? "" : v;
            };
            case "combining" -> (cp, r) -> Long.parseLong(tables().combining.at(cp));
            case "east_asian_width" -> (cp, r) -> tables().eastAsianWidth.at(cp);
            case "mirrored" -> (cp, r) -> Long.parseLong(tables().mirrored.at(cp));
            case "decomposition" -> (cp, r) -> {
                String v = tables().decomposition.get(cp);
                return v == null ? "" : v.replace('_', ' ');
            };
            case "name" -> (cp, r) -> {
                String n = UnicodeNames.name(cp, tables().category.at(cp));
                if (n != null) return n;
                if (r.length > 0) return r[0];
                throw Errors.valueError("no such name");
            };
            case "decimal" -> (cp, r) -> number(tables().decimal, cp, r, "not a decimal", false);
            case "digit" -> (cp, r) -> number(tables().digit, cp, r, "not a digit", false);
            default -> (cp, r) -> number(tables().numeric, cp, r, "not a numeric character", true);
        };
    }

    private static Object number(Map<Integer, String> table, int cp, Object[] rest, String missing, boolean isFloat) {
        String v = table.get(cp);
        if (v == null) {
            if (rest.length > 0) return rest[0];
            throw Errors.valueError(missing);
        }
        return isFloat ? (Object) Double.parseDouble(v) : (Object) Long.parseLong(v);
    }

    private static UcdTables tables() {
        return UcdTables.get();
    }

    private static String str(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyBoxed b && b.value instanceof String s) return s;
        return null;
    }

    /** The one code point of a str argument, with CPython's message otherwise. */
    private static int character(String fname, Object o) {
        String s = str(o);
        if (s == null) throw Errors.typeError(fname + "() argument must be a unicode character, not " + Ops.typeName(o));
        if (s.isEmpty() || s.codePointCount(0, s.length()) != 1) {
            throw Errors.typeError(fname + "() argument must be a unicode character, not str");
        }
        return s.codePointAt(0);
    }

    private static PyBuiltinFunction charFunction(String name) {
        CharFunction f = function(name);
        boolean takesDefault = name.equals("name") || name.equals("decimal") || name.equals("digit") || name.equals("numeric");
        return PyBuiltinFunction.positional(name, MODULE, 1, takesDefault ? 2 : 1, a -> {
            Object[] rest = a.length > 1 ? new Object[] {a[1]} : new Object[0];
            return f.apply(character(name, a[0]), rest);
        });
    }

    private static Normalizer.Form form(Object o) {
        String f = str(o);
        if (f == null) throw Errors.typeError("normalize() argument 1 must be str, not " + Ops.typeName(o));
        return switch (f) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw Errors.valueError("invalid normalization form");
        };
    }

    private static String text(String fname, Object o) {
        String s = str(o);
        if (s == null) throw Errors.typeError(fname + "() argument 2 must be str, not " + Ops.typeName(o));
        return s;
    }

    private static Object lookup(Object o) {
        String n = str(o);
        if (n == null) {
            if (o instanceof org.pyjit.runtime.objects.PyBytes b) n = new String(b.toArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
            else throw Errors.typeError("lookup() argument must be str, not " + Ops.typeName(o));
        }
        int cp = UnicodeNames.lookup(n);
        if (cp < 0) throw Errors.keyError("undefined character name '" + n + "'");
        return Character.toString(cp);
    }

    public static PyModule create() {
        PyModule m = new PyModule(MODULE);
        PyDict d = m.dict;
        for (String name : NAMES) d.putStr(name, charFunction(name));
        d.putStr("normalize", PyBuiltinFunction.positional("normalize", MODULE, 2, 2,
                a -> Normalizer.normalize(text("normalize", a[1]), form(a[0]))));
        d.putStr("is_normalized", PyBuiltinFunction.positional("is_normalized", MODULE, 2, 2,
                a -> Normalizer.isNormalized(text("is_normalized", a[1]), form(a[0]))));
        d.putStr("lookup", PyBuiltinFunction.positional("lookup", MODULE, 1, 1, a -> lookup(a[0])));
        d.putStr("unidata_version", "14.0.0");
        PyType ucd = ucdType();
        d.putStr("UCD", ucd);
        d.putStr("ucd_3_2_0", new PyObject(ucd));
        return m;
    }

    /** {@code unicodedata.UCD}: the same functions as methods, for {@code ucd_3_2_0}. */
    private static PyType ucdType() {
        PyType t = BuiltinTypes.make("UCD", BuiltinTypes.OBJECT);
        t.namespace.putStr("__module__", MODULE);
        for (String name : NAMES) {
            CharFunction f = function(name);
            int max = name.equals("name") || name.equals("decimal") || name.equals("digit") || name.equals("numeric") ? 2 : 1;
            t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, 1, max, a -> {
                Object[] rest = a.length > 2 ? new Object[] {a[2]} : new Object[0];
                return f.apply(character(name, a[1]), rest);
            }));
        }
        t.namespace.putStr("normalize", PyMethodDescriptor.positional(t, "normalize", 2, 2,
                a -> Normalizer.normalize(text("normalize", a[2]), form(a[1]))));
        t.namespace.putStr("is_normalized", PyMethodDescriptor.positional(t, "is_normalized", 2, 2,
                a -> Normalizer.isNormalized(text("is_normalized", a[2]), form(a[1]))));
        t.namespace.putStr("lookup", PyMethodDescriptor.positional(t, "lookup", 1, 1, a -> lookup(a[1])));
        t.namespace.putStr("unidata_version", new PyGetSetDescriptor(t, "unidata_version", o -> "3.2.0", null));
        return t;
    }
}
