package org.pyjit.runtime.types;

import org.pyjit.runtime.builtins.BuiltinsModule;

/**
 * Installs the methods of every builtin type, once per JVM, after {@link BuiltinTypes} and the
 * exception classes exist (kept apart from their class initialization, so there are no cycles).
 */
public final class TypeRegistry {
    private TypeRegistry() {}

    private static boolean done;

    public static synchronized void bootstrap() {
        if (done) return;
        done = true;
        ObjectMethods.install();
        TypeMethods.install();
        IntMethods.install();
        FloatMethods.install();
        ComplexMethods.install();
        StrMethods.install();
        BytesMethods.install();
        ListMethods.install();
        TupleMethods.install();
        DictMethods.install();
        SetMethods.install();
        RangeMethods.install();
        SliceMethods.install();
        IteratorPickling.install();
        FunctionMethods.install();
        DescriptorMethods.install();
        ExceptionMethods.install();
        SingletonMethods.install();
        ModuleMethods.install();
        BuiltinsModule.install();
    }
}
