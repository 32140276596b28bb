package org.pyjit.runtime.baseline;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;
import static org.pyjit.runtime.baseline.JvmTypes.*;
import static org.pyjit.runtime.baseline.MethodEmitter.*;

import java.lang.classfile.CodeBuilder;

/**
 * The dynamic operations of baseline code: each becomes an {@code invokedynamic} inline-cache
 * site (see {@code ic/}) whose operands are on the JVM stack.
 */
final class IcEmitter {
    private final MethodEmitter m;
    private final CodeBuilder cob;

    IcEmitter(MethodEmitter m) {
        this.m = m;
        this.cob = m.cob;
    }

    /** Pushes the value of global name {@code n}. */
    void loadGlobal(int n) {
        cob.aload(F);
        m.pushName(n);
        m.invokeStatic(TIER1_OPS, "loadGlobal", CD_Object, FRAME, CD_String);
    }

    /** Object on the stack → its attribute {@code n}. */
    void loadAttr(int n) {
        m.pushName(n);
        m.invokeStatic(OPS, "getAttr", CD_Object, CD_Object, CD_String);
    }

    /** Object and value on the stack → stored as attribute {@code n}. */
    void storeAttr(int n) {
        m.pushName(n);
        m.invokeStatic(TIER1_OPS, "setAttr", CD_void, CD_Object, CD_Object, CD_String);
    }

    /** Container and key on the stack → the item. */
    void getItem() {
        m.invokeStatic(OPS, "getItem", CD_Object, CD_Object, CD_Object);
    }

    /** Container, key and value on the stack → stored. */
    void setItem() {
        m.invokeStatic(OPS, "setItem", CD_void, CD_Object, CD_Object, CD_Object);
    }

    /** Pushes the result of calling register {@code fn} with {@code n} arguments from register {@code first}. */
    void call(int fn, int first, int n, int kw) {
        m.pushRead(fn);
        cob.aload(R).loadConstant(first).loadConstant(n);
        pushKwNames(kw);
        m.invokeStatic(TIER1_OPS, "call", CD_Object, CD_Object, OBJECT_ARRAY, CD_int, CD_int, CD_Object);
    }

    /** Pushes the result of {@code recv.name(args…)}. */
    void callMethod(int recv, int name, int first, int n, int kw) {
        m.pushRead(recv);
        m.pushName(name);
        cob.aload(R).loadConstant(first).loadConstant(n);
        pushKwNames(kw);
        m.invokeStatic(TIER1_OPS, "callMethod", CD_Object, CD_Object, CD_String, OBJECT_ARRAY, CD_int, CD_int, CD_Object);
    }

    private void pushKwNames(int kw) {
        if (kw < 0) cob.aconst_null();
        else m.pushConst(kw);
    }

    /** Two operands on the stack → {@code a op b} (in-place form when {@code inplace}). */
    void binary(int op, boolean inplace) {
        cob.loadConstant(op);
        m.invokeStatic(TIER1_OPS, inplace ? "inplace" : "binary", CD_Object, CD_Object, CD_Object, CD_int);
    }

    /** Two operands on the stack → the comparison's result. */
    void compare(int op) {
        cob.loadConstant(op);
        m.invokeStatic(TIER1_OPS, "compare", CD_Object, CD_Object, CD_Object, CD_int);
    }

    /** Iterator on the stack → its next value or null when exhausted. */
    void next() {
        m.invokeStatic(TIER1_OPS, "next", CD_Object, CD_Object);
    }
}
