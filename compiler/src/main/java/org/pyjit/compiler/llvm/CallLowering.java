package org.pyjit.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Calls native code makes: direct calls to other functions of the unit (a callee that
 * deoptimizes makes its caller deoptimize after the call, so the interpreter finishes both), and
 * the builtins and {@code math} functions it implements inline or through libm.
 */
final class CallLowering {
    private static final double TWO_63 = 9.223372036854775808E18;
    private final FunctionLowering f;
    private final Ir ir;
    private final ArithmeticLowering arithmetic;

    CallLowering(FunctionLowering f) {
        this.f = f;
        this.ir = f.ir;
        this.arithmetic = new ArithmeticLowering(f);
    }

    /** {@code CALL dst, func, first, n, kw}. */
    void call(int pc) {
        int[] c = f.plan.code.code;
        int dst = c[pc + 1], first = c[pc + 3], n = c[pc + 4];
        GlobalBinding callee = f.unit.objects().get(f.kind(pc, c[pc + 2]).object());
        switch (callee) {
            case GlobalBinding.Function fn -> pythonCall(pc, dst, first, f.unit.functions().get(f.plan.calleeAt.get(pc)));
            case GlobalBinding.Builtin b -> builtin(pc, b.name(), dst, first, n);
            case GlobalBinding.MathFunction m -> math(pc, m.name(), dst, first, n);
            default -> throw new IllegalStateException("cannot call " + callee);
        }
    }

    /** {@code CALL_METHOD dst, recv, name, first, n, kw} on the math module. */
    void methodCall(int pc) {
        int[] c = f.plan.code.code;
        f.checkBindingGuard(pc);
        GlobalBinding.MathFunction m = (GlobalBinding.MathFunction) f.plan.bindingAt.get(pc);
        math(pc, m.name(), c[pc + 1], c[pc + 4], c[pc + 5]);
    }

    private void pythonCall(int pc, int dst, int first, FunctionPlan callee) {
        int n = callee.argumentKinds.size();
        LLVMValueRef[] args = new LLVMValueRef[n];
        for (int i = 0; i < n; i++) {
            args[i] = switch (callee.argumentKinds.get(i).tag()) {
                case INT -> f.asInt(first + i);
                case FLOAT -> f.asFloat(pc, first + i);
                case BOOL -> f.asBool(first + i);
                case OPAQUE -> f.word(first + i, 0);
                default -> ir.i64(0);
            };
        }
        NativeUnitCompiler.Declared target = f.functions[callee.index];
        LLVMValueRef pair = ir.call(target.type(), target.function(), NativeUnitCompiler.callArguments(ir, target, args, f.ctx));
        LLVMValueRef tag = ir.extract(pair, 0);
        f.guard(ir.icmp(LLVMIntEQ, tag, ir.i64(NativeAbi.TAG_DEOPT)), pc, NativeAbi.MODE_AFTER_CALL, true);
        LLVMValueRef bits = ir.extract(pair, 1);
        if (callee.returnKind.is(Kind.Tag.TOP)) f.setDynamic(dst, tag, bits);
        else f.setFromBits(dst, callee.returnKind, bits);
    }

    private void builtin(int pc, String name, int dst, int first, int n) {
        Kind k = n > 0 ? f.kind(pc, first) : Kind.NONE;
        switch (name) {
            case "abs" -> {
                if (k.is(Kind.Tag.FLOAT)) {
                    f.setFloat(dst, ir.callIntrinsic("llvm.fabs", ir.f64, f.asFloat(pc, first)));
                } else {
                    LLVMValueRef x = f.asInt(first);
                    f.guard(ir.icmp(LLVMIntEQ, x, ir.i64(Long.MIN_VALUE)), pc);
                    f.setInt(dst, ir.select(ir.icmp(LLVMIntSLT, x, ir.i64(0)), LLVMBuildSub(ir.b, ir.i64(0), x, ""), x));
                }
            }
            case "min", "max" -> minMax(pc, name.equals("min"), dst, first, n, k);
            case "int" -> {
                if (n == 0) f.setInt(dst, ir.i64(0));
                else if (k.isIntegral()) f.setInt(dst, f.asInt(first));
                else f.setInt(dst, toInt(pc, f.asFloat(pc, first)));
            }
            case "float" -> f.setFloat(dst, n == 0 ? ir.f64(0.0) : f.asFloat(pc, first));
            case "range" -> {
                LLVMValueRef start = n == 1 ? ir.i64(0) : f.asInt(first);
                LLVMValueRef stop = n == 1 ? f.asInt(first) : f.asInt(first + 1);
                LLVMValueRef step = n == 3 ? f.asInt(first + 2) : ir.i64(1);
                if (n == 3) f.guard(ir.icmp(LLVMIntEQ, step, ir.i64(0)), pc);
                f.setTriple(dst, NativeAbi.TAG_RANGE, start, stop, step);
            }
            default -> throw new IllegalStateException("builtin " + name);
        }
    }

    /** CPython's min/max: keeps the first extreme value; a later one replaces it only if strictly beyond. */
    private void minMax(int pc, boolean min, int dst, int first, int n, Kind k) {
        boolean floats = k.is(Kind.Tag.FLOAT);
        LLVMValueRef best = floats ? f.asFloat(pc, first) : f.asInt(first);
        for (int i = 1; i < n; i++) {
            LLVMValueRef x = floats ? f.asFloat(pc, first + i) : f.asInt(first + i);
            LLVMValueRef beyond = floats ? ir.fcmp(min ? LLVMRealOLT : LLVMRealOGT, x, best)
                    : ir.icmp(min ? LLVMIntSLT : LLVMIntSGT, x, best);
            best = ir.select(beyond, x, best);
        }
        if (floats) f.setFloat(dst, best);
        else if (k.is(Kind.Tag.BOOL)) f.setBool(dst, LLVMBuildTrunc(ir.b, best, ir.i1, ""));
        else f.setInt(dst, best);
    }

    /** float → int, deoptimizing for NaN, infinities and values outside 64 bits (the interpreter makes a big int or raises). */
    private LLVMValueRef toInt(int pc, LLVMValueRef x) {
        LLVMValueRef inRange = ir.and(ir.fcmp(LLVMRealOGE, x, ir.f64(-TWO_63)), ir.fcmp(LLVMRealOLT, x, ir.f64(TWO_63)));
        f.guard(ir.not(inRange), pc);
        return LLVMBuildFPToSI(ir.b, x, ir.i64, "");
    }

    private void math(int pc, String name, int dst, int first, int n) {
        Kind k = f.kind(pc, first);
        if (KindRules.MATH_UNARY.contains(name)) {
            LLVMValueRef x = f.asFloat(pc, first);
            LLVMValueRef r = switch (name) {
                case "sqrt" -> ir.callIntrinsic("llvm.sqrt", ir.f64, x);
                case "fabs" -> ir.callIntrinsic("llvm.fabs", ir.f64, x);
                default -> ir.call(arithmetic.libmType(1), arithmetic.libm(name, 1), x);
            };
            // CPython's math_1: NaN from non-NaN is a domain error, infinity from finite a range error
            f.guard(ir.or(ir.and(ir.isNan(r), ir.not(ir.isNan(x))), ir.and(ir.isInf(r), ir.isFinite(x))), pc);
            f.setFloat(dst, r);
            return;
        }
        if (KindRules.MATH_BINARY.contains(name)) {
            LLVMValueRef x = f.asFloat(pc, first), y = f.asFloat(pc, first + 1);
            LLVMValueRef r = name.equals("copysign") ? ir.callIntrinsic("llvm.copysign", ir.f64, x, y)
                    : ir.call(arithmetic.libmType(2), arithmetic.libm(name, 2), x, y);
            f.guard(arithmetic.mathError2(x, y, r), pc);
            f.setFloat(dst, r);
            return;
        }
        switch (name) {
            case "floor", "ceil", "trunc" -> {
                if (k.isIntegral()) {
                    f.setInt(dst, f.asInt(first));
                } else {
                    LLVMValueRef r = ir.callIntrinsic("llvm." + name, ir.f64, f.asFloat(pc, first));
                    f.setInt(dst, toInt(pc, r));
                }
            }
            case "isnan", "isinf", "isfinite" -> {
                if (k.isIntegral()) {
                    f.setBool(dst, ir.bool(name.equals("isfinite")));
                } else {
                    LLVMValueRef x = f.asFloat(pc, first);
                    f.setBool(dst, name.equals("isnan") ? ir.isNan(x) : name.equals("isinf") ? ir.isInf(x) : ir.isFinite(x));
                }
            }
            case "degrees" -> f.setFloat(dst, LLVMBuildFMul(ir.b, f.asFloat(pc, first), ir.f64(180.0 / Math.PI), ""));
            case "radians" -> f.setFloat(dst, LLVMBuildFMul(ir.b, f.asFloat(pc, first), ir.f64(Math.PI / 180.0), ""));
            default -> throw new IllegalStateException("math." + name);
        }
    }
}
