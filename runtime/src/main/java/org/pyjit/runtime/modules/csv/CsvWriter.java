package org.pyjit.runtime.modules.csv;

import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.number.Numbers;
import org.pyjit.runtime.exceptions.ExceptionTypes;

/**
 * {@code _csv.writer}: joins a row's fields into one line with the dialect's quoting and
 * escaping rules and hands it to the file's {@code write}, as CPython's C writer does.
 */
final class CsvWriter extends PyObject {
    static final PyType TYPE = makeType();

    private final Object write;
    final CsvDialect dialect;
    private final CsvState state;

    CsvWriter(Object write, CsvDialect dialect, CsvState state) {
        super(TYPE);
        this.write = write;
        this.dialect = dialect;
        this.state = state;
    }

    /** {@code writerow(row)}: the value {@code write} returned. */
    Object writeRow(Object row) {
        Object it;
        try {
            it = Ops.iter(row);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.TYPE_ERROR)) throw state.error("iterable expected, not " + Ops.typeName(row));
            throw e;
        }
        StringBuilder record = new StringBuilder();
        int fieldCount = 0;
        for (Object field = Ops.next(it); field != null; field = Ops.next(it)) {
            boolean quoted = switch (dialect.quoting) {
                case CsvDialect.QUOTE_NONNUMERIC -> !Numbers.isNumber(field);
                case CsvDialect.QUOTE_ALL -> true;
                default -> false;
            };
            String text = org.pyjit.runtime.types.string.Strings.asStr(field);
            if (text == null) text = field == PyNone.NONE ? "" : Ops.str(field);
            append(record, fieldCount++, text, quoted);
        }
        if (fieldCount > 0 && record.isEmpty()) {
            // a lone empty field would read back as an empty record
            if (dialect.quoting == CsvDialect.QUOTE_NONE) throw state.error("single empty field record must be quoted");
            append(record, 0, "", true);
        }
        record.append(dialect.lineterminator);
        return Ops.call(write, record.toString());
    }

    private void append(StringBuilder record, int index, String text, boolean quoted) {
        CsvDialect d = dialect;
        quoted |= needsQuotes(text);
        if (index > 0) record.appendCodePoint(d.delimiter);
        if (quoted) record.appendCodePoint(d.quotechar);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (special(c)) {
                boolean escape;
                if (d.quoting == CsvDialect.QUOTE_NONE) {
                    escape = true;
                } else if (c == d.quotechar) {
                    escape = !d.doublequote;
                    if (d.doublequote) record.appendCodePoint(d.quotechar);
                } else {
                    escape = c == d.escapechar;
                }
                if (escape) record.appendCodePoint(d.escapechar);
            }
            record.appendCodePoint(c);
        }
        if (quoted) record.appendCodePoint(d.quotechar);
    }

    /** CPython's first pass: whether a character forces quotes, and that any needed escape character exists. */
    private boolean needsQuotes(String text) {
        CsvDialect d = dialect;
        boolean quoted = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!special(c)) continue;
            boolean escape = d.quoting == CsvDialect.QUOTE_NONE
                    || (c == d.quotechar ? !d.doublequote : c == d.escapechar);
            if (escape && d.escapechar == CsvDialect.NOT_SET) throw state.error("need to escape, but no escapechar set");
            if (!escape) quoted = true;
        }
        return quoted;
    }

    private boolean special(int c) {
        CsvDialect d = dialect;
        return c == d.delimiter || c == d.escapechar || c == d.quotechar || d.lineterminator.indexOf(c) >= 0;
    }

    private static PyType makeType() {
        PyType t = BuiltinTypes.make("writer", BuiltinTypes.OBJECT);
        t.namespace.putStr("__module__", "_csv");
        t.namespace.putStr("__doc__", "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n");
        CsvModule.noInstances(t, "_csv.writer");
        t.namespace.putStr("dialect", new PyGetSetDescriptor(t, "dialect", o -> ((CsvWriter) o).dialect, CsvModule::readonly));
        t.namespace.putStr("writerow", PyMethodDescriptor.positional(t, "writerow", 1, 1, a -> ((CsvWriter) a[0]).writeRow(a[1])));
        t.namespace.putStr("writerows", PyMethodDescriptor.positional(t, "writerows", 1, 1, a -> {
            Object rows = Ops.iter(a[1]);
            for (Object row = Ops.next(rows); row != null; row = Ops.next(rows)) ((CsvWriter) a[0]).writeRow(row);
            return PyNone.NONE;
        }));
        return t;
    }
}
