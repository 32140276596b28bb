package org.pyjit.runtime.modules.codecs;

import java.util.concurrent.ConcurrentHashMap;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;

/**
 * Codec error handlers as Python sees them ({@code codecs.lookup_error}): the builtin ones as
 * functions of a {@code UnicodeError} returning {@code (replacement, resume position)}, and
 * those programs register. pyjit's own codecs apply the builtin handlers directly.
 */
final class ErrorHandlers {
    private ErrorHandlers() {}

    private static final ConcurrentHashMap<String, Object> HANDLERS = new ConcurrentHashMap<>();
    private static final java.util.Set<String> BUILTIN_NAMES = ConcurrentHashMap.newKeySet();

    static {
        builtin("strict", "strict_errors", ErrorHandlers::strict);
        builtin("ignore", "ignore_errors", e -> PyTuple.of(kind(e) == 2 ? "" : "", end(e)));
        builtin("replace", "replace_errors", e -> {
            long n = end(e) - start(e);
            return PyTuple.of((kind(e) == 0 ? "?" : "\ufffd").repeat(kind(e) == 1 ? 1 : (int) n), end(e));
        });
        builtin("xmlcharrefreplace", "xmlcharrefreplace_errors", e -> {
            requireEncode(e);
            StringBuilder b = new StringBuilder();
            for (int cp : chars(e)) b.append("&#").append(cp).append(';');
            return PyTuple.of(b.toString(), end(e));
        });
        builtin("backslashreplace", "backslashreplace_errors", e -> {
            StringBuilder b = new StringBuilder();
            if (kind(e) == 1) {
                byte[] data = ((PyBytes) obj(e)).toArray();
                for (long i = start(e); i < end(e); i++) b.append(String.format("\\x%02x", data[(int) i] & 0xff));
            } else {
                for (int cp : chars(e)) b.append(escape(cp));
            }
            return PyTuple.of(b.toString(), end(e));
        });
        builtin("namereplace", "namereplace_errors", e -> {
            requireEncode(e);
            StringBuilder b = new StringBuilder();
            for (int cp : chars(e)) {
                String name = Character.getName(cp);
                b.append(name != null ? "\\N{" + name + "}" : escape(cp));
            }
            return PyTuple.of(b.toString(), end(e));
        });
        builtin("surrogateescape", "surrogateescape", e -> {
            if (kind(e) == 1) {
                byte[] data = ((PyBytes) obj(e)).toArray();
                StringBuilder b = new StringBuilder();
                for (long i = start(e); i < end(e); i++) {
                    int v = data[(int) i] & 0xff;
                    if (v < 128) throw new PyException((PyBaseException) e);
                    b.append((char) (0xdc00 + v));
                }
                return PyTuple.of(b.toString(), end(e));
            }
            if (kind(e) == 0) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (int cp : chars(e)) {
                    if (cp < 0xdc80 || cp > 0xdcff) throw new PyException((PyBaseException) e);
                    out.write(cp - 0xdc00);
                }
                return PyTuple.of(new PyBytes(out.toByteArray()), end(e));
            }
            throw new PyException((PyBaseException) e);
        });
        builtin("surrogatepass", "surrogatepass", e -> {
            if (kind(e) != 0) throw new PyException((PyBaseException) e);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int cp : chars(e)) {
                if (cp < 0xd800 || cp > 0xdfff) throw new PyException((PyBaseException) e);
                out.write(0xe0 | (cp >> 12));
                out.write(0x80 | ((cp >> 6) & 0x3f));
                out.write(0x80 | (cp & 0x3f));
            }
            return PyTuple.of(new PyBytes(out.toByteArray()), end(e));
        });
    }

    private interface Handler {
        Object apply(Object exc);
    }

    private static void builtin(String name, String functionName, Handler h) {
        BUILTIN_NAMES.add(name);
        HANDLERS.put(name, PyBuiltinFunction.positional(functionName, "_codecs", 1, 1, a -> {
            if (!(a[0] instanceof PyBaseException)) {
                throw Errors.typeError("don't know how to handle " + Ops.typeName(a[0]) + " in error callback");
            }
            return h.apply(a[0]);
        }));
    }

    private static Object strict(Object e) {
        throw new PyException((PyBaseException) e);
    }

    /** 0 encode, 1 decode, 2 translate. */
    private static int kind(Object e) {
        PyBaseException x = (PyBaseException) e;
        if (x.type.isSubtypeOf(ExceptionTypes.UNICODE_ENCODE_ERROR)) return 0;
        if (x.type.isSubtypeOf(ExceptionTypes.UNICODE_DECODE_ERROR)) return 1;
        if (x.type.isSubtypeOf(ExceptionTypes.UNICODE_TRANSLATE_ERROR)) return 2;
        throw Errors.typeError("don't know how to handle " + Ops.typeName(e) + " in error callback");
    }

    private static void requireEncode(Object e) {
        if (kind(e) != 0) throw Errors.typeError("don't know how to handle " + Ops.typeName(e) + " in error callback");
    }

    private static Object obj(Object e) {
        return Ops.getAttr(e, "object");
    }

    private static long start(Object e) {
        return Ops.index(Ops.getAttr(e, "start"));
    }

    private static long end(Object e) {
        return Ops.index(Ops.getAttr(e, "end"));
    }

    private static int[] chars(Object e) {
        int[] cps = Ops.str(obj(e)).codePoints().toArray();
        int s = (int) Math.max(0, start(e)), t = (int) Math.min(cps.length, end(e));
        return java.util.Arrays.copyOfRange(cps, s, Math.max(s, t));
    }

    static String escape(int cp) {
        return cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    /** The handlers a program registered go with the program: only the builtin ones stay. */
    static void reset() {
        HANDLERS.keySet().retainAll(BUILTIN_NAMES);
    }

    static void register(String name, Object handler) {
        if (!Ops.isCallable(handler)) throw Errors.typeError("handler must be callable");
        HANDLERS.put(name, handler);
    }

    static Object lookup(String name) {
        Object h = HANDLERS.get(name);
        if (h == null) throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + name + "'");
        return h;
    }
}
