package org.pyjit.runtime.io;

import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code io.StringIO}: text in memory with a position counted in code points, and CPython's
 * newline handling ({@code newline=None} turns {@code \r\n} and {@code \r} into {@code \n} when
 * written; {@code "\r"}/{@code "\r\n"} turn written {@code \n} into themselves; {@code ""} and
 * None end lines at any of the three when reading).
 */
public final class StringIOObject extends PyObject {
    public static final PyType TYPE = BuiltinTypes.make("StringIO", IoTypes.TEXT_IO_BASE, StringIOObject::new);

    private final StringBuilder buf = new StringBuilder();
    /** Position as a char index into {@link #buf} (may be past its end). */
    private int pos;
    private boolean surrogates;
    private boolean closed;
    private String newline = "\n";
    /** Newline kinds seen when written (for {@code newlines}): bit 1 \r, 2 \n, 4 \r\n. */
    private int seen;

    private StringIOObject(PyType t) {
        super(t);
    }

    private void check() {
        if (closed) throw Errors.valueError("I/O operation on closed file");
    }

    private boolean universal() {
        return newline == null || newline.isEmpty();
    }

    /** The char index of code point position {@code cp}. */
    private int charIndex(long cp) {
        if (!surrogates) return (int) cp;
        int cps = buf.codePointCount(0, buf.length());
        if (cp <= cps) return buf.offsetByCodePoints(0, (int) cp);
        return (int) (buf.length() + (cp - cps));
    }

    private long cpIndex(int ch) {
        if (!surrogates) return ch;
        if (ch <= buf.length()) return buf.codePointCount(0, ch);
        return buf.codePointCount(0, buf.length()) + (ch - buf.length());
    }

    private long write(String s) {
        check();
        long written = s.codePointCount(0, s.length());
        String text = s;
        if (universal()) {
            noteNewlines(text);
            if (newline == null) text = text.replace("\r\n", "\n").replace('\r', '\n');
        } else if (newline.equals("\r") || newline.equals("\r\n")) {
            text = text.replace("\n", newline);
        }
        if (text.isEmpty()) return written;
        for (int i = 0; i < text.length() && !surrogates; i++) if (Character.isSurrogate(text.charAt(i))) surrogates = true;
        if (pos > buf.length()) buf.append("\0".repeat(pos - buf.length()));
        if (pos == buf.length()) {
            buf.append(text);
        } else {
            int end = Math.min(buf.length(), pos + text.length());
            buf.replace(pos, end, text);
        }
        pos += text.length();
        return written;
    }

    private void noteNewlines(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                seen |= 2;
            } else if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    seen |= 4;
                    i++;
                } else {
                    seen |= 1;
                }
            }
        }
    }

    private String read(long n) {
        check();
        if (pos >= buf.length()) return "";
        int end;
        if (n < 0) end = buf.length();
        else if (!surrogates) end = (int) Math.min(buf.length(), pos + n);
        else end = buf.codePointCount(pos, buf.length()) <= n ? buf.length() : buf.offsetByCodePoints(pos, (int) n);
        String s = buf.substring(pos, end);
        pos = end;
        return s;
    }

    private String readline(long limit) {
        check();
        if (pos >= buf.length()) return "";
        int end = -1;
        int n = buf.length();
        if (universal()) {
            for (int i = pos; i < n; i++) {
                char c = buf.charAt(i);
                if (c == '\n') {
                    end = i + 1;
                    break;
                }
                if (c == '\r') {
                    end = i + 1 < n && buf.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    break;
                }
            }
        } else {
            int i = buf.indexOf(newline, pos);
            if (i >= 0) end = i + newline.length();
        }
        if (end < 0) end = n;
        if (limit >= 0 && buf.codePointCount(pos, end) > limit) end = buf.offsetByCodePoints(pos, (int) limit);
        String s = buf.substring(pos, end);
        pos = end;
        return s;
    }

    private static final ArgParser INIT = new ArgParser("StringIO", new String[] {"initial_value", "newline"}, 0, 2, 0);

    static void install() {
        PyType t = TYPE;
        t.namespace.putStr("__module__", "_io");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> ((PyType) a[0]).instanceFactory.apply((PyType) a[0])));
        t.namespace.putStr("__init__", new PyMethodDescriptor(t, "__init__", (a, kw) -> {
            Object[] p = INIT.parse(a, kw, 1);
            StringIOObject s = (StringIOObject) a[0];
            String nl = "\n";
            if (p[1] != null) {
                if (p[1] == PyNone.NONE) {
                    nl = null;
                } else {
                    nl = str(p[1]);
                    if (nl == null) throw Errors.typeError("newline must be str or None, not " + Ops.typeName(p[1]));
                    if (!(nl.isEmpty() || nl.equals("\n") || nl.equals("\r") || nl.equals("\r\n"))) {
                        throw Errors.valueError("illegal newline value: " + org.pyjit.runtime.ops.StringRepr.repr(nl));
                    }
                }
            }
            String init = "";
            if (p[0] != null && p[0] != PyNone.NONE) {
                init = str(p[0]);
                if (init == null) throw Errors.typeError("initial_value must be str or None, not " + Ops.typeName(p[0]));
            }
            s.newline = nl;
            s.buf.setLength(0);
            s.pos = 0;
            s.seen = 0;
            s.surrogates = false;
            s.write(init);
            s.pos = 0;
            return PyNone.NONE;
        }));
        m(t, "getvalue", 0, 0, a -> {
            self(a).check();
            return self(a).buf.toString();
        });
        m(t, "read", 0, 1, a -> self(a).read(FileMethods.size(a, 1)));
        m(t, "readline", 0, 1, a -> self(a).readline(FileMethods.size(a, 1)));
        m(t, "readlines", 0, 1, a -> {
            StringIOObject s = self(a);
            long hint = FileMethods.size(a, 1);
            PyList out = new PyList();
            long total = 0;
            while (true) {
                String line = s.readline(-1);
                if (line.isEmpty()) break;
                out.append(line);
                total += line.length();
                if (hint > 0 && total >= hint) break;
            }
            return out;
        });
        m(t, "write", 1, 1, a -> {
            String s = str(a[1]);
            if (s == null) throw Errors.typeError("string argument expected, got '" + Ops.typeName(a[1]) + "'");
            return self(a).write(s);
        });
        m(t, "writelines", 1, 1, a -> {
            StringIOObject so = self(a);
            so.check();
            Iteration.Cursor c = Iteration.cursor(a[1]);
            for (Object v = c.next(); v != null; v = c.next()) {
                String s = str(v);
                if (s == null) throw Errors.typeError("string argument expected, got '" + Ops.typeName(v) + "'");
                so.write(s);
            }
            return PyNone.NONE;
        });
        m(t, "seek", 1, 2, a -> {
            StringIOObject s = self(a);
            s.check();
            long off = Ops.index(a[1]);
            int whence = a.length > 2 ? (int) Ops.index(a[2]) : 0;
            if (whence < 0 || whence > 2) throw Errors.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
            if (whence == 0 && off < 0) throw Errors.valueError("Negative seek position " + off);
            if (whence == 1 && off != 0) throw Errors.of(ExceptionTypes.OS_ERROR, "Can't do nonzero cur-relative seeks");
            if (whence == 2 && off != 0) throw Errors.of(ExceptionTypes.OS_ERROR, "Can't do nonzero end-relative seeks");
            if (whence == 1) return s.cpIndex(s.pos);
            if (whence == 2) s.pos = s.buf.length();
            else s.pos = s.charIndex(off);
            return s.cpIndex(s.pos);
        });
        m(t, "tell", 0, 0, a -> {
            self(a).check();
            return self(a).cpIndex(self(a).pos);
        });
        m(t, "truncate", 0, 1, a -> {
            StringIOObject s = self(a);
            s.check();
            long size = a.length > 1 && a[1] != PyNone.NONE ? Ops.index(a[1]) : s.cpIndex(s.pos);
            if (size < 0) throw Errors.valueError("Negative size value " + size);
            int ch = s.charIndex(size);
            if (ch < s.buf.length()) s.buf.setLength(ch);
            return size;
        });
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            m(t, name, 0, 0, a -> {
                self(a).check();
                return true;
            });
        }
        m(t, "isatty", 0, 0, a -> {
            self(a).check();
            return false;
        });
        m(t, "flush", 0, 0, a -> PyNone.NONE);
        m(t, "close", 0, 0, a -> {
            self(a).closed = true;
            return PyNone.NONE;
        });
        m(t, "detach", 0, 0, a -> {
            throw IoTypes.unsupported("detach");
        });
        t.namespace.putStr("closed", new PyGetSetDescriptor(t, "closed", o -> ((StringIOObject) o).closed, null));
        t.namespace.putStr("line_buffering", new PyGetSetDescriptor(t, "line_buffering", o -> false, null));
        t.namespace.putStr("newlines", new PyGetSetDescriptor(t, "newlines", o -> ((StringIOObject) o).newlinesSeen(), null));
        m(t, "__iter__", 0, 0, a -> {
            self(a).check();
            return a[0];
        });
        m(t, "__next__", 0, 0, a -> {
            String line = self(a).readline(-1);
            if (line.isEmpty()) throw Errors.stopIteration(null);
            return line;
        });
        m(t, "__getstate__", 0, 0, a -> {
            StringIOObject s = self(a);
            return PyTuple.of(s.buf.toString(), s.newline == null ? PyNone.NONE : s.newline, s.cpIndex(s.pos),
                    s.dict == null ? PyNone.NONE : s.dict);
        });
    }

    private Object newlinesSeen() {
        if (!universal() || seen == 0) return PyNone.NONE;
        java.util.List<Object> kinds = new java.util.ArrayList<>();
        if ((seen & 1) != 0) kinds.add("\r");
        if ((seen & 2) != 0) kinds.add("\n");
        if ((seen & 4) != 0) kinds.add("\r\n");
        return kinds.size() == 1 ? kinds.get(0) : new PyTuple(kinds.toArray());
    }

    private static StringIOObject self(Object[] a) {
        return (StringIOObject) a[0];
    }

    private static String str(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyBoxed b && b.value instanceof String s) return s;
        return null;
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }
}
