package org.pyjit.runtime.nativecode;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMOrcCJITDylibSearchOrderElement;
import org.bytedeco.llvm.LLVM.LLVMOrcCLookupSetElement;
import org.bytedeco.llvm.LLVM.LLVMOrcCSymbolMapPair;
import org.bytedeco.llvm.LLVM.LLVMOrcExecutionSessionLookupHandleResultFunction;
import org.bytedeco.llvm.LLVM.LLVMOrcExecutionSessionRef;
import org.bytedeco.llvm.LLVM.LLVMOrcJITDylibRef;
import org.bytedeco.llvm.LLVM.LLVMOrcLLJITRef;
import org.bytedeco.llvm.LLVM.LLVMOrcSymbolStringPoolEntryRef;
import org.pyjit.compiler.llvm.LlvmTarget;

/**
 * Links native objects into this process with LLVM's ORC runtime linker. Each unit goes into its
 * own bare JITDylib that defines exactly the symbols the runtime binds for it, so a name the object
 * needs and nobody bound is a "Symbols not found" error rather than a silent match in libc.
 */
final class NativeLinker {
    private NativeLinker() {}

    /** A link that failed; the message is LLVM's. */
    static final class LinkFailure extends Exception {
        LinkFailure(String message) {
            super(message);
        }
    }

    private static LLVMOrcLLJITRef jit;
    private static LLVMOrcExecutionSessionRef session;
    private static final AtomicInteger UNITS = new AtomicInteger();

    /** Set once the JIT exists; read without the lock, so asking never waits for a start in progress. */
    private static volatile boolean ready;

    /** Whether the JIT exists, without waiting for a start in progress (which answers false). */
    static boolean ready() {
        return ready;
    }

    /** Whether the JIT exists. */
    static synchronized boolean started() {
        return jit != null;
    }

    /** Creates the JIT (loading LLVM) if not yet done. */
    static synchronized void start() throws LinkFailure {
        if (jit != null) return;
        LlvmTarget.host();
        LLVMOrcLLJITRef j = new LLVMOrcLLJITRef();
        check(LLVMOrcCreateLLJIT(j, LLVMOrcCreateLLJITBuilder()));
        jit = j;
        session = LLVMOrcLLJITGetExecutionSession(j);
        ready = true;
    }

    /**
     * Links {@code object} with {@code bindings} (name → address) as the only symbols it may use and
     * returns the addresses of {@code wanted}.
     */
    static synchronized Map<String, Long> link(byte[] object, Map<String, Long> bindings, List<String> wanted)
            throws LinkFailure {
        start();
        LLVMOrcJITDylibRef dylib = LLVMOrcExecutionSessionCreateBareJITDylib(session, "pyjit_unit_" + UNITS.incrementAndGet());
        if (!bindings.isEmpty()) {
            LLVMOrcCSymbolMapPair pairs = new LLVMOrcCSymbolMapPair(bindings.size());
            int i = 0;
            for (Map.Entry<String, Long> e : bindings.entrySet()) {
                LLVMOrcCSymbolMapPair p = pairs.getPointer(i++);
                p.Name(LLVMOrcLLJITMangleAndIntern(jit, e.getKey()));
                p.Sym().Address(e.getValue());
                p.Sym().Flags().GenericFlags((byte) (LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable));
                p.Sym().Flags().TargetFlags((byte) 0);
            }
            check(LLVMOrcJITDylibDefine(dylib, LLVMOrcAbsoluteSymbols(pairs, bindings.size())));
        }
        BytePointer data = new BytePointer(object.length);
        data.put(object, 0, object.length);
        LLVMMemoryBufferRef buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(data, object.length, new BytePointer("pyjit-unit"));
        check(LLVMOrcLLJITAddObjectFile(jit, dylib, buffer));
        return lookup(dylib, wanted);
    }

    private static Map<String, Long> lookup(LLVMOrcJITDylibRef dylib, List<String> names) throws LinkFailure {
        LLVMOrcCJITDylibSearchOrderElement order = new LLVMOrcCJITDylibSearchOrderElement(1);
        order.JD(dylib).JDLookupFlags(LLVMOrcJITDylibLookupFlagsMatchExportedSymbolsOnly);
        LLVMOrcCLookupSetElement set = new LLVMOrcCLookupSetElement(names.size());
        LLVMOrcSymbolStringPoolEntryRef[] interned = new LLVMOrcSymbolStringPoolEntryRef[names.size()];
        for (int i = 0; i < names.size(); i++) {
            interned[i] = LLVMOrcLLJITMangleAndIntern(jit, names.get(i));
            set.getPointer(i).Name(interned[i]).LookupFlags(LLVMOrcSymbolLookupFlagsRequiredSymbol);
        }
        Collector collector = CollectorHolder.COLLECTOR;
        collector.reset();
        LLVMOrcExecutionSessionLookup(session, LLVMOrcLookupKindStatic, order, 1, set, names.size(), collector, null);
        for (LLVMOrcSymbolStringPoolEntryRef e : interned) LLVMOrcReleaseSymbolStringPoolEntry(e);
        if (!collector.done) throw new LinkFailure("symbol lookup did not complete");
        if (collector.error != null) throw new LinkFailure(collector.error);
        for (String n : names) {
            if (!collector.addresses.containsKey(n)) throw new LinkFailure("symbol " + n + " not found");
        }
        return collector.addresses;
    }

    /**
     * The one lookup callback, reused: JavaCPP has a small fixed number of native thunks per callback
     * class, so creating one per lookup would run out (and ORC would call a null pointer). In its own
     * holder class because creating it loads LLVM: {@link #ready()} is asked on the program's thread,
     * which must not pay for that (~0.15 s) when the link itself runs on the compile thread.
     */
    private static final class CollectorHolder {
        static final Collector COLLECTOR = new Collector();
    }

    /** Receives the lookup's result (ORC calls it before the lookup returns: materialization runs in place). */
    private static final class Collector extends LLVMOrcExecutionSessionLookupHandleResultFunction {
        Map<String, Long> addresses = new HashMap<>();
        String error;
        boolean done;

        void reset() {
            addresses = new HashMap<>();
            error = null;
            done = false;
        }

        @Override
        public void call(LLVMErrorRef err, LLVMOrcCSymbolMapPair result, long count, Pointer context) {
            done = true;
            if (err != null && !err.isNull()) {
                error = message(err);
                return;
            }
            for (long i = 0; i < count; i++) {
                LLVMOrcCSymbolMapPair p = result.getPointer(i);
                addresses.put(LLVMOrcSymbolStringPoolEntryStr(p.Name()).getString(), p.Sym().Address());
            }
        }
    }

    private static void check(LLVMErrorRef err) throws LinkFailure {
        if (err != null && !err.isNull()) throw new LinkFailure(message(err));
    }

    private static String message(LLVMErrorRef err) {
        BytePointer m = LLVMGetErrorMessage(err);
        String s = m.getString();
        LLVMDisposeErrorMessage(m);
        return s;
    }
}
