package org.pyjit.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.HashMap;
import java.util.Map;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMAttributeRef;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * A thin layer over LLVM's C API for one module: common types and constants, instruction builders
 * with empty value names (LLVM numbers them, so the text is deterministic), intrinsics and
 * external declarations created once.
 */
final class Ir {
    final LLVMContextRef context;
    final LLVMModuleRef module;
    final LLVMBuilderRef b;
    final LLVMTypeRef i1, i8, i64, f64, ptr, result;
    private final Map<String, LLVMValueRef> declared = new HashMap<>();
    private final Map<String, LLVMTypeRef> declaredTypes = new HashMap<>();

    Ir(LLVMContextRef context, LLVMModuleRef module) {
        this.context = context;
        this.module = module;
        this.b = LLVMCreateBuilderInContext(context);
        i1 = LLVMInt1TypeInContext(context);
        i8 = LLVMInt8TypeInContext(context);
        i64 = LLVMInt64TypeInContext(context);
        f64 = LLVMDoubleTypeInContext(context);
        ptr = LLVMPointerTypeInContext(context, 0);
        result = LLVMStructTypeInContext(context, pp(i64, i64), 2, 0);
    }

    void dispose() {
        LLVMDisposeBuilder(b);
    }

    /** A correctly sized pointer array (a one-argument PointerPointer would reinterpret its argument). */
    static PointerPointer<Pointer> pp(Pointer... items) {
        PointerPointer<Pointer> p = new PointerPointer<>(items.length);
        for (int i = 0; i < items.length; i++) p.put(i, items[i]);
        return p;
    }

    LLVMTypeRef fnType(LLVMTypeRef ret, LLVMTypeRef... params) {
        return LLVMFunctionType(ret, pp(params), params.length, 0);
    }

    /** A function attribute without a value, such as {@code noinline}. */
    LLVMAttributeRef enumAttribute(String name) {
        int kind = LLVMGetEnumAttributeKindForName(name, name.length());
        if (kind == 0) throw new IllegalArgumentException("no LLVM attribute " + name);
        return LLVMCreateEnumAttribute(context, kind, 0);
    }

    LLVMValueRef i64(long v) {
        return LLVMConstInt(i64, v, 1);
    }

    LLVMValueRef i8(int v) {
        return LLVMConstInt(i8, v & 0xff, 0);
    }

    LLVMValueRef bool(boolean v) {
        return LLVMConstInt(i1, v ? 1 : 0, 0);
    }

    LLVMValueRef f64(double v) {
        // via the bits, so -0.0, inf and nan survive exactly
        return LLVMBuildBitCast(b, i64(Double.doubleToRawLongBits(v)), f64, "");
    }

    LLVMBasicBlockRef block(LLVMValueRef fn, String name) {
        return LLVMAppendBasicBlockInContext(context, fn, name);
    }

    void at(LLVMBasicBlockRef block) {
        LLVMPositionBuilderAtEnd(b, block);
    }

    LLVMBasicBlockRef current() {
        return LLVMGetInsertBlock(b);
    }

    boolean terminated() {
        return LLVMGetBasicBlockTerminator(current()) != null;
    }

    /** An external function, declared on first use. */
    LLVMValueRef external(String name, LLVMTypeRef type) {
        return declared.computeIfAbsent(name, n -> {
            declaredTypes.put(n, type);
            return LLVMAddFunction(module, n, type);
        });
    }

    LLVMTypeRef typeOf(String name) {
        return declaredTypes.get(name);
    }

    /** An external i64 data symbol (a guard cell), declared on first use. */
    LLVMValueRef externalCell(String name) {
        return declared.computeIfAbsent(name, n -> LLVMAddGlobal(module, i64, n));
    }

    /** The declaration of an overloaded intrinsic, e.g. {@code ("llvm.sadd.with.overflow", i64)}. */
    LLVMValueRef intrinsic(String name, LLVMTypeRef overload) {
        String key = name + "#" + (overload == i64 ? "i64" : overload == f64 ? "f64" : "i1");
        return declared.computeIfAbsent(key, k -> {
            int id = LLVMLookupIntrinsicID(name, name.length());
            if (id == 0) throw new IllegalStateException("unknown intrinsic " + name);
            declaredTypes.put(k, LLVMIntrinsicGetType(context, id, pp(overload), 1));
            return LLVMGetIntrinsicDeclaration(module, id, pp(overload), 1);
        });
    }

    LLVMValueRef callIntrinsic(String name, LLVMTypeRef overload, LLVMValueRef... args) {
        LLVMValueRef fn = intrinsic(name, overload);
        String key = name + "#" + (overload == i64 ? "i64" : overload == f64 ? "f64" : "i1");
        return LLVMBuildCall2(b, declaredTypes.get(key), fn, pp(args), args.length, "");
    }

    LLVMValueRef call(LLVMTypeRef type, LLVMValueRef fn, LLVMValueRef... args) {
        return LLVMBuildCall2(b, type, fn, pp(args), args.length, "");
    }

    /** A value marked unlikely to be true (guards), so the optimizer lays the failure path out of line. */
    LLVMValueRef unlikely(LLVMValueRef cond) {
        return callIntrinsic("llvm.expect", i1, cond, bool(false));
    }

    LLVMValueRef load(LLVMTypeRef type, LLVMValueRef address) {
        return LLVMBuildLoad2(b, type, address, "");
    }

    void store(LLVMValueRef value, LLVMValueRef address) {
        LLVMBuildStore(b, value, address);
    }

    /** {@code base + offset} bytes. */
    LLVMValueRef offset(LLVMValueRef base, long offset) {
        return LLVMBuildGEP2(b, i8, base, pp(i64(offset)), 1, "");
    }

    LLVMValueRef icmp(int predicate, LLVMValueRef x, LLVMValueRef y) {
        return LLVMBuildICmp(b, predicate, x, y, "");
    }

    LLVMValueRef fcmp(int predicate, LLVMValueRef x, LLVMValueRef y) {
        return LLVMBuildFCmp(b, predicate, x, y, "");
    }

    LLVMValueRef select(LLVMValueRef cond, LLVMValueRef x, LLVMValueRef y) {
        return LLVMBuildSelect(b, cond, x, y, "");
    }

    LLVMValueRef and(LLVMValueRef x, LLVMValueRef y) {
        return LLVMBuildAnd(b, x, y, "");
    }

    LLVMValueRef or(LLVMValueRef x, LLVMValueRef y) {
        return LLVMBuildOr(b, x, y, "");
    }

    LLVMValueRef not(LLVMValueRef x) {
        return LLVMBuildXor(b, x, bool(true), "");
    }

    LLVMValueRef toDouble(LLVMValueRef bits) {
        return LLVMBuildBitCast(b, bits, f64, "");
    }

    LLVMValueRef toBits(LLVMValueRef d) {
        return LLVMBuildBitCast(b, d, i64, "");
    }

    LLVMValueRef extract(LLVMValueRef aggregate, int index) {
        return LLVMBuildExtractValue(b, aggregate, index, "");
    }

    /** Builds the {@code {tag, bits}} pair native functions return. */
    LLVMValueRef resultPair(LLVMValueRef tag, LLVMValueRef bits) {
        LLVMValueRef r = LLVMBuildInsertValue(b, LLVMGetUndef(result), tag, 0, "");
        return LLVMBuildInsertValue(b, r, bits, 1, "");
    }

    /** {@code isnan(x)}. */
    LLVMValueRef isNan(LLVMValueRef x) {
        return fcmp(LLVMRealUNO, x, x);
    }

    /** {@code isinf(x)}. */
    LLVMValueRef isInf(LLVMValueRef x) {
        return fcmp(LLVMRealOEQ, callIntrinsic("llvm.fabs", f64, x), f64(Double.POSITIVE_INFINITY));
    }

    /** {@code isfinite(x)}. */
    LLVMValueRef isFinite(LLVMValueRef x) {
        return fcmp(LLVMRealONE, callIntrinsic("llvm.fabs", f64, x), f64(Double.POSITIVE_INFINITY));
    }
}
