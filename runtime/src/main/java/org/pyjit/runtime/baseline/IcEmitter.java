package org.pyjit.runtime.baseline;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;
import static org.pyjit.runtime.baseline.JvmTypes.*;
import static org.pyjit.runtime.baseline.MethodEmitter.*;

import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.Collections;
import org.pyjit.runtime.ops.CompareOp;

/**
 * The dynamic operations of baseline code: each becomes an {@code invokedynamic} inline-cache
 * site (see {@code ic/}) whose operands are on the JVM stack. Forms no site handles (calls with
 * keyword arguments or many arguments, identity and membership tests) call the generic
 * implementation directly.
 */
final class IcEmitter {
    /** Largest positional argument count passed to a call site as separate operands. */
    static final int MAX_SITE_ARGS = 8;

    private static final ClassDesc BOOTSTRAPS = desc(org.pyjit.runtime.baseline.ic.Bootstraps.class);

    private final MethodEmitter m;
    private final CodeBuilder cob;

    IcEmitter(MethodEmitter m) {
        this.m = m;
        this.cob = m.cob;
    }

    /** An {@code invokedynamic} of bootstrap {@code bootstrap}; its static arguments end with the instruction's offset. */
    private void indy(String bootstrap, MethodTypeDesc type, ConstantDesc... args) {
        ConstantDesc[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = m.currentPc;
        // (Lookup, String, MethodType, Object × n) Object: the type the JDK invokes bootstraps with (see Bootstraps)
        ClassDesc[] params = new ClassDesc[3 + all.length];
        params[0] = ConstantDescs.CD_MethodHandles_Lookup;
        params[1] = CD_String;
        params[2] = ConstantDescs.CD_MethodType;
        java.util.Arrays.fill(params, 3, params.length, CD_Object);
        DirectMethodHandleDesc bsm = java.lang.constant.MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, BOOTSTRAPS,
                bootstrap, MethodTypeDesc.of(CD_Object, params));
        cob.invokedynamic(DynamicCallSiteDesc.of(bsm, bootstrap, type, all));
        m.sites++;
    }

    /** Pushes the value of global name {@code n}. */
    void loadGlobal(int n) {
        cob.aload(F);
        indy("loadGlobal", MethodTypeDesc.of(CD_Object, FRAME), m.code.names[n]);
    }

    /** Object on the stack → its attribute {@code n}. */
    void loadAttr(int n) {
        indy("loadAttr", MethodTypeDesc.of(CD_Object, CD_Object), m.code.names[n]);
    }

    /** Object and value on the stack → stored as attribute {@code n}. */
    void storeAttr(int n) {
        indy("storeAttr", MethodTypeDesc.of(CD_void, CD_Object, CD_Object), m.code.names[n]);
    }

    /** Container and key on the stack → the item. */
    void getItem() {
        indy("subscript", objects(2));
    }

    /** Container, key and value on the stack → stored. */
    void setItem() {
        indy("subscript", MethodTypeDesc.of(CD_void, CD_Object, CD_Object, CD_Object));
    }

    /** Pushes the result of calling register {@code fn} with {@code n} arguments from register {@code first}. */
    void call(int fn, int first, int n, int kw) {
        m.pushRead(fn);
        if (kw < 0 && n <= MAX_SITE_ARGS) {
            for (int i = 0; i < n; i++) m.pushReg(first + i);
            indy("call", objects(n + 1));
            return;
        }
        m.pushArray(first, n);
        pushKwNames(kw);
        m.invokeStatic(TIER1_OPS, "call", CD_Object, CD_Object, OBJECT_ARRAY, CD_Object);
    }

    /** Pushes the result of {@code recv.name(args…)}. */
    void callMethod(int recv, int name, int first, int n, int kw) {
        m.pushRead(recv);
        if (kw < 0 && n <= MAX_SITE_ARGS) {
            for (int i = 0; i < n; i++) m.pushReg(first + i);
            indy("callMethod", objects(n + 1), m.code.names[name]);
            return;
        }
        m.pushName(name);
        m.pushArray(first, n);
        pushKwNames(kw);
        m.invokeStatic(TIER1_OPS, "callMethod", CD_Object, CD_Object, CD_String, OBJECT_ARRAY, CD_Object);
    }

    /** {@code (Object × n) Object}. */
    private static MethodTypeDesc objects(int n) {
        return MethodTypeDesc.of(CD_Object, Collections.nCopies(n, CD_Object).toArray(new ClassDesc[0]));
    }

    private void pushKwNames(int kw) {
        if (kw < 0) cob.aconst_null();
        else m.pushConst(kw);
    }

    /** Two operands on the stack → {@code a op b} (in-place form when {@code inplace}). */
    void binary(int op, boolean inplace) {
        indy("binary", objects(2), op, inplace ? 1 : 0);
    }

    /** Two operands on the stack → the comparison's result. */
    void compare(int op) {
        if (op <= CompareOp.GE.ordinal() || op == CompareOp.IN.ordinal() || op == CompareOp.NOT_IN.ordinal()) {
            indy("compare", objects(2), op);
            return;
        }
        if (op == CompareOp.IS.ordinal() || op == CompareOp.IS_NOT.ordinal()) {
            m.invokeStatic(TIER1_OPS, op == CompareOp.IS.ordinal() ? "is" : "isNot", CD_Object, CD_Object, CD_Object);
            return;
        }
        cob.loadConstant(op);
        m.invokeStatic(TIER1_OPS, "compare", CD_Object, CD_Object, CD_Object, CD_int);
    }

    /** Iterable on the stack → its iterator. */
    void iter() {
        indy("iter", objects(1));
    }

    /** Iterator on the stack → its next value or null when exhausted. */
    void next() {
        indy("next", objects(1));
    }
}
