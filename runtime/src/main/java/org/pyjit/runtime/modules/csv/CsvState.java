package org.pyjit.runtime.modules.csv;

import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.objects.PyDict;

/**
 * What one program's {@code _csv} module remembers: the dialect registry ({@code _csv._dialects})
 * and the field size limit. Each program run gets its own, as each gets its own module.
 */
final class CsvState {
    static final long DEFAULT_FIELD_LIMIT = 128 * 1024;

    final PyDict dialects = new PyDict();
    volatile long fieldLimit = DEFAULT_FIELD_LIMIT;

    PyException error(String message) {
        return new PyException(PyBaseException.create(CsvModule.ERROR, message));
    }

    /** The registered dialect named {@code name}; {@code _csv.Error("unknown dialect")} if none. */
    Object lookup(Object name) {
        Object d = dialects.get(name);
        if (d == null) throw error("unknown dialect");
        return d;
    }
}
