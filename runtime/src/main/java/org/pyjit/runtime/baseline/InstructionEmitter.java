package org.pyjit.runtime.baseline;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;
import static org.pyjit.runtime.baseline.JvmTypes.*;
import static org.pyjit.runtime.baseline.MethodEmitter.*;

import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import org.pyjit.compiler.bytecode.Opcode;

/**
 * JVM code for each register-bytecode instruction: what the interpreter's case does, as calls
 * into {@link Tier1Ops}, {@link org.pyjit.runtime.interpreter.Tier1Support}, {@code Ops} and the
 * inline caches, on registers held in JVM locals, with jumps as JVM branches.
 */
final class InstructionEmitter {
    private static final ClassDesc OBJECTS = OBJECT_ARRAY;
    private static final ClassDesc PATTERN_MATCHING = ClassDesc.of(org.pyjit.runtime.ops.PatternMatching.class.getName());

    private final MethodEmitter m;
    private final CodeBuilder cob;
    private final int[] c;
    private final IcEmitter ic;

    InstructionEmitter(MethodEmitter m) {
        this.m = m;
        this.cob = m.cob;
        this.c = m.c;
        this.ic = new IcEmitter(m);
    }

    /** Whether the instruction cannot raise, even by a Java exception (its offset need not be recorded). */
    private static boolean neverRaises(Opcode op) {
        return op == Opcode.NOP || op == Opcode.JUMP || op == Opcode.LOAD_CONST;
    }

    void emit(int pc) {
        Opcode op = Opcode.of(c[pc]);
        if (!neverRaises(op)) m.setIp(pc); // the exception step and the JVM handler ranges agree on the instruction
        if (!emitAccess(op, pc) && !emitOperation(op, pc) && !emitBuild(op, pc) && !emitControl(op, pc)
                && !emitGenerator(op, pc) && !emitMatch(op, pc)) {
            m.deoptAt(pc); // an instruction baseline code does not run: the interpreter continues here
        }
    }

    private void ops(String name, ClassDesc ret, ClassDesc... params) {
        m.invokeStatic(TIER1_OPS, name, ret, params);
    }

    private void support(String name, ClassDesc ret, ClassDesc... params) {
        m.invokeStatic(TIER1_SUPPORT, name, ret, params);
    }

    /** Loads and stores of registers, names, cells and attributes. */
    private boolean emitAccess(Opcode op, int pc) {
        int a = op.operandCount > 0 ? c[pc + 1] : 0;
        switch (op) {
            case NOP -> { }
            case LOAD_CONST -> {
                m.pushConst(c[pc + 2]);
                m.store(a);
            }
            case MOVE -> {
                m.pushRead(c[pc + 2]);
                m.store(a);
            }
            case DELETE_FAST -> {
                m.pushRead(a);
                cob.pop().aconst_null();
                m.store(a);
            }
            case LOAD_GLOBAL -> {
                ic.loadGlobal(c[pc + 2]);
                m.store(a);
            }
            case STORE_GLOBAL -> {
                cob.aload(F);
                m.pushName(a);
                m.pushRead(c[pc + 2]);
                ops("storeGlobal", CD_void, FRAME, CD_String, CD_Object);
            }
            case DELETE_GLOBAL -> {
                cob.aload(F);
                m.pushName(a);
                ops("deleteGlobal", CD_void, FRAME, CD_String);
            }
            case LOAD_NAME -> {
                cob.aload(F);
                m.pushName(c[pc + 2]);
                support("loadName", CD_Object, FRAME, CD_String);
                m.store(a);
            }
            case STORE_NAME -> {
                cob.aload(F);
                m.pushName(a);
                m.pushRead(c[pc + 2]);
                support("storeName", CD_void, FRAME, CD_String, CD_Object);
            }
            case DELETE_NAME -> {
                cob.aload(F);
                m.pushName(a);
                support("deleteName", CD_void, FRAME, CD_String);
            }
            case LOAD_DEREF -> {
                m.pushReg(c[pc + 2]);
                cob.loadConstant(c[pc + 2]).aload(F);
                ops("loadDeref", CD_Object, CD_Object, CD_int, FRAME);
                m.store(a);
            }
            case STORE_DEREF -> {
                m.pushReg(a);
                m.pushRead(c[pc + 2]);
                ops("storeDeref", CD_void, CD_Object, CD_Object);
            }
            case DELETE_DEREF -> {
                m.pushReg(a);
                cob.loadConstant(a).aload(F);
                ops("deleteDeref", CD_void, CD_Object, CD_int, FRAME);
            }
            case LOAD_CLASSDEREF -> {
                cob.aload(F).loadConstant(c[pc + 2]);
                m.pushName(c[pc + 3]);
                support("loadClassDeref", CD_Object, FRAME, CD_int, CD_String);
                m.store(a);
            }
            case LOAD_ATTR -> {
                m.pushRead(c[pc + 2]);
                ic.loadAttr(c[pc + 3]);
                m.store(a);
            }
            case STORE_ATTR -> {
                m.pushRead(a);
                m.pushRead(c[pc + 3]);
                ic.storeAttr(c[pc + 2]);
            }
            case DELETE_ATTR -> {
                m.pushRead(a);
                m.pushName(c[pc + 2]);
                m.invokeStatic(OPS, "delAttr", CD_void, CD_Object, CD_String);
            }
            case SUBSCR -> {
                m.pushRead(c[pc + 2]);
                m.pushRead(c[pc + 3]);
                ic.getItem();
                m.store(a);
            }
            case STORE_SUBSCR -> {
                m.pushRead(a);
                m.pushRead(c[pc + 2]);
                m.pushRead(c[pc + 3]);
                ic.setItem();
            }
            case DELETE_SUBSCR -> {
                m.pushRead(a);
                m.pushRead(c[pc + 2]);
                m.invokeStatic(OPS, "delItem", CD_void, CD_Object, CD_Object);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Calls and operators. */
    private boolean emitOperation(Opcode op, int pc) {
        int a = op.operandCount > 0 ? c[pc + 1] : 0;
        switch (op) {
            case CALL -> {
                m.setFramePc(pc);
                ic.call(c[pc + 2], c[pc + 3], c[pc + 4], c[pc + 5]);
                m.store(a);
            }
            case CALL_METHOD -> {
                m.setFramePc(pc);
                ic.callMethod(c[pc + 2], c[pc + 3], c[pc + 4], c[pc + 5], c[pc + 6]);
                m.store(a);
            }
            case CALL_EX -> {
                m.setFramePc(pc);
                m.pushRead(c[pc + 2]);
                m.pushRead(c[pc + 3]);
                m.pushOptional(c[pc + 4]);
                support("callEx", CD_Object, CD_Object, CD_Object, CD_Object);
                m.store(a);
            }
            case BINARY, INPLACE -> {
                m.pushRead(c[pc + 3]);
                m.pushRead(c[pc + 4]);
                ic.binary(c[pc + 2], op == Opcode.INPLACE);
                m.store(a);
            }
            case STR_APPEND -> {
                // text appends in place; anything else takes the in-place add site (and its type feedback)
                java.lang.classfile.Label site = cob.newLabel(), done = cob.newLabel();
                m.pushRead(c[pc + 2]);
                m.pushRead(c[pc + 3]);
                m.invokeStatic(STR_ACCUMULATOR, "appendsText", CD_boolean, CD_Object, CD_Object);
                cob.ifeq(site);
                m.pushReg(c[pc + 2]);
                m.pushReg(c[pc + 3]);
                m.invokeStatic(STR_ACCUMULATOR, "append", CD_Object, CD_Object, CD_Object);
                cob.goto_(done);
                cob.labelBinding(site);
                m.pushReg(c[pc + 2]);
                m.invokeStatic(STR_ACCUMULATOR, "seal", CD_Object, CD_Object);
                m.pushReg(c[pc + 3]);
                ic.binary(0, true); // 0: ADD
                cob.labelBinding(done);
                m.store(a);
            }
            case STR_SEAL -> {
                m.pushReg(a);
                m.invokeStatic(STR_ACCUMULATOR, "seal", CD_Object, CD_Object);
                m.store(a);
            }
            case UNARY -> {
                m.pushRead(c[pc + 3]);
                cob.loadConstant(c[pc + 2]);
                ops("unary", CD_Object, CD_Object, CD_int);
                m.store(a);
            }
            case COMPARE -> {
                m.pushRead(c[pc + 3]);
                m.pushRead(c[pc + 4]);
                ic.compare(c[pc + 2]);
                m.store(a);
            }
            case TO_BOOL -> {
                m.pushRead(c[pc + 2]);
                ops("toBool", CD_Object, CD_Object);
                m.store(a);
            }
            case GET_ITER -> {
                m.pushRead(c[pc + 2]);
                ic.iter();
                m.store(a);
            }
            case IMPORT_NAME -> {
                m.setFramePc(pc);
                cob.aload(F);
                m.pushName(c[pc + 2]);
                m.pushConst(c[pc + 3]);
                cob.loadConstant(c[pc + 4]);
                ops("importName", CD_Object, FRAME, CD_String, CD_Object, CD_int);
                m.store(a);
            }
            case IMPORT_FROM -> {
                m.pushRead(c[pc + 2]);
                m.pushName(c[pc + 3]);
                m.invokeStatic(IMPORT_SYSTEM, "importFrom", CD_Object, CD_Object, CD_String);
                m.store(a);
            }
            case IMPORT_STAR -> {
                cob.aload(F);
                m.pushRead(a);
                ops("importStar", CD_void, FRAME, CD_Object);
            }
            case WITH_ENTER -> {
                m.setFramePc(pc);
                m.pushRead(c[pc + 3]);
                ops("withEnter", OBJECTS, CD_Object);
                cob.dup().iconst_1().aaload();
                m.store(c[pc + 2]);
                cob.iconst_0().aaload();
                m.store(a);
            }
            case WITH_EXIT -> {
                m.setFramePc(pc);
                m.pushReg(c[pc + 2]);
                if (c[pc + 3] < 0) cob.aconst_null();
                else m.pushReg(c[pc + 3]);
                ops("withExit", CD_Object, CD_Object, CD_Object);
                m.store(a);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Displays, unpacking, functions and the small constant loads. */
    private boolean emitBuild(Opcode op, int pc) {
        int a = op.operandCount > 0 ? c[pc + 1] : 0;
        switch (op) {
            case BUILD_LIST, BUILD_TUPLE, BUILD_SET, BUILD_STRING -> {
                m.pushArray(c[pc + 2], c[pc + 3]);
                ops(switch (op) {
                    case BUILD_LIST -> "list";
                    case BUILD_TUPLE -> "tuple";
                    case BUILD_SET -> "set";
                    default -> "string";
                }, CD_Object, OBJECTS);
                m.store(a);
            }
            case BUILD_MAP -> {
                m.pushArray(c[pc + 2], 2 * c[pc + 3]);
                ops("map", CD_Object, OBJECTS);
                m.store(a);
            }
            case BUILD_SLICE -> {
                m.pushOptional(c[pc + 2]);
                m.pushOptional(c[pc + 3]);
                m.pushOptional(c[pc + 4]);
                ops("slice", CD_Object, CD_Object, CD_Object, CD_Object);
                m.store(a);
            }
            case LIST_APPEND -> {
                m.pushReg(a);
                m.pushRead(c[pc + 2]);
                ops("listAppend", CD_void, CD_Object, CD_Object);
            }
            case SET_ADD -> {
                m.pushReg(a);
                m.pushRead(c[pc + 2]);
                support("setAdd", CD_void, CD_Object, CD_Object);
            }
            case MAP_ADD -> {
                m.pushReg(a);
                m.pushRead(c[pc + 2]);
                m.pushRead(c[pc + 3]);
                m.invokeStatic(OPS, "setItem", CD_void, CD_Object, CD_Object, CD_Object);
            }
            case LIST_EXTEND -> {
                m.pushReg(a);
                m.pushRead(c[pc + 2]);
                if (c[pc + 3] < 0) cob.aconst_null();
                else m.pushReg(c[pc + 3]);
                support("listExtend", CD_void, CD_Object, CD_Object, CD_Object);
            }
            case SET_UPDATE, DICT_UPDATE -> {
                m.pushReg(a);
                m.pushRead(c[pc + 2]);
                support(op == Opcode.SET_UPDATE ? "setUpdate" : "dictUpdate", CD_void, CD_Object, CD_Object);
            }
            case DICT_MERGE -> {
                m.pushReg(a);
                m.pushRead(c[pc + 2]);
                m.pushReg(c[pc + 3]);
                support("dictMerge", CD_void, CD_Object, CD_Object, CD_Object);
            }
            case LIST_TO_TUPLE -> {
                m.pushReg(c[pc + 2]);
                ops("listToTuple", CD_Object, CD_Object);
                m.store(a);
            }
            case FORMAT -> {
                m.pushRead(c[pc + 2]);
                cob.loadConstant(c[pc + 3]);
                if (c[pc + 4] < 0) cob.aconst_null();
                else m.pushReg(c[pc + 4]);
                support("format", CD_Object, CD_Object, CD_int, CD_Object);
                m.store(a);
            }
            case UNPACK -> {
                m.pushRead(c[pc + 3]);
                cob.loadConstant(c[pc + 2]);
                ops("unpack", OBJECTS, CD_Object, CD_int);
                m.storeArray(a, c[pc + 2]);
            }
            case UNPACK_EX -> {
                m.pushRead(c[pc + 4]);
                cob.loadConstant(c[pc + 2]).loadConstant(c[pc + 3]);
                ops("unpackEx", OBJECTS, CD_Object, CD_int, CD_int);
                m.storeArray(a, c[pc + 2] + 1 + c[pc + 3]);
            }
            case MAKE_FUNCTION -> {
                cob.aload(F);
                m.pushConst(c[pc + 2]);
                for (int i = 3; i <= 6; i++) m.pushOptional(c[pc + i]);
                ops("makeFunction", CD_Object, FRAME, CD_Object, CD_Object, CD_Object, CD_Object, CD_Object);
                m.store(a);
            }
            case LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, LOAD_STOP_ASYNC_ITERATION, LOAD_LOCALS -> {
                if (op == Opcode.LOAD_LOCALS) {
                    cob.aload(F);
                    support("locals", CD_Object, FRAME);
                } else {
                    support(switch (op) {
                        case LOAD_BUILD_CLASS -> "buildClassFunction";
                        case LOAD_ASSERTION_ERROR -> "assertionError";
                        default -> "stopAsyncIteration";
                    }, CD_Object);
                }
                m.store(a);
            }
            case SETUP_ANNOTATIONS -> {
                cob.aload(F);
                support("setupAnnotations", CD_void, FRAME);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Pattern matching: calls to the helpers the interpreter uses. */
    private boolean emitMatch(Opcode op, int pc) {
        int a = op.operandCount > 0 ? c[pc + 1] : 0;
        switch (op) {
            case GET_LEN, MATCH_SEQUENCE, MATCH_MAPPING -> {
                m.setFramePc(pc);
                m.pushRead(c[pc + 2]);
                matching(op == Opcode.GET_LEN ? "getLen" : op == Opcode.MATCH_SEQUENCE ? "isSequence" : "isMapping",
                        CD_Object, CD_Object);
                m.store(a);
            }
            case MATCH_KEYS, COPY_DICT_WITHOUT_KEYS -> {
                m.setFramePc(pc);
                m.pushRead(c[pc + 2]);
                m.pushRead(c[pc + 3]);
                matching(op == Opcode.MATCH_KEYS ? "matchKeys" : "copyDictWithoutKeys", CD_Object, CD_Object, CD_Object);
                m.store(a);
            }
            case MATCH_CLASS -> {
                m.setFramePc(pc);
                m.pushRead(c[pc + 2]);
                m.pushRead(c[pc + 3]);
                cob.loadConstant(c[pc + 4]);
                m.pushConst(c[pc + 5]);
                cob.checkcast(CD_String.arrayType());
                matching("matchClass", CD_Object, CD_Object, CD_Object, CD_int, CD_String.arrayType());
                m.store(a);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void matching(String name, ClassDesc ret, ClassDesc... params) {
        m.invokeStatic(PATTERN_MATCHING, name, ret, params);
    }

    /** Suspension and delegation in generators and coroutines. */
    private boolean emitGenerator(Opcode op, int pc) {
        int a = op.operandCount > 0 ? c[pc + 1] : 0;
        switch (op) {
            case YIELD -> {
                cob.aload(F);
                m.pushRead(c[pc + 2]);
                cob.loadConstant(a).loadConstant(pc);
                support("yieldValue", CD_Object, FRAME, CD_Object, CD_int, CD_int);
                m.spillAll();
                cob.areturn();
            }
            case YIELD_FROM -> {
                cob.aload(F);
                m.pushReg(c[pc + 2]);
                cob.loadConstant(pc);
                support("yieldFrom", CD_Object, FRAME, CD_Object, CD_int);
                cob.astore(TMP).aload(TMP);
                support("isYielded", CD_boolean, CD_Object);
                java.lang.classfile.Label done = cob.newLabel();
                cob.ifeq(done);
                m.spillAll();
                cob.aload(TMP).areturn();
                cob.labelBinding(done);
                cob.aload(TMP);
                support("doneValue", CD_Object, CD_Object);
                m.store(a);
                cob.aconst_null().astore(TMP);
            }
            case GET_YIELD_FROM_ITER, GET_AWAITABLE, GET_ANEXT -> {
                cob.aload(F);
                m.pushRead(c[pc + 2]);
                support(op == Opcode.GET_YIELD_FROM_ITER ? "getYieldFromIter" : op == Opcode.GET_AWAITABLE ? "getAwaitable"
                        : "getAnext", CD_Object, FRAME, CD_Object);
                m.store(a);
            }
            case GET_AITER -> {
                m.pushRead(c[pc + 2]);
                support("getAiter", CD_Object, CD_Object);
                m.store(a);
            }
            case ASYNC_WITH_ENTER -> {
                m.setFramePc(pc);
                m.pushRead(c[pc + 3]);
                support("asyncWithEnter", OBJECTS, CD_Object);
                cob.dup().iconst_1().aaload();
                m.store(c[pc + 2]);
                cob.iconst_0().aaload();
                m.store(a);
            }
            case ASYNC_WITH_EXIT -> {
                m.setFramePc(pc);
                m.pushReg(c[pc + 2]);
                if (c[pc + 3] < 0) cob.aconst_null();
                else m.pushReg(c[pc + 3]);
                support("asyncWithExit", CD_Object, CD_Object, CD_Object);
                m.store(a);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** At a loop back-edge: lets other threads run when one asked for the global lock. */
    private void emitSwitchCheck() {
        var skip = cob.newLabel();
        cob.getstatic(GLOBAL_LOCK, "switchRequested", CD_boolean);
        cob.ifeq(skip);
        m.invokeStatic(GLOBAL_LOCK, "yieldToWaiters", CD_void);
        cob.labelBinding(skip);
    }

    /** Jumps, loops, returns and exceptions. */
    private boolean emitControl(Opcode op, int pc) {
        switch (op) {
            case JUMP -> {
                int target = c[pc + 1];
                if (target <= pc) emitSwitchCheck();
                if (target < pc && !m.isGenerator()) {
                    // a loop's back-edge: the native tier may want the frame back at the header (OSR)
                    cob.aload(F).loadConstant(target);
                    cob.invokestatic(NATIVE_TIER, "tier1BackEdge", MethodTypeDesc.of(CD_boolean, FRAME, CD_int));
                    cob.ifeq(m.labels[target]);
                    m.deoptAt(target);
                } else {
                    cob.goto_(m.labels[target]);
                }
            }
            case JUMP_IF_FALSE, JUMP_IF_TRUE -> {
                if (c[pc + 2] <= pc) emitSwitchCheck();
                m.pushRead(c[pc + 1]);
                ops("isTrue", CD_boolean, CD_Object);
                if (op == Opcode.JUMP_IF_FALSE) cob.ifeq(m.labels[c[pc + 2]]);
                else cob.ifne(m.labels[c[pc + 2]]);
            }
            case FOR_ITER -> {
                m.pushReg(c[pc + 2]);
                ic.next();
                cob.astore(TMP).aload(TMP).ifnull(m.labels[c[pc + 3]]);
                cob.aload(TMP);
                m.store(c[pc + 1]);
                cob.aconst_null().astore(TMP);
            }
            case RETURN -> {
                cob.aload(F).loadConstant(pc);
                m.pushRead(c[pc + 1]);
                support("finish", CD_Object, FRAME, CD_int, CD_Object);
                cob.areturn();
            }
            case RAISE -> {
                m.setFramePc(pc);
                cob.aload(TS);
                m.pushOptional(c[pc + 1]);
                m.pushOptional(c[pc + 2]);
                cob.loadConstant(c[pc + 1] < 0 ? 1 : 0);
                support("raise", PY_EXCEPTION, THREAD_STATE, CD_Object, CD_Object, CD_boolean);
                cob.athrow();
            }
            case RERAISE -> {
                cob.aload(F);
                m.pushReg(c[pc + 1]);
                support("reraise", PY_EXCEPTION, FRAME, CD_Object);
                cob.athrow();
            }
            case PUSH_EXC_INFO -> {
                cob.aload(TS);
                m.pushReg(c[pc + 2]);
                ops("pushExcInfo", CD_Object, THREAD_STATE, CD_Object);
                m.store(c[pc + 1]);
            }
            case POP_EXC_INFO -> {
                cob.aload(TS);
                m.pushReg(c[pc + 1]);
                ops("popExcInfo", CD_void, THREAD_STATE, CD_Object);
            }
            case CHECK_EXC_MATCH -> {
                m.pushReg(c[pc + 2]);
                m.pushRead(c[pc + 3]);
                ops("checkExcMatch", CD_Object, CD_Object, CD_Object);
                m.store(c[pc + 1]);
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
