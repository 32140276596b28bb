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
        Install.method(t, "__str__", 0, 0, a -> str((PySyntaxError) a[0]));
        ExceptionMethods.field(t, "msg", o -> ((PySyntaxError) o).msg, (o, v) -> ((PySyntaxError) o).msg = v);
        ExceptionMethods.field(t, "filename", o -> ((PySyntaxError) o).filename, (o, v) -> ((PySyntaxError) o).filename = v);
        ExceptionMethods.field(t, "lineno", o -> ((PySyntaxError) o).lineno, (o, v) -> ((PySyntaxError) o).lineno = v);
        ExceptionMethods.field(t, "offset", o -> ((PySyntaxError) o).offset, (o, v) -> ((PySyntaxError) o).offset = v);
        ExceptionMethods.field(t, "text", o -> ((PySyntaxError) o).text, (o, v) -> ((PySyntaxError) o).text = v);
        ExceptionMethods.field(t, "end_lineno", o -> ((PySyntaxError) o).endLineno, (o, v) -> ((PySyntaxError) o).endLineno = v);
        ExceptionMethods.field(t, "end_offset", o -> ((PySyntaxError) o).endOffset, (o, v) -> ((PySyntaxError) o).endOffset = v);
        ExceptionMethods.field(t, "print_file_and_line", o -> ((PySyntaxError) o).printFileAndLine,
                (o, v) -> ((PySyntaxError) o).printFileAndLine = v);
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
