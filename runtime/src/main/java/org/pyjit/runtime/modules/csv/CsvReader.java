package org.pyjit.runtime.modules.csv;

import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code _csv.reader}: splits the lines an iterable yields into records with CPython's state
 * machine, so quoting, escapes, embedded newlines, {@code strict} errors and
 * {@code QUOTE_NONNUMERIC} conversion behave as CPython's C parser does.
 */
final class CsvReader extends PyIterator {
    /** The end of an input line (not a character). */
    private static final int EOL = -2;

    private enum State {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    static final PyType TYPE = makeType();

    private final Object input;
    final CsvDialect dialect;
    private final CsvState state;
    private PyList fields;
    private State parse;
    private final StringBuilder field = new StringBuilder();
    private long fieldLength;
    private boolean numericField;
    long lineNumber;

    CsvReader(Object input, CsvDialect dialect, CsvState state) {
        super(TYPE);
        this.input = input;
        this.dialect = dialect;
        this.state = state;
    }

    @Override
    public Object next() {
        fields = new PyList();
        parse = State.START_RECORD;
        field.setLength(0);
        fieldLength = 0;
        numericField = false;
        do {
            Object line = Ops.next(input);
            if (line == null) {
                if (fieldLength != 0 || parse == State.IN_QUOTED_FIELD) {
                    if (dialect.strict) throw state.error("unexpected end of data");
                    saveField();
                    break;
                }
                return null;
            }
            String text = org.pyjit.runtime.types.string.Strings.asStr(line);
            if (text == null) {
                throw state.error("iterator should return strings, not " + Ops.typeName(line)
                        + " (the file should be opened in text mode)");
            }
            lineNumber++;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                process(c);
            }
            process(EOL);
        } while (parse != State.START_RECORD);
        PyList record = fields;
        fields = null;
        return record;
    }

    private void process(int c) {
        CsvDialect d = dialect;
        switch (parse) {
            case START_RECORD -> {
                if (c == EOL) return; // an empty line is an empty record
                if (c == '\n' || c == '\r') {
                    parse = State.EAT_CRNL;
                    return;
                }
                parse = State.START_FIELD;
                startField(c);
            }
            case START_FIELD -> startField(c);
            case ESCAPED_CHAR -> {
                if (c == '\n' || c == '\r') {
                    addChar(c);
                    parse = State.AFTER_ESCAPED_CRNL;
                    return;
                }
                addChar(c == EOL ? '\n' : c);
                parse = State.IN_FIELD;
            }
            case AFTER_ESCAPED_CRNL -> {
                if (c != EOL) inField(c);
            }
            case IN_FIELD -> inField(c);
            case IN_QUOTED_FIELD -> {
                if (c == EOL) return;
                if (c == d.escapechar) {
                    parse = State.ESCAPE_IN_QUOTED_FIELD;
                } else if (c == d.quotechar && d.quoting != CsvDialect.QUOTE_NONE) {
                    parse = d.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
                } else {
                    addChar(c);
                }
            }
            case ESCAPE_IN_QUOTED_FIELD -> {
                addChar(c == EOL ? '\n' : c);
                parse = State.IN_QUOTED_FIELD;
            }
            case QUOTE_IN_QUOTED_FIELD -> afterQuoteInQuotedField(c);
            case EAT_CRNL -> {
                if (c == EOL) {
                    parse = State.START_RECORD;
                } else if (c != '\n' && c != '\r') {
                    throw state.error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
                }
            }
        }
    }

    private void startField(int c) {
        CsvDialect d = dialect;
        if (c == '\n' || c == '\r' || c == EOL) {
            saveField();
            parse = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.quotechar && d.quoting != CsvDialect.QUOTE_NONE) {
            parse = State.IN_QUOTED_FIELD;
        } else if (c == d.escapechar) {
            parse = State.ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
            return; // spaces at the start of a field are dropped
        } else if (c == d.delimiter) {
            saveField();
        } else {
            if (d.quoting == CsvDialect.QUOTE_NONNUMERIC) numericField = true;
            addChar(c);
            parse = State.IN_FIELD;
        }
    }

    private void inField(int c) {
        CsvDialect d = dialect;
        if (c == '\n' || c == '\r' || c == EOL) {
            saveField();
            parse = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.escapechar) {
            parse = State.ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            saveField();
            parse = State.START_FIELD;
        } else {
            addChar(c);
        }
    }

    private void afterQuoteInQuotedField(int c) {
        CsvDialect d = dialect;
        if (d.quoting != CsvDialect.QUOTE_NONE && c == d.quotechar) {
            addChar(c); // "" inside quotes is one quote
            parse = State.IN_QUOTED_FIELD;
        } else if (c == d.delimiter) {
            saveField();
            parse = State.START_FIELD;
        } else if (c == '\n' || c == '\r' || c == EOL) {
            saveField();
            parse = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (!d.strict) {
            addChar(c);
            parse = State.IN_FIELD;
        } else {
            throw state.error("'" + Character.toString(d.delimiter) + "' expected after '" + Character.toString(d.quotechar) + "'");
        }
    }

    private void addChar(int c) {
        if (fieldLength >= state.fieldLimit) throw state.error("field larger than field limit (" + state.fieldLimit + ")");
        field.appendCodePoint(c);
        fieldLength++;
    }

    private void saveField() {
        Object value = field.toString();
        field.setLength(0);
        fieldLength = 0;
        if (numericField) {
            numericField = false;
            value = Ops.call(BuiltinTypes.FLOAT, value);
        }
        fields.append(value);
    }

    private static PyType makeType() {
        PyType t = PyIterator.makeType("reader");
        t.namespace.putStr("__module__", "_csv");
        t.namespace.putStr("__doc__", "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n");
        CsvModule.noInstances(t, "_csv.reader");
        t.namespace.putStr("dialect", new PyGetSetDescriptor(t, "dialect", o -> ((CsvReader) o).dialect, CsvModule::readonly));
        t.namespace.putStr("line_num", new PyGetSetDescriptor(t, "line_num", o -> ((CsvReader) o).lineNumber, CsvModule::readonly));
        return t;
    }
}
