package org.pyjit.runtime.types;

/** Installs the methods of the builtin type(s) named in the class name. (Being written.) */
final class ModuleMethods {
    private ModuleMethods() {}

    static void install() {}
}
