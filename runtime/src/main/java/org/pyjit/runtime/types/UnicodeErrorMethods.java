package org.pyjit.runtime.types;

import static org.pyjit.runtime.exceptions.ExceptionTypes.*;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.PyUnicodeError;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code UnicodeEncodeError(encoding, str, start, end, reason)},
 * {@code UnicodeDecodeError(encoding, bytes, start, end, reason)} and
 * {@code UnicodeTranslateError(str, start, end, reason)}: argument checks, fields and the messages
 * "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
 */
final class UnicodeErrorMethods {
    private UnicodeErrorMethods() {}

    private enum Kind { ENCODE, DECODE, TRANSLATE }

    static void install() {
        installKind(UNICODE_ENCODE_ERROR, Kind.ENCODE);
        installKind(UNICODE_DECODE_ERROR, Kind.DECODE);
        installKind(UNICODE_TRANSLATE_ERROR, Kind.TRANSLATE);
    }

    private static void installKind(PyType t, Kind kind) {
        Install.methodKw(t, "__init__", (a, kw) -> init(a, kw, kind));
        Install.method(t, "__str__", 0, 0, a -> a[0] instanceof PyUnicodeError e ? str(e, kind)
                : ExceptionMethods.baseStr((org.pyjit.runtime.exceptions.PyBaseException) a[0]));
        ExceptionMethods.field(t, "encoding", PyUnicodeError.class, e -> e.encoding, (e, v) -> e.encoding = v);
        ExceptionMethods.field(t, "object", PyUnicodeError.class, e -> e.object, (e, v) -> e.object = v);
        ExceptionMethods.field(t, "start", PyUnicodeError.class, e -> e.start, (e, v) -> e.start = v);
        ExceptionMethods.field(t, "end", PyUnicodeError.class, e -> e.end, (e, v) -> e.end = v);
        ExceptionMethods.field(t, "reason", PyUnicodeError.class, e -> e.reason, (e, v) -> e.reason = v);
    }

    private static Object init(Object[] a, String[] kw, Kind kind) {
        ExceptionMethods.baseInit(a, kw);
        PyUnicodeError e = (PyUnicodeError) a[0];
        Object[] args = e.args.items;
        int expected = kind == Kind.TRANSLATE ? 4 : 5;
        if (args.length != expected) {
            throw Errors.typeError("function takes exactly " + expected + " arguments (" + args.length + " given)");
        }
        int i = 0;
        if (kind != Kind.TRANSLATE) e.encoding = requireStr(args[i++], 1);
        if (kind == Kind.DECODE) {
            Object o = args[i++];
            if (!(o instanceof PyBytes b)) throw Errors.typeError("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
            e.object = b.type == BuiltinTypes.BYTES ? b : new PyBytes(b.toArray());
        } else {
            e.object = requireStr(args[i], i + 1);
            i++;
        }
        e.start = Ops.index(args[i++]);
        e.end = Ops.index(args[i++]);
        e.reason = requireStr(args[i], i + 1);
        return PyNone.NONE;
    }

    private static Object requireStr(Object o, int position) {
        if (Install.asString(o) == null) throw Errors.typeError("argument " + position + " must be str, not " + Ops.typeName(o));
        return o;
    }

    private static String str(PyUnicodeError e, Kind kind) {
        if (e.object == null || !(e.start instanceof Long s0) || !(e.end instanceof Long e0)) return "";
        long start = s0, end = e0;
        String reason = Ops.str(Install.orNone(e.reason));
        String enc = kind == Kind.TRANSLATE ? "" : Ops.str(Install.orNone(e.encoding));
        if (kind == Kind.DECODE) {
            PyBytes b = (PyBytes) e.object;
            if (start >= 0 && start < b.length && end == start + 1) {
                return "'" + enc + "' codec can't decode byte 0x" + String.format("%02x", b.bytes[(int) start] & 0xff)
                        + " in position " + start + ": " + reason;
            }
            return "'" + enc + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
        }
        String text = Install.asString(e.object);
        String verb = kind == Kind.ENCODE ? "'" + enc + "' codec can't encode" : "can't translate";
        int length = text.codePointCount(0, text.length());
        if (start >= 0 && start < length && end == start + 1) {
            int cp = text.codePointAt(text.offsetByCodePoints(0, (int) start));
            String esc = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp)
                    : String.format("\\U%08x", cp);
            return verb + " character '" + esc + "' in position " + start + ": " + reason;
        }
        return verb + " characters in position " + start + "-" + (end - 1) + ": " + reason;
    }
}
