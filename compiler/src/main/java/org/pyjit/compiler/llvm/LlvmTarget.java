package org.pyjit.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;

/**
 * The host target LLVM compiles for, initialized once (loading LLVM's native library happens
 * here, on first use): triple, CPU name and features (the host's, or the baseline
 * {@link NativeCpu} selects), and target machines for PIC code.
 */
public final class LlvmTarget {
    private static volatile LlvmTarget host;

    /** e.g. {@code x86_64-unknown-linux-gnu}. */
    public final String triple;
    public final String cpu;
    public final String features;
    /** LLVM's version, e.g. {@code 20.1.7}. */
    public final String llvmVersion;
    private final LLVMTargetRef target;

    private LlvmTarget() {
        LLVMInitializeNativeTarget();
        LLVMInitializeNativeAsmPrinter();
        triple = takeString(LLVMGetDefaultTargetTriple());
        String hostCpu = takeString(LLVMGetHostCPUName());
        String hostFeatures = takeString(LLVMGetHostCPUFeatures());
        if (NativeCpu.selected().equals(NativeCpu.NATIVE)) {
            cpu = hostCpu;
            features = hostFeatures;
        } else { // a baseline for a mixed fleet: exactly the named CPU's own features
            cpu = NativeCpu.selected();
            features = "";
        }
        int[] major = new int[1], minor = new int[1], patch = new int[1];
        LLVMGetVersion(major, minor, patch);
        llvmVersion = major[0] + "." + minor[0] + "." + patch[0];
        LLVMTargetRef t = new LLVMTargetRef();
        BytePointer error = new BytePointer();
        if (LLVMGetTargetFromTriple(new BytePointer(triple), t, error) != 0) {
            String message = takeString(error);
            throw new IllegalStateException("LLVM has no target for " + triple + ": " + message);
        }
        target = t;
    }

    /** The host target, loading and initializing LLVM on first call. */
    public static LlvmTarget host() {
        LlvmTarget t = host;
        if (t == null) {
            synchronized (LlvmTarget.class) {
                if (host == null) host = new LlvmTarget();
                t = host;
            }
        }
        return t;
    }

    /** A target machine for position-independent code at {@code -O2}; the caller disposes it. */
    LLVMTargetMachineRef newMachine() {
        return LLVMCreateTargetMachine(target, triple, cpu, features, LLVMCodeGenLevelDefault, LLVMRelocPIC,
                LLVMCodeModelDefault);
    }

    /** Copies a string LLVM allocated and frees it. */
    static String takeString(BytePointer p) {
        if (p == null || p.isNull()) return "";
        String s = p.getString();
        LLVMDisposeMessage(p);
        return s;
    }
}
