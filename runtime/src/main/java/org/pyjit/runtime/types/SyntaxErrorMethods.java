package org.pyjit.runtime.types;

import static org.pyjit.runtime.exceptions.ExceptionTypes.SYNTAX_ERROR;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.PySyntaxError;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))}: the fields
 * and {@code __str__} ("invalid syntax (x.py, line 3)", with the file's base name).
 */
final class SyntaxErrorMethods {
    private SyntaxErrorMethods() {}

    static void install() {
        PyType t = SYNTAX_ERROR;
        Install.methodKw(t, "__init__", SyntaxErrorMethods::init);
        Install.method(t, "__str__", 0, 0,
                a -> a[0] instanceof PySyntaxError e ? str(e) : ExceptionMethods.baseStr((org.pyjit.runtime.exceptions.PyBaseException) a[0]));
        ExceptionMethods.field(t, "msg", PySyntaxError.class, e -> e.msg, (e, v) -> e.msg = v);
        ExceptionMethods.field(t, "filename", PySyntaxError.class, e -> e.filename, (e, v) -> e.filename = v);
        ExceptionMethods.field(t, "lineno", PySyntaxError.class, e -> e.lineno, (e, v) -> e.lineno = v);
        ExceptionMethods.field(t, "offset", PySyntaxError.class, e -> e.offset, (e, v) -> e.offset = v);
        ExceptionMethods.field(t, "text", PySyntaxError.class, e -> e.text, (e, v) -> e.text = v);
        ExceptionMethods.field(t, "end_lineno", PySyntaxError.class, e -> e.endLineno, (e, v) -> e.endLineno = v);
        ExceptionMethods.field(t, "end_offset", PySyntaxError.class, e -> e.endOffset, (e, v) -> e.endOffset = v);
        ExceptionMethods.field(t, "print_file_and_line", PySyntaxError.class, e -> e.printFileAndLine, (e, v) -> e.printFileAndLine = v);
    }

    private static Object init(Object[] a, String[] kw) {
        ExceptionMethods.baseInit(a, kw);
        PySyntaxError e = (PySyntaxError) a[0];
        Object[] args = e.args.items;
        if (args.length >= 1) e.msg = args[0];
        if (args.length == 2) {
            Object[] info = Install.toArray(args[1]);
            if (info.length < 4) throw Errors.typeError("function takes at least 4 arguments (" + info.length + " given)");
            if (info.length > 6) throw Errors.typeError("function takes at most 6 arguments (" + info.length + " given)");
            e.filename = info[0];
            e.lineno = info[1];
            e.offset = info[2];
            e.text = info[3];
            e.endLineno = info.length > 4 ? info[4] : null;
            e.endOffset = info.length > 5 ? info[5] : null;
            if (e.endLineno != null && e.endOffset == null) {
                throw Errors.typeError("end_offset must be provided when end_lineno is provided");
            }
        }
        return PyNone.NONE;
    }

    private static String str(PySyntaxError e) {
        String file = e.filename instanceof String s ? s.substring(s.lastIndexOf('/') + 1) : null;
        boolean haveLine = e.lineno instanceof Long;
        String msg = Ops.str(Install.orNone(e.msg));
        if (file != null && haveLine) return msg + " (" + file + ", line " + e.lineno + ")";
        if (file != null) return msg + " (" + file + ")";
        if (haveLine) return msg + " (line " + e.lineno + ")";
        return msg;
    }
}
