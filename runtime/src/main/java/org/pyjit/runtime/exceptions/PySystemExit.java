package org.pyjit.runtime.exceptions;

import org.pyjit.runtime.objects.PyType;

/** A {@code SystemExit}: the exit code ({@code sys.exit(code)}). Fields are null until set (read as None). */
public final class PySystemExit extends PyBaseException {
    public Object code;

    public PySystemExit(PyType type) {
        super(type);
    }
}
