package org.pyjit.runtime;

import java.nio.file.Path;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.imports.ImportSystem;
import org.pyjit.runtime.modules.SysModule;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyModule;

/** {@code pyjit -m NAME}: finds a module (or a package's {@code __main__}) and runs it as {@code __main__}. */
final class ModuleRunner {
    private ModuleRunner() {}

    static void runAsMain(String name) {
        Path[] found = ImportSystem.findSource(name);
        if (found != null && found[1] != null) {
            name = name + ".__main__";
            found = ImportSystem.findSource(name);
        }
        if (found == null) {
            throw Errors.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named " + name);
        }
        if (SysModule.get("argv") instanceof PyList argv && argv.size > 0) argv.items[0] = found[0].toString();
        PyModule main = new PyModule("__main__");
        main.dict.putStr("__package__", name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        // as CPython's runpy: __main__'s spec names the module that was run
        main.dict.putStr("__spec__", org.pyjit.runtime.imports.PyjitMetaPathFinder.simpleSpec(name, found[0].toString(), null, true));
        main.dict.putStr("__loader__", org.pyjit.runtime.imports.PyjitMetaPathFinder.INSTANCE);
        ImportSystem.execInto(main, "__main__", found[0], null);
    }
}
