package org.pyjit.runtime.imports;

import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.ops.Ops;

/**
 * The {@code _warnings} module, as far as pyjit has one: {@code importlib} needs it to exist and
 * calls {@code _warnings.warn}. It has no filter state of its own, so {@code warnings} takes its
 * pure-Python implementation (its {@code from _warnings import filters, ...} fails), and
 * {@code warn}/{@code warn_explicit} here forward to that one.
 */
public final class WarningsModule {
    private WarningsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_warnings");
        for (String name : new String[] {"warn", "warn_explicit"}) {
            m.dict.putStr(name, new PyBuiltinFunction(name, "_warnings", (args, kwnames) -> {
                Object warnings = ImportSystem.importModule("warnings");
                return Ops.callKw(Ops.getAttr(warnings, name), args, kwnames == null ? new String[0] : kwnames);
            }));
        }
        return m;
    }
}
