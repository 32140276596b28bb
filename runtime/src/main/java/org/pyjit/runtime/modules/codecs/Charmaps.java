package org.pyjit.runtime.modules.codecs;

import java.io.ByteArrayOutputStream;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;

/**
 * The table-driven codecs of {@code encodings.cp1252} and friends: {@code charmap_decode} with a
 * decoding table (str) or mapping, {@code charmap_build} (the reverse table, here a dict) and
 * {@code charmap_encode}. Encoding errors go to any registered handler (decoding: strict, ignore, replace).
 */
final class Charmaps {
    private Charmaps() {}

    static Object decode(byte[] in, String errors, Object mapping) {
        StringBuilder out = new StringBuilder();
        if (mapping == PyNone.NONE) {
            for (byte b : in) out.append((char) (b & 0xff));
            return PyTuple.of(out.toString(), (long) in.length);
        }
        String table = mapping instanceof String s ? s : mapping instanceof PyBoxed bx && bx.value instanceof String s ? s : null;
        int[] cps = table == null ? null : table.codePoints().toArray();
        for (int i = 0; i < in.length; i++) {
            int b = in[i] & 0xff;
            String piece = null;
            if (cps != null) {
                if (b < cps.length && cps[b] != 0xfffe) piece = new String(Character.toChars(cps[b]));
            } else {
                Object v;
                try {
                    v = Ops.getItem(mapping, (long) b);
                } catch (PyException e) {
                    if (!e.value.type.isSubtypeOf(ExceptionTypes.LOOKUP_ERROR)) throw e;
                    v = PyNone.NONE;
                }
                if (v instanceof Long l) {
                    if (l < 0 || l > 0x10ffff) throw Errors.typeError("character mapping must be in range(0x110000)");
                    if (l != 0xfffe) piece = new String(Character.toChars((int) (long) l));
                } else if (v instanceof String s) {
                    if (!s.equals("\ufffe")) piece = s;
                } else if (v != PyNone.NONE) {
                    throw Errors.typeError("character mapping must return integer, None or str");
                }
            }
            if (piece == null) {
                switch (errors) {
                    case "ignore" -> { }
                    case "replace" -> out.append('\ufffd');
                    default -> throw new PyException(PyBaseException.create(ExceptionTypes.UNICODE_DECODE_ERROR, "charmap",
                            new PyBytes(in), (long) i, (long) i + 1, "character maps to <undefined>"));
                }
            } else {
                out.append(piece);
            }
        }
        return PyTuple.of(out.toString(), (long) in.length);
    }

    static Object build(String table) {
        PyDict d = new PyDict();
        int[] cps = table.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) if (cps[i] != 0xfffe) d.put((long) cps[i], (long) i);
        return d;
    }

    static Object encode(String s, String errors, Object mapping) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] cps = s.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            byte[] piece = mapOne(cps[i], mapping);
            if (piece != null) {
                out.writeBytes(piece);
                i++;
                continue;
            }
            int end = i + 1; // a run of unencodable characters goes to the handler at once, as in CPython
            while (end < cps.length && mapOne(cps[end], mapping) == null) end++;
            switch (errors) {
                case "ignore" -> i = end;
                case "replace" -> {
                    for (int k = i; k < end; k++) out.writeBytes(replacement("?", s, i, end, mapping));
                    i = end;
                }
                default -> i = callHandler(errors, s, i, end, cps.length, mapping, out);
            }
        }
        return PyTuple.of(new PyBytes(out.toByteArray()), (long) cps.length);
    }

    /** The bytes of code point {@code cp} under {@code mapping} (None: Latin-1), or null when unmapped. */
    private static byte[] mapOne(int cp, Object mapping) {
        if (mapping == PyNone.NONE) return cp < 256 ? new byte[] {(byte) cp} : null;
        Object v;
        try {
            v = mapping instanceof PyDict d ? d.get((long) cp) : Ops.getItem(mapping, (long) cp);
        } catch (PyException e) {
            if (!e.value.type.isSubtypeOf(ExceptionTypes.LOOKUP_ERROR)) throw e;
            return null;
        }
        if (v instanceof Long l) {
            if (l < 0 || l > 255) throw Errors.typeError("character mapping must be in range(256)");
            return new byte[] {(byte) (long) l};
        }
        if (v instanceof PyBytes b) return b.toArray();
        if (v != null && v != PyNone.NONE) {
            throw Errors.typeError("character mapping must return integer, bytes or None, not " + Ops.typeName(v));
        }
        return null;
    }

    private static PyException encodeError(String s, int start, int end) {
        return new PyException(PyBaseException.create(ExceptionTypes.UNICODE_ENCODE_ERROR, "charmap", s, (long) start, (long) end,
                "character maps to <undefined>"));
    }

    /** A handler's replacement text, itself encoded through the mapping. */
    private static byte[] replacement(String text, String s, int start, int end, Object mapping) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        text.codePoints().forEach(c -> {
            byte[] piece = mapOne(c, mapping);
            if (piece == null) throw encodeError(s, start, end);
            b.writeBytes(piece);
        });
        return b.toByteArray();
    }

    /** Runs error handler {@code errors} on {@code [start, end)}; returns where encoding resumes. */
    private static int callHandler(String errors, String s, int start, int end, int length, Object mapping, ByteArrayOutputStream out) {
        PyException error = encodeError(s, start, end);
        if (errors.equals("strict")) throw error;
        Object result = Ops.call(ErrorHandlers.lookup(errors), error.value);
        if (!(result instanceof PyTuple t) || t.size() != 2) {
            throw Errors.typeError("encoding error handler must return (str/bytes, int) tuple");
        }
        Object rep = t.items[0];
        if (rep instanceof PyBytes b) out.writeBytes(b.toArray());
        else if (rep instanceof String text) out.writeBytes(replacement(text, s, start, end, mapping));
        else throw Errors.typeError("encoding error handler must return (str/bytes, int) tuple");
        long pos = Ops.index(t.items[1]);
        if (pos < 0) pos += length;
        if (pos < 0 || pos > length) throw Errors.indexError("position " + pos + " from error handler out of bounds");
        return (int) pos;
    }
}
