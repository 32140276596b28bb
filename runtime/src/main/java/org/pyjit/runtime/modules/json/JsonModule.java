package org.pyjit.runtime.modules.json;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The {@code _json} accelerator {@code json} imports: {@code scanstring}, {@code make_scanner},
 * {@code make_encoder}, {@code encode_basestring} and {@code encode_basestring_ascii}, with the
 * behaviour and messages of CPython's C module (json's pure-Python fallbacks are much slower here).
 */
public final class JsonModule {
    private JsonModule() {}

    static final PyBuiltinFunction ENCODE_ASCII = PyBuiltinFunction.positional("encode_basestring_ascii", "_json", 1, 1,
            a -> JsonStrings.encode(str(a[0]), true));
    static final PyBuiltinFunction ENCODE = PyBuiltinFunction.positional("encode_basestring", "_json", 1, 1,
            a -> JsonStrings.encode(str(a[0]), false));

    private static String str(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof org.pyjit.runtime.objects.PyBoxed b && b.value instanceof String s) return s;
        throw Errors.typeError("first argument must be a string, not " + Ops.typeName(o));
    }

    public static PyModule create() {
        types();
        PyModule m = new PyModule("_json");
        PyDict d = m.dict;
        d.putStr("encode_basestring_ascii", ENCODE_ASCII);
        d.putStr("encode_basestring", ENCODE);
        ArgParser scanArgs = new ArgParser("scanstring", new String[] {"string", "end", "strict"}, 3, 3, 2);
        d.putStr("scanstring", new PyBuiltinFunction("scanstring", "_json", (args, kw) -> {
            Object[] p = scanArgs.parse(args, kw, 0);
            long end = Ops.index(p[1]); // the C module converts end first (OverflowError before TypeError)
            String s = str(p[0]);
            boolean strict = p[2] == null || Ops.isTrue(p[2]);
            if (end < 0 || end > s.codePointCount(0, s.length())) throw Errors.valueError("end is out of bounds");
            int[] out = {0};
            String text = JsonStrings.scan(s, JsonStrings.charIndex(s, end), strict, out);
            return PyTuple.of(text, (long) JsonStrings.codePointIndex(s, out[0]));
        }));
        d.putStr("make_scanner", JsonScanner.type);
        d.putStr("make_encoder", JsonEncoder.type);
        return m;
    }

    private static synchronized void types() {
        if (JsonScanner.type != null) return;
        PyType scanner = BuiltinTypes.make("Scanner", BuiltinTypes.OBJECT);
        scanner.namespace.putStr("__module__", "_json");
        scanner.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            if (a.length != 2) throw Errors.typeError("Scanner() takes exactly 1 argument (" + (a.length - 1) + " given)");
            return new JsonScanner(a[1]);
        }));
        scanner.namespace.putStr("__call__", org.pyjit.runtime.objects.PyMethodDescriptor.positional(scanner, "__call__", 2, 2,
                a -> ((JsonScanner) a[0]).scanOnce(a[1], a[2])));
        JsonScanner.type = scanner;
        PyType encoder = BuiltinTypes.make("Encoder", BuiltinTypes.OBJECT);
        encoder.namespace.putStr("__module__", "_json");
        ArgParser encArgs = new ArgParser("Encoder", new String[] {"markers", "default", "encoder", "indent", "key_separator",
            "item_separator", "sort_keys", "skipkeys", "allow_nan"}, 0, 9, 9);
        encoder.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return new JsonEncoder(encArgs.parse(rest, kw, 0));
        }));
        encoder.namespace.putStr("__call__", org.pyjit.runtime.objects.PyMethodDescriptor.positional(encoder, "__call__", 2, 2,
                a -> ((JsonEncoder) a[0]).encodeTop(a[1])));
        JsonEncoder.type = encoder;
    }
}
