package org.pyjit.runtime.modules;

import java.util.Map;
import org.pyjit.runtime.io.ErrnoCodes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;

/** The {@code errno} module: every error name of Linux with its number, and {@code errorcode} (number → name). */
public final class ErrnoModule {
    private ErrnoModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("errno");
        PyDict d = m.dict;
        PyDict errorcode = new PyDict();
        for (Map.Entry<String, Integer> e : ErrnoCodes.all().entrySet()) {
            d.putStr(e.getKey(), (long) e.getValue());
            errorcode.put((long) e.getValue(), ErrnoCodes.name(e.getValue()));
        }
        d.putStr("errorcode", errorcode);
        return m;
    }
}
