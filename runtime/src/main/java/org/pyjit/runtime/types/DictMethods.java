package org.pyjit.runtime.types;

/** Installs the methods of the builtin type(s) named in the class name. (Being written.) */
final class DictMethods {
    private DictMethods() {}

    static void install() {}
}
