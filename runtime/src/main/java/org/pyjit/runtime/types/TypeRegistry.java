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
        markNewOwners();
    }

    /**
     * Tells each builtin type's {@code __new__} which type it belongs to, so that it reduces to
     * {@code getattr(type, '__new__')} as in CPython (pickle needs that for {@code __newobj_ex__}
     * below protocol 4).
     */
    private static void markNewOwners() {
        for (java.lang.reflect.Field f : BuiltinTypes.class.getFields()) {
            if (f.getType() != org.pyjit.runtime.objects.PyType.class) continue;
            try {
                var t = (org.pyjit.runtime.objects.PyType) f.get(null);
                if (t != null && t.namespace.getStr("__new__") instanceof org.pyjit.runtime.objects.PyBuiltinFunction fn
                        && fn.staticOwner == null) {
                    fn.staticOwner = t;
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
