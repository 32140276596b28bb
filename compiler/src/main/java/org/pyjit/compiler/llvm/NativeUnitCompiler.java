package org.pyjit.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.pyjit.compiler.bytecode.CodeObject;

/**
 * The native tier's compiler: {@link #lower} turns a function and its profile into deterministic
 * LLVM IR text with symbolic names only; {@link #compile} optimizes IR text with
 * {@code default<O2>} and emits an x86-64 ELF relocatable object (PIC).
 *
 * <p>Symbols: {@code pyjit_entry_0} and {@code pyjit_osr_PC} (for the loop header the profile asked
 * for, if any) are defined for the runtime;
 * {@code pyjit_cell_guard_N} (i64 guard cells, non-zero while valid) and {@code pyjit_rt_libm_NAME}
 * (C library functions) must be bound by the loader. Nothing else is referenced.
 */
public final class NativeUnitCompiler {
    private NativeUnitCompiler() {}

    /** Prefix of the symbols bound to C library math functions. */
    public static final String LIBM_PREFIX = "pyjit_rt_libm_";
    /** The optimization level (part of the cache environment). */
    public static final int OPTIMIZATION_LEVEL = 2;

    /** The system property that sets the level ({@code -X native-opt-level=N}, {@code pyjit aot --opt-level N}). */
    public static final String OPT_LEVEL_PROPERTY = "pyjit.native.opt-level";

    /** The LLVM pipeline level in use: {@link #OPTIMIZATION_LEVEL} unless the property names 0 to 3. */
    public static int optimizationLevel() {
        String v = System.getProperty(OPT_LEVEL_PROPERTY);
        if (v == null) return OPTIMIZATION_LEVEL;
        try {
            int level = Integer.parseInt(v.strip());
            return level >= 0 && level <= 3 ? level : OPTIMIZATION_LEVEL;
        } catch (NumberFormatException e) {
            return OPTIMIZATION_LEVEL;
        }
    }

    /**
     * A function declared in the module with its type; {@code selectsEntry} when it takes the OSR
     * entry selector after the context (0 for a call).
     */
    record Declared(LLVMValueRef function, LLVMTypeRef type, boolean selectsEntry) {}

    /** The name of guard cell {@code index}. */
    public static String guardSymbol(int index) {
        return "pyjit_cell_guard_" + index;
    }

    /** Whether native code could run {@code code} for some profile (cheap; no LLVM needed). */
    public static boolean eligible(CodeObject code) {
        return UnitPlanner.eligible(code);
    }

    /**
     * Lowers {@code root}, specialized for the profile's argument kinds, with every Python function
     * it calls directly.
     *
     * @throws IllegalArgumentException if the function or the profile does not fit native code
     */
    public static NativeUnitDescription lower(CodeObject root, GlobalResolver resolver, TypeProfile profile) {
        return lower(plan(root, resolver, profile));
    }

    /**
     * Plans the unit rooted at {@code root}: resolves its globals and finds every register's kind.
     *
     * @throws IllegalArgumentException if the function or the profile does not fit native code
     */
    public static PlannedUnit plan(CodeObject root, GlobalResolver resolver, TypeProfile profile) {
        return new PlannedUnit(UnitPlanner.plan(root, resolver, profile));
    }

    /** The unit's entry symbol. */
    private static final String ENTRY_SYMBOL = "pyjit_entry_0";

    /**
     * What {@link #lower} would describe, without building IR: for a unit whose object code comes
     * from the cache under its plan's key. {@code libmFunctions} are the C functions the object
     * needs (from the cached object's needed symbols); the description's IR text is null.
     */
    public static NativeUnitDescription describe(PlannedUnit planned, List<String> libmFunctions) {
        UnitPlan plan = planned.plan;
        FunctionPlan root = plan.root();
        List<NativeUnitDescription.OsrEntry> osr = new ArrayList<>();
        for (int pc : osrEntryPcs(root)) osr.add(new NativeUnitDescription.OsrEntry(pc, osrSymbol(pc), osrTags(root, pc)));
        return new NativeUnitDescription(null, ENTRY_SYMBOL, osr, describeFunctions(plan), objectValues(plan), plan.guards(),
                List.copyOf(new TreeSet<>(libmFunctions)), plan.maxRecordBytes(), new DeoptRecordLayout(plan.functions()));
    }

    /** Lowers a planned unit to IR (loads LLVM on first use). */
    public static NativeUnitDescription lower(PlannedUnit planned) {
        UnitPlan plan = planned.plan;
        LlvmTarget target = LlvmTarget.host();
        LLVMContextRef context = LLVMContextCreate();
        try {
            LLVMModuleRef module = LLVMModuleCreateWithNameInContext("pyjit", context);
            LLVMSetTarget(module, target.triple);
            Ir ir = new Ir(context, module);
            try {
                List<Integer> osrPcs = osrEntryPcs(plan.root());
                Declared[] functions = declareFunctions(ir, plan, !osrPcs.isEmpty());
                DeoptRecordLayout layout = new DeoptRecordLayout(plan.functions());
                for (FunctionPlan f : plan.functions()) {
                    List<Integer> entries = f.index == 0 ? osrPcs : List.of();
                    new FunctionLowering(ir, plan, f, functions, functions[f.index].function(), entries, layout).emit();
                }
                emitEntry(ir, plan.root(), functions[0], ENTRY_SYMBOL);
                List<NativeUnitDescription.OsrEntry> osr = emitOsrEntries(ir, plan, functions[0], osrPcs);
                verify(module);
                String text = LlvmTarget.takeString(LLVMPrintModuleToString(module));
                return new NativeUnitDescription(text, ENTRY_SYMBOL, osr, describeFunctions(plan), objectValues(plan),
                        plan.guards(), libmNames(module), plan.maxRecordBytes(), layout);
            } finally {
                ir.dispose();
                LLVMDisposeModule(module);
            }
        } finally {
            LLVMContextDispose(context);
        }
    }

    /** The unit's functions; the root takes the entry selector when it has OSR entries. */
    private static Declared[] declareFunctions(Ir ir, UnitPlan plan, boolean rootSelectsEntry) {
        Declared[] out = new Declared[plan.functions().size()];
        for (FunctionPlan f : plan.functions()) {
            boolean selects = f.index == 0 && rootSelectsEntry;
            int n = f.argumentKinds.size();
            LLVMTypeRef[] params = new LLVMTypeRef[n + (selects ? 2 : 1)];
            for (int i = 0; i < n; i++) params[i] = FunctionLowering.paramType(ir, f.argumentKinds.get(i));
            params[n] = ir.ptr;
            if (selects) params[n + 1] = ir.i64;
            LLVMTypeRef type = ir.fnType(ir.result, params);
            LLVMValueRef fn = LLVMAddFunction(ir.module, "pyjit_fn_" + f.index, type);
            LLVMSetLinkage(fn, LLVMInternalLinkage);
            // inlined into the call entry and each OSR entry, the body would be optimized once per entry again
            if (selects) LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, ir.enumAttribute("noinline"));
            out[f.index] = new Declared(fn, type, selects);
        }
        return out;
    }

    /** The arguments of a call of {@code target}: {@code args} and the context, then selector 0 if it takes one. */
    static LLVMValueRef[] callArguments(Ir ir, Declared target, LLVMValueRef[] args, LLVMValueRef ctx) {
        LLVMValueRef[] out = java.util.Arrays.copyOf(args, args.length + (target.selectsEntry() ? 2 : 1));
        out[args.length] = ctx;
        if (target.selectsEntry()) out[args.length + 1] = ir.i64(0);
        return out;
    }

    /** {@code i64 entry(ctx)}: arguments from the context, result bits back into it, the tag returned. */
    private static void emitEntry(Ir ir, FunctionPlan root, Declared body, String name) {
        LLVMValueRef fn = LLVMAddFunction(ir.module, name, ir.fnType(ir.i64, ir.ptr));
        LLVMValueRef ctx = LLVMGetParam(fn, 0);
        ir.at(ir.block(fn, "entry"));
        int n = root.argumentKinds.size();
        LLVMValueRef[] args = new LLVMValueRef[n];
        for (int i = 0; i < n; i++) {
            LLVMValueRef raw = ir.load(ir.i64, ir.offset(ctx, NativeAbi.CTX_ARGS + 8L * i));
            args[i] = switch (root.argumentKinds.get(i).tag()) {
                case FLOAT -> ir.toDouble(raw);
                case BOOL -> LLVMBuildTrunc(ir.b, raw, ir.i1, "");
                default -> raw;
            };
        }
        returnThroughContext(ir, ctx, ir.call(body.type(), body.function(), callArguments(ir, body, args, ctx)));
    }

    private static void returnThroughContext(Ir ir, LLVMValueRef ctx, LLVMValueRef pair) {
        ir.store(ir.extract(pair, 1), ir.offset(ctx, NativeAbi.CTX_RESULT));
        LLVMBuildRet(ir.b, ir.extract(pair, 0));
    }

    /** {@code i64 pyjit_osr_PC(ctx)}: enters the root body at loop header PC with the frame in the context. */
    private static List<NativeUnitDescription.OsrEntry> emitOsrEntries(Ir ir, UnitPlan plan, Declared body, List<Integer> pcs) {
        FunctionPlan root = plan.root();
        List<NativeUnitDescription.OsrEntry> out = new ArrayList<>();
        int n = root.argumentKinds.size();
        for (int pc : pcs) {
            String name = osrSymbol(pc);
            LLVMValueRef fn = LLVMAddFunction(ir.module, name, ir.fnType(ir.i64, ir.ptr));
            ir.at(ir.block(fn, "entry"));
            LLVMValueRef ctx = LLVMGetParam(fn, 0);
            LLVMValueRef[] args = new LLVMValueRef[n + 2];
            for (int i = 0; i < n; i++) args[i] = LLVMGetPoison(FunctionLowering.paramType(ir, root.argumentKinds.get(i)));
            args[n] = ctx;
            args[n + 1] = ir.i64(osrSelector(pc));
            returnThroughContext(ir, ctx, ir.call(body.type(), body.function(), args));
            out.add(new NativeUnitDescription.OsrEntry(pc, name, osrTags(root, pc)));
        }
        return out;
    }

    /** The loop headers that get an OSR entry: only the ones asked for (each one copies the body), ascending. */
    private static List<Integer> osrEntryPcs(FunctionPlan root) {
        List<Integer> out = new ArrayList<>();
        for (int pc : new TreeSet<>(root.loopSeeds.keySet())) if (root.reachable(pc) && !root.trap[pc]) out.add(pc);
        return out;
    }

    /** The entry selector of the OSR entry at loop header {@code pc}; 0 selects the call entry. */
    static long osrSelector(int pc) {
        return pc + 1L;
    }

    private static String osrSymbol(int pc) {
        return "pyjit_osr_" + pc;
    }

    /** Per register at an OSR entry: the tag the frame's value must have, -1 for any. */
    private static int[] osrTags(FunctionPlan root, int pc) {
        Kind[] state = root.before[pc];
        int[] tags = new int[state.length];
        for (int r = 0; r < state.length; r++) tags[r] = state[r].is(Kind.Tag.TOP) ? -1 : state[r].abiTag();
        return tags;
    }

    private static void verify(LLVMModuleRef module) {
        BytePointer message = new BytePointer();
        if (LLVMVerifyModule(module, LLVMReturnStatusAction, message) != 0) {
            String text = LlvmTarget.takeString(message);
            throw new IllegalStateException("native lowering produced invalid IR: " + text);
        }
        LlvmTarget.takeString(message);
    }

    private static List<NativeUnitDescription.Function> describeFunctions(UnitPlan plan) {
        List<NativeUnitDescription.Function> out = new ArrayList<>();
        for (FunctionPlan f : plan.functions()) {
            Object value = null;
            for (GlobalBinding b : plan.objects()) {
                if (b instanceof GlobalBinding.Function fb && fb.code() == f.code) value = fb.value();
            }
            List<ValueKind> kinds = new ArrayList<>();
            for (Kind k : f.argumentKinds) kinds.add(k.is(Kind.Tag.OPAQUE) ? ValueKind.OTHER : ValueKind.valueOf(k.tag().name()));
            out.add(new NativeUnitDescription.Function(f.code, value, kinds));
        }
        return out;
    }

    private static List<Object> objectValues(UnitPlan plan) {
        List<Object> out = new ArrayList<>();
        for (GlobalBinding b : plan.objects()) out.add(GlobalBinding.valueOf(b));
        return out;
    }

    private static List<String> libmNames(LLVMModuleRef module) {
        TreeSet<String> names = new TreeSet<>();
        for (LLVMValueRef f = LLVMGetFirstFunction(module); f != null && !f.isNull(); f = LLVMGetNextFunction(f)) {
            String name = LLVMGetValueName(f).getString();
            if (name.startsWith(LIBM_PREFIX)) names.add(name.substring(LIBM_PREFIX.length()));
        }
        return List.copyOf(names);
    }

    /** The object code of a compiled unit and what producing it cost. */
    public record CompiledObject(byte[] bytes, long optimizeNanos, long codegenNanos) {}

    /**
     * Optimizes {@code irText} with {@code default<O2>} and emits an ELF relocatable object.
     *
     * @throws IllegalStateException when LLVM rejects the IR or fails to emit
     */
    public static CompiledObject compile(String irText) {
        LlvmTarget target = LlvmTarget.host();
        LLVMContextRef context = LLVMContextCreate();
        LLVMTargetMachineRef machine = target.newMachine();
        try {
            byte[] text = irText.getBytes(StandardCharsets.UTF_8);
            BytePointer data = new BytePointer(text.length);
            data.put(text, 0, text.length);
            LLVMMemoryBufferRef buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(data, text.length, new BytePointer("pyjit"));
            LLVMModuleRef module = new LLVMModuleRef();
            BytePointer error = new BytePointer();
            if (LLVMParseIRInContext(context, buffer, module, error) != 0) {
                throw new IllegalStateException("LLVM rejected the IR: " + LlvmTarget.takeString(error));
            }
            try {
                long t0 = System.nanoTime();
                var options = LLVMCreatePassBuilderOptions();
                var failure = LLVMRunPasses(module, "default<O" + optimizationLevel() + ">", machine, options);
                LLVMDisposePassBuilderOptions(options);
                if (failure != null && !failure.isNull()) {
                    throw new IllegalStateException("O2 failed: " + LlvmTarget.takeString(LLVMGetErrorMessage(failure)));
                }
                long t1 = System.nanoTime();
                LLVMMemoryBufferRef out = new LLVMMemoryBufferRef();
                if (LLVMTargetMachineEmitToMemoryBuffer(machine, module, LLVMObjectFile, error, out) != 0) {
                    throw new IllegalStateException("code generation failed: " + LlvmTarget.takeString(error));
                }
                byte[] bytes = new byte[(int) LLVMGetBufferSize(out)];
                LLVMGetBufferStart(out).get(bytes);
                LLVMDisposeMemoryBuffer(out);
                return new CompiledObject(bytes, t1 - t0, System.nanoTime() - t1);
            } finally {
                LLVMDisposeModule(module);
            }
        } finally {
            LLVMDisposeTargetMachine(machine);
            LLVMContextDispose(context);
        }
    }
}
