package org.pyjit.runtime.builtins;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.io.FileMethods;
import org.pyjit.runtime.io.FileOpener;
import org.pyjit.runtime.io.IoTypes;
import org.pyjit.runtime.io.PyTextFile;
import org.pyjit.runtime.modules.SysModule;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;

/** The builtins that do I/O: print, input, open. */
public final class IoBuiltins {
    private IoBuiltins() {}

    static void install(PyDict ns) {
        FileMethods.install();
        BuiltinsModule.define(ns, new PyBuiltinFunction("print", "builtins", IoBuiltins::print));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("input", "builtins", 0, 1, a -> input(a.length > 0 ? a[0] : null)));
        BuiltinsModule.define(ns, new PyBuiltinFunction("open", "builtins", FileOpener::open));
    }

    /** {@code print(*objects, sep=' ', end='\n', file=None, flush=False)}. */
    public static Object print(Object[] args, String[] kwnames) {
        Object[] opts = Kw.options("print", args, kwnames, "sep", "end", "file", "flush");
        Object file = opts[2];
        if (file == null || file == PyNone.NONE) {
            file = SysModule.stdout();
            if (file == null) throw Errors.runtimeError("lost sys.stdout");
            if (file == PyNone.NONE) return PyNone.NONE;
        }
        String sep = separator(opts[0], "sep", " ");
        String end = separator(opts[1], "end", "\n");
        int n = Kw.positionalCount(args, kwnames);
        if (file instanceof PyTextFile f && f.type == IoTypes.TEXT_IO_WRAPPER) {
            // one write of the whole line: a text file cannot tell the difference from several
            if (n == 1) {
                String s = Ops.str(args[0]);
                f.write(end.equals("\n") ? s.concat("\n") : s + end);
            } else {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    if (i > 0) b.append(sep);
                    b.append(Ops.str(args[i]));
                }
                f.write(b.append(end).toString());
            }
        } else {
            Object write = Ops.getAttr(file, "write");
            for (int i = 0; i < n; i++) {
                if (i > 0) Ops.call(write, sep);
                Ops.call(write, Ops.str(args[i]));
            }
            Ops.call(write, end);
        }
        if (opts[3] != null && Ops.isTrue(opts[3])) Ops.call(Ops.getAttr(file, "flush"));
        return PyNone.NONE;
    }

    private static String separator(Object o, String what, String dflt) {
        if (o == null || o == PyNone.NONE) return dflt;
        String s = Kw.strOrNull(o);
        if (s == null) throw Errors.typeError(what + " must be None or a string, not " + Ops.typeName(o));
        return s;
    }

    /** {@code input(prompt)}: prompt on stdout, one line from stdin without its newline. */
    public static String input(Object prompt) {
        Object in = SysModule.stdin(), out = SysModule.stdout(), err = SysModule.stderr();
        if (in == null || in == PyNone.NONE) throw Errors.runtimeError("input(): lost sys.stdin");
        if (out == null || out == PyNone.NONE) throw Errors.runtimeError("input(): lost sys.stdout");
        if (err != null && err != PyNone.NONE) {
            try {
                Ops.call(Ops.getAttr(err, "flush"));
            } catch (PyException ignored) {
                // CPython ignores a failing stderr flush here too
            }
        }
        if (prompt != null) Ops.call(Ops.getAttr(out, "write"), Ops.str(prompt));
        Ops.call(Ops.getAttr(out, "flush"));
        Object line = in instanceof PyTextFile f ? f.readline(-1) : Ops.call(Ops.getAttr(in, "readline"));
        String s = Kw.strOrNull(line);
        if (s == null) throw Errors.typeError("object.readline() returned non-string");
        if (s.isEmpty()) throw Errors.of(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
