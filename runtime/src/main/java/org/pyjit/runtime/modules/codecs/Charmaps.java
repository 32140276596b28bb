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
 * {@code charmap_encode}. Errors: strict, ignore, replace.
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
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            byte[] piece = null;
            if (mapping == PyNone.NONE) {
                if (cp < 256) piece = new byte[] {(byte) cp};
            } else {
                Object v;
                try {
                    v = mapping instanceof PyDict d ? d.get((long) cp) : Ops.getItem(mapping, (long) cp);
                } catch (PyException e) {
                    if (!e.value.type.isSubtypeOf(ExceptionTypes.LOOKUP_ERROR)) throw e;
                    v = null;
                }
                if (v instanceof Long l) {
                    if (l < 0 || l > 255) throw Errors.typeError("character mapping must be in range(256)");
                    piece = new byte[] {(byte) (long) l};
                } else if (v instanceof PyBytes b) {
                    piece = b.toArray();
                } else if (v != null && v != PyNone.NONE) {
                    throw Errors.typeError("character mapping must return integer, bytes or None, not " + Ops.typeName(v));
                }
            }
            if (piece == null) {
                switch (errors) {
                    case "ignore" -> { }
                    case "replace" -> out.write('?');
                    default -> throw new PyException(PyBaseException.create(ExceptionTypes.UNICODE_ENCODE_ERROR, "charmap", s,
                            (long) i, (long) i + 1, "character maps to <undefined>"));
                }
            } else {
                out.writeBytes(piece);
            }
        }
        return PyTuple.of(new PyBytes(out.toByteArray()), (long) cps.length);
    }
}
