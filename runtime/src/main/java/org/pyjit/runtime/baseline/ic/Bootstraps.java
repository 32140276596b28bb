package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyjit.runtime.baseline.TypeFeedback;

/** The bootstrap methods of baseline code's {@code invokedynamic} instructions: one new inline cache per site. */
public final class Bootstraps {
    private Bootstraps() {}

    /** Records the new site as the type feedback of its instruction. */
    private static CallSite registered(MethodHandles.Lookup caller, int pc, InlineCache site) {
        TypeFeedback.register(caller, pc, site);
        return site;
    }

    public static CallSite loadAttr(MethodHandles.Lookup caller, String op, MethodType type, String name, int pc) {
        return registered(caller, pc, new AttributeLoadSite(type, name));
    }

    public static CallSite storeAttr(MethodHandles.Lookup caller, String op, MethodType type, String name, int pc) {
        return registered(caller, pc, new AttributeStoreSite(type, name));
    }

    public static CallSite loadGlobal(MethodHandles.Lookup caller, String op, MethodType type, String name, int pc) {
        return registered(caller, pc, new GlobalLoadSite(type, name));
    }

    public static CallSite binary(MethodHandles.Lookup caller, String op, MethodType type, int operator, int inplace, int pc) {
        return registered(caller, pc, new BinarySite(type, operator, inplace != 0));
    }

    public static CallSite compare(MethodHandles.Lookup caller, String op, MethodType type, int operator, int pc) {
        return registered(caller, pc, new CompareSite(type, operator));
    }

    public static CallSite call(MethodHandles.Lookup caller, String op, MethodType type, int pc) {
        return registered(caller, pc, new FunctionCallSite(type));
    }

    public static CallSite callMethod(MethodHandles.Lookup caller, String op, MethodType type, String name, int pc) {
        return registered(caller, pc, new MethodCallSite(type, name));
    }

    public static CallSite subscript(MethodHandles.Lookup caller, String op, MethodType type, int pc) {
        return registered(caller, pc, new SubscriptSite(type));
    }

    public static CallSite iter(MethodHandles.Lookup caller, String op, MethodType type, int pc) {
        return registered(caller, pc, new IterSite(type));
    }

    public static CallSite next(MethodHandles.Lookup caller, String op, MethodType type, int pc) {
        return registered(caller, pc, new IterationSite(type));
    }
}
