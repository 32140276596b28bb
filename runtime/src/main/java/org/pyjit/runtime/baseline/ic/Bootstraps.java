package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** The bootstrap methods of baseline code's {@code invokedynamic} instructions: one new inline cache per site. */
public final class Bootstraps {
    private Bootstraps() {}

    public static CallSite loadAttr(MethodHandles.Lookup caller, String op, MethodType type, String name) {
        return new AttributeLoadSite(type, name);
    }

    public static CallSite storeAttr(MethodHandles.Lookup caller, String op, MethodType type, String name) {
        return new AttributeStoreSite(type, name);
    }

    public static CallSite loadGlobal(MethodHandles.Lookup caller, String op, MethodType type, String name) {
        return new GlobalLoadSite(type, name);
    }

    public static CallSite binary(MethodHandles.Lookup caller, String op, MethodType type, int operator, int inplace) {
        return new BinarySite(type, operator, inplace != 0);
    }

    public static CallSite compare(MethodHandles.Lookup caller, String op, MethodType type, int operator) {
        return new CompareSite(type, operator);
    }

    public static CallSite call(MethodHandles.Lookup caller, String op, MethodType type) {
        return new FunctionCallSite(type);
    }

    public static CallSite callMethod(MethodHandles.Lookup caller, String op, MethodType type, String name) {
        return new MethodCallSite(type, name);
    }

    public static CallSite subscript(MethodHandles.Lookup caller, String op, MethodType type) {
        return new SubscriptSite(type);
    }

    public static CallSite iter(MethodHandles.Lookup caller, String op, MethodType type) {
        return new IterSite(type);
    }

    public static CallSite next(MethodHandles.Lookup caller, String op, MethodType type) {
        return new IterationSite(type);
    }
}
