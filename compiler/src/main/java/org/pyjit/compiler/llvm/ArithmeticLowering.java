package org.pyjit.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;
import static org.pyjit.compiler.llvm.KindRules.*;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Python arithmetic and comparisons on unboxed values, with CPython's exact semantics: ints
 * deoptimize on overflow (the interpreter continues with a big int), floor division and modulo
 * take the divisor's sign, true division of ints is exact only below 2**53 (else it deoptimizes),
 * int/float comparisons are exact, every error (division by zero, negative shift, a float power
 * that would raise) leaves native code before anything is written.
 */
final class ArithmeticLowering {
    private static final long TWO_53 = 1L << 53;
    private final FunctionLowering f;
    private final Ir ir;

    ArithmeticLowering(FunctionLowering f) {
        this.f = f;
        this.ir = f.ir;
    }

    void binary(int pc, int op, int dst, int a, int b) {
        Kind ka = f.kind(pc, a), kb = f.kind(pc, b);
        Kind result = KindRules.binary(op, ka, kb);
        if (result.is(Kind.Tag.FLOAT)) {
            floatBinary(pc, op, dst, a, b, ka, kb);
            return;
        }
        LLVMValueRef x = f.asInt(a), y = f.asInt(b);
        switch (op) {
            case ADD -> f.setInt(dst, checked(pc, "llvm.sadd.with.overflow", x, y));
            case SUB -> f.setInt(dst, checked(pc, "llvm.ssub.with.overflow", x, y));
            case MULT -> f.setInt(dst, checked(pc, "llvm.smul.with.overflow", x, y));
            case FLOORDIV, MOD -> {
                f.guard(ir.or(ir.icmp(LLVMIntEQ, y, ir.i64(0)),
                        ir.and(ir.icmp(LLVMIntEQ, x, ir.i64(Long.MIN_VALUE)), ir.icmp(LLVMIntEQ, y, ir.i64(-1)))), pc);
                LLVMValueRef q = LLVMBuildSDiv(ir.b, x, y, ""), r = LLVMBuildSRem(ir.b, x, y, "");
                LLVMValueRef adjust = ir.and(ir.icmp(LLVMIntNE, r, ir.i64(0)),
                        ir.icmp(LLVMIntSLT, LLVMBuildXor(ir.b, r, y, ""), ir.i64(0)));
                if (op == FLOORDIV) f.setInt(dst, LLVMBuildSub(ir.b, q, LLVMBuildZExt(ir.b, adjust, ir.i64, ""), ""));
                else f.setInt(dst, LLVMBuildAdd(ir.b, r, ir.select(adjust, y, ir.i64(0)), ""));
            }
            case POW -> {
                f.guard(ir.icmp(LLVMIntSLT, y, ir.i64(0)), pc);
                LLVMValueRef pair = ir.call(intPowType(), intPow(), x, y);
                f.guard(ir.extract(pair, 1), pc);
                f.setInt(dst, ir.extract(pair, 0));
            }
            case LSHIFT -> {
                f.guard(ir.icmp(LLVMIntUGT, y, ir.i64(63)), pc); // negative counts are huge unsigned
                LLVMValueRef r = LLVMBuildShl(ir.b, x, y, "");
                f.guard(ir.icmp(LLVMIntNE, LLVMBuildAShr(ir.b, r, y, ""), x), pc);
                f.setInt(dst, r);
            }
            case RSHIFT -> {
                f.guard(ir.icmp(LLVMIntSLT, y, ir.i64(0)), pc);
                LLVMValueRef count = ir.select(ir.icmp(LLVMIntSGT, y, ir.i64(63)), ir.i64(63), y);
                f.setInt(dst, LLVMBuildAShr(ir.b, x, count, ""));
            }
            case BITAND, BITOR, BITXOR -> {
                LLVMValueRef r = op == BITAND ? ir.and(x, y) : op == BITOR ? ir.or(x, y) : LLVMBuildXor(ir.b, x, y, "");
                if (result.is(Kind.Tag.BOOL)) f.setBool(dst, LLVMBuildTrunc(ir.b, r, ir.i1, ""));
                else f.setInt(dst, r);
            }
            default -> throw new IllegalStateException("int operator " + op);
        }
    }

    private LLVMValueRef checked(int pc, String intrinsic, LLVMValueRef x, LLVMValueRef y) {
        LLVMValueRef pair = ir.callIntrinsic(intrinsic, ir.i64, x, y);
        f.guard(ir.extract(pair, 1), pc);
        return ir.extract(pair, 0);
    }

    private void floatBinary(int pc, int op, int dst, int a, int b, Kind ka, Kind kb) {
        // int / int is exact only while both convert exactly (an operand of run-time kind is checked by its tag)
        boolean exactInts = op == DIV && !ka.is(Kind.Tag.FLOAT) && !kb.is(Kind.Tag.FLOAT);
        if (exactInts) {
            LLVMValueRef inexact = ir.bool(false);
            if (ka.isIntegral()) inexact = notExact(f.asInt(a));
            if (kb.isIntegral()) inexact = ir.or(inexact, notExact(f.asInt(b)));
            f.guard(inexact, pc);
        }
        LLVMValueRef x = f.asFloat(pc, a, exactInts), y = f.asFloat(pc, b, exactInts);
        switch (op) {
            case ADD -> f.setFloat(dst, LLVMBuildFAdd(ir.b, x, y, ""));
            case SUB -> f.setFloat(dst, LLVMBuildFSub(ir.b, x, y, ""));
            case MULT -> f.setFloat(dst, LLVMBuildFMul(ir.b, x, y, ""));
            case DIV -> {
                f.guard(ir.fcmp(LLVMRealOEQ, y, ir.f64(0.0)), pc);
                f.setFloat(dst, LLVMBuildFDiv(ir.b, x, y, ""));
            }
            case FLOORDIV, MOD -> {
                f.guard(ir.fcmp(LLVMRealOEQ, y, ir.f64(0.0)), pc);
                floorDivMod(dst, op, x, y);
            }
            case POW -> {
                LLVMValueRef r = ir.call(libmType(2), libm("pow", 2), x, y);
                f.guard(mathError2(x, y, r), pc);
                f.setFloat(dst, r);
            }
            default -> throw new IllegalStateException("float operator " + op);
        }
    }

    /** CPython's _float_div_mod (and float_rem), step for step. */
    private void floorDivMod(int dst, int op, LLVMValueRef x, LLVMValueRef y) {
        LLVMValueRef mod = ir.call(libmType(2), libm("fmod", 2), x, y);
        LLVMValueRef div = LLVMBuildFDiv(ir.b, LLVMBuildFSub(ir.b, x, mod, ""), y, "");
        LLVMValueRef modNonZero = ir.fcmp(LLVMRealUNE, mod, ir.f64(0.0));
        LLVMValueRef signsDiffer = LLVMBuildXor(ir.b, ir.fcmp(LLVMRealOLT, y, ir.f64(0.0)),
                ir.fcmp(LLVMRealOLT, mod, ir.f64(0.0)), "");
        LLVMValueRef adjust = ir.and(modNonZero, signsDiffer);
        LLVMValueRef signedZero = ir.callIntrinsic("llvm.copysign", ir.f64, ir.f64(0.0), y);
        if (op == MOD) {
            LLVMValueRef adjusted = ir.select(adjust, LLVMBuildFAdd(ir.b, mod, y, ""), mod);
            f.setFloat(dst, ir.select(modNonZero, adjusted, signedZero));
            return;
        }
        LLVMValueRef d = ir.select(adjust, LLVMBuildFSub(ir.b, div, ir.f64(1.0), ""), div);
        LLVMValueRef floor = ir.callIntrinsic("llvm.floor", ir.f64, d);
        LLVMValueRef snapped = ir.select(ir.fcmp(LLVMRealOGT, LLVMBuildFSub(ir.b, d, floor, ""), ir.f64(0.5)),
                LLVMBuildFAdd(ir.b, floor, ir.f64(1.0), ""), floor);
        LLVMValueRef zero = ir.callIntrinsic("llvm.copysign", ir.f64, ir.f64(0.0), LLVMBuildFDiv(ir.b, x, y, ""));
        f.setFloat(dst, ir.select(ir.fcmp(LLVMRealUNE, d, ir.f64(0.0)), snapped, zero));
    }

    /** |v| > 2**53: the int would not convert to a double exactly. */
    private LLVMValueRef notExact(LLVMValueRef v) {
        return ir.icmp(LLVMIntUGT, LLVMBuildAdd(ir.b, v, ir.i64(TWO_53), ""), ir.i64(2 * TWO_53));
    }

    /** CPython's math_2 error rule: NaN from non-NaN inputs, or infinity from finite ones. */
    LLVMValueRef mathError2(LLVMValueRef x, LLVMValueRef y, LLVMValueRef r) {
        LLVMValueRef domain = ir.and(ir.isNan(r), ir.and(ir.not(ir.isNan(x)), ir.not(ir.isNan(y))));
        LLVMValueRef range = ir.and(ir.isInf(r), ir.and(ir.isFinite(x), ir.isFinite(y)));
        return ir.or(domain, range);
    }

    void unary(int pc, int op, int dst, int a) {
        Kind k = f.kind(pc, a);
        switch (op) {
            case NOT -> f.setBool(dst, ir.not(f.truth(pc, a)));
            case INVERT -> f.setInt(dst, LLVMBuildXor(ir.b, f.asInt(a), ir.i64(-1), ""));
            case UADD -> {
                if (k.is(Kind.Tag.FLOAT)) f.setFloat(dst, f.asFloat(pc, a));
                else f.setInt(dst, f.asInt(a));
            }
            case USUB -> {
                if (k.is(Kind.Tag.FLOAT)) f.setFloat(dst, LLVMBuildFNeg(ir.b, f.asFloat(pc, a), ""));
                else f.setInt(dst, checked(pc, "llvm.ssub.with.overflow", ir.i64(0), f.asInt(a)));
            }
            default -> throw new IllegalStateException("unary operator " + op);
        }
    }

    void compare(int pc, int op, int dst, int a, int b) {
        Kind ka = f.kind(pc, a), kb = f.kind(pc, b);
        if (ka.is(Kind.Tag.NONE) || kb.is(Kind.Tag.NONE)) {
            boolean same = ka.equals(kb);
            boolean positive = op == EQ || op == IS;
            f.setBool(dst, ir.bool(same == positive));
            return;
        }
        if (ka.isIntegral() && kb.isIntegral()) {
            int predicate = switch (op) {
                case EQ, IS -> LLVMIntEQ;
                case NE, IS_NOT -> LLVMIntNE;
                case LT -> LLVMIntSLT;
                case LE -> LLVMIntSLE;
                case GT -> LLVMIntSGT;
                default -> LLVMIntSGE;
            };
            f.setBool(dst, ir.icmp(predicate, f.asInt(a), f.asInt(b)));
            return;
        }
        LLVMValueRef inexact = ir.bool(false);
        if (ka.isIntegral()) inexact = notExact(f.asInt(a));
        if (kb.isIntegral()) inexact = notExact(f.asInt(b));
        if (ka.isIntegral() || kb.isIntegral()) f.guard(inexact, pc);
        int predicate = switch (op) {
            case EQ -> LLVMRealOEQ;
            case NE -> LLVMRealUNE;
            case LT -> LLVMRealOLT;
            case LE -> LLVMRealOLE;
            case GT -> LLVMRealOGT;
            default -> LLVMRealOGE;
        };
        LLVMValueRef x = f.asFloat(pc, a, true), y = f.asFloat(pc, b, true);
        f.setBool(dst, ir.fcmp(predicate, x, y));
    }

    // ---- helpers shared with calls -----------------------------------------------------------

    LLVMTypeRef libmType(int arity) {
        return arity == 1 ? ir.fnType(ir.f64, ir.f64) : ir.fnType(ir.f64, ir.f64, ir.f64);
    }

    /** The C library's {@code name}, reached through the symbol {@code pyjit_rt_libm_name}. */
    LLVMValueRef libm(String name, int arity) {
        return ir.external(NativeUnitCompiler.LIBM_PREFIX + name, libmType(arity));
    }

    private LLVMTypeRef intPowType() {
        return ir.fnType(LLVMStructTypeInContext(ir.context, Ir.pp(ir.i64, ir.i1), 2, 0), ir.i64, ir.i64);
    }

    /** {@code pyjit_ipow(base, exp) -> {result, overflowed}}: square-and-multiply, defined once per module. */
    private LLVMValueRef intPow() {
        LLVMValueRef existing = LLVMGetNamedFunction(ir.module, "pyjit_ipow");
        if (existing != null) return existing;
        LLVMTypeRef type = intPowType();
        LLVMValueRef fn = LLVMAddFunction(ir.module, "pyjit_ipow", type);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        var saved = ir.current();
        var entry = ir.block(fn, "entry");
        var loop = ir.block(fn, "loop");
        var body = ir.block(fn, "body");
        var done = ir.block(fn, "done");
        ir.at(entry);
        LLVMValueRef r = LLVMBuildAlloca(ir.b, ir.i64, ""), base = LLVMBuildAlloca(ir.b, ir.i64, "");
        LLVMValueRef e = LLVMBuildAlloca(ir.b, ir.i64, ""), ovf = LLVMBuildAlloca(ir.b, ir.i1, "");
        ir.store(ir.i64(1), r);
        ir.store(LLVMGetParam(fn, 0), base);
        ir.store(LLVMGetParam(fn, 1), e);
        ir.store(ir.bool(false), ovf);
        LLVMBuildBr(ir.b, loop);
        ir.at(loop);
        LLVMBuildCondBr(ir.b, ir.icmp(LLVMIntEQ, ir.load(ir.i64, e), ir.i64(0)), done, body);
        ir.at(body);
        LLVMValueRef ev = ir.load(ir.i64, e), bv = ir.load(ir.i64, base);
        LLVMValueRef odd = LLVMBuildTrunc(ir.b, ev, ir.i1, "");
        LLVMValueRef prod = ir.callIntrinsic("llvm.smul.with.overflow", ir.i64, ir.load(ir.i64, r), bv);
        ir.store(ir.select(odd, ir.extract(prod, 0), ir.load(ir.i64, r)), r);
        LLVMValueRef o1 = ir.and(odd, ir.extract(prod, 1));
        LLVMValueRef rest = LLVMBuildLShr(ir.b, ev, ir.i64(1), "");
        ir.store(rest, e);
        LLVMValueRef square = ir.callIntrinsic("llvm.smul.with.overflow", ir.i64, bv, bv);
        ir.store(ir.extract(square, 0), base);
        LLVMValueRef o2 = ir.and(ir.icmp(LLVMIntNE, rest, ir.i64(0)), ir.extract(square, 1));
        ir.store(ir.or(ir.load(ir.i1, ovf), ir.or(o1, o2)), ovf);
        LLVMBuildBr(ir.b, loop);
        ir.at(done);
        LLVMValueRef pair = LLVMBuildInsertValue(ir.b, LLVMGetUndef(LLVMGetReturnType(type)), ir.load(ir.i64, r), 0, "");
        pair = LLVMBuildInsertValue(ir.b, pair, ir.load(ir.i1, ovf), 1, "");
        LLVMBuildRet(ir.b, pair);
        ir.at(saved);
        return fn;
    }
}
