package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyjit.runtime.baseline.TypeFeedback;

/**
 * The bootstrap methods of baseline code's {@code invokedynamic} instructions: one new inline
 * cache per site. Their static arguments (names, operator numbers, the instruction offset) are
 * typed {@code Object} and the result {@code Object}: exactly the type with which the JDK's
 * bootstrap invoker calls a bootstrap method, so linking a site adapts no handle (with
 * {@code String}/{@code int} parameters, each baseline class's own bootstrap handles were
 * converted by {@code asType} as its first sites linked).
 */
public final class Bootstraps {
    private Bootstraps() {}

    /** Records the new site as the type feedback of its instruction. */
    private static CallSite registered(MethodHandles.Lookup caller, Object pc, InlineCache site) {
        TypeFeedback.register(caller, (Integer) pc, site);
        return site;
    }

    public static Object loadAttr(MethodHandles.Lookup caller, String op, MethodType type, Object name, Object pc) {
        return registered(caller, pc, new AttributeLoadSite(type, (String) name));
    }

    public static Object storeAttr(MethodHandles.Lookup caller, String op, MethodType type, Object name, Object pc) {
        return registered(caller, pc, new AttributeStoreSite(type, (String) name));
    }

    public static Object loadGlobal(MethodHandles.Lookup caller, String op, MethodType type, Object name, Object pc) {
        return registered(caller, pc, new GlobalLoadSite(type, (String) name));
    }

    public static Object binary(MethodHandles.Lookup caller, String op, MethodType type, Object operator, Object inplace, Object pc) {
        return registered(caller, pc, new BinarySite(type, (Integer) operator, (Integer) inplace != 0));
    }

    public static Object compare(MethodHandles.Lookup caller, String op, MethodType type, Object operator, Object pc) {
        return registered(caller, pc, new CompareSite(type, (Integer) operator));
    }

    public static Object call(MethodHandles.Lookup caller, String op, MethodType type, Object pc) {
        return registered(caller, pc, new FunctionCallSite(type));
    }

    public static Object callMethod(MethodHandles.Lookup caller, String op, MethodType type, Object name, Object pc) {
        return registered(caller, pc, new MethodCallSite(type, (String) name));
    }

    public static Object subscript(MethodHandles.Lookup caller, String op, MethodType type, Object pc) {
        return registered(caller, pc, new SubscriptSite(type));
    }

    public static Object iter(MethodHandles.Lookup caller, String op, MethodType type, Object pc) {
        return registered(caller, pc, new IterSite(type));
    }

    public static Object next(MethodHandles.Lookup caller, String op, MethodType type, Object pc) {
        return registered(caller, pc, new IterationSite(type));
    }
}
