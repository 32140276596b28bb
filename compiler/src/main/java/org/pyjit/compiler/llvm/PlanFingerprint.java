package org.pyjit.compiler.llvm;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.bytecode.CodeObjectSerializer;

/**
 * The bytes a planned unit's lowering depends on, written deterministically: every function's code
 * (instructions, constants, names, exception table), its argument, return and per-instruction register
 * kinds, traps, loop seeds, and what each global load, call and guard resolved to,
 * plus the unit's object table and guard count. Two plans with equal bytes lower to the same IR
 * (with the same compiler), so the digest of these bytes can stand for the IR's in a cache lookup
 * before any IR is built. Anything not reproducible across runs would only make the bytes differ,
 * which costs a miss (the IR path), never a wrong hit.
 */
final class PlanFingerprint {
    private PlanFingerprint() {}

    /** Bumped when what is written here changes shape. */
    private static final int VERSION = 1;

    /** Written before lowering, which fills in derived data (live registers) that is a function of the code anyway. */
    static byte[] of(UnitPlan plan) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.writeInt(VERSION);
            out.writeInt(plan.functions().size());
            for (FunctionPlan f : plan.functions()) writeFunction(out, f);
            out.writeInt(plan.objects().size());
            for (GlobalBinding b : plan.objects()) writeBinding(out, b);
            out.writeInt(plan.guards().size());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        return bytes.toByteArray();
    }

    private static void writeFunction(DataOutputStream out, FunctionPlan f) throws IOException {
        out.writeInt(f.index);
        writeCode(out, f.code);
        writeKinds(out, f.argumentKinds.toArray(Kind[]::new));
        writeKind(out, f.returnKind);
        out.writeInt(f.before.length);
        for (int pc = 0; pc < f.before.length; pc++) {
            if (f.before[pc] == null) continue;
            out.writeInt(pc);
            writeKinds(out, f.before[pc]);
            out.writeBoolean(f.trap[pc]);
        }
        out.writeInt(-1);
        out.writeInt(f.loopHeaders.size());
        for (int h : f.loopHeaders) out.writeInt(h);
        Map<Integer, Kind[]> seeds = new TreeMap<>(f.loopSeeds);
        out.writeInt(seeds.size());
        for (Map.Entry<Integer, Kind[]> e : seeds.entrySet()) {
            out.writeInt(e.getKey());
            writeKinds(out, e.getValue());
        }
        writeIntMap(out, f.calleeAt);
        writeIntMap(out, f.guardAt);
        Map<Integer, GlobalBinding> bindings = new TreeMap<>(f.bindingAt);
        out.writeInt(bindings.size());
        for (Map.Entry<Integer, GlobalBinding> e : bindings.entrySet()) {
            out.writeInt(e.getKey());
            writeBinding(out, e.getValue());
        }
    }

    /**
     * The code as the module cache stores it (instructions, constants of every kind, names, exception
     * and position tables, nested code): deterministic by design, unlike constants' {@code toString}.
     */
    private static void writeCode(DataOutputStream out, CodeObject code) throws IOException {
        byte[] serialized = CodeObjectSerializer.serialize(code);
        out.writeInt(serialized.length);
        out.write(serialized);
    }

    private static void writeBinding(DataOutputStream out, GlobalBinding b) throws IOException {
        switch (b) {
            case GlobalBinding.Constant k -> out.writeUTF("const " + k.kind() + " " + k.bits());
            case GlobalBinding.Function fn -> out.writeUTF("function " + fn.code().qualname + " " + fn.code().firstLineno);
            case GlobalBinding.Builtin builtin -> out.writeUTF("builtin " + builtin.name());
            case GlobalBinding.MathModule m -> out.writeUTF("math");
            case GlobalBinding.MathFunction m -> out.writeUTF("math." + m.name());
            case GlobalBinding.Unsupported u -> out.writeUTF("unsupported");
        }
    }

    private static void writeKinds(DataOutputStream out, Kind[] kinds) throws IOException {
        out.writeInt(kinds.length);
        for (Kind k : kinds) writeKind(out, k);
    }

    private static void writeKind(DataOutputStream out, Kind k) throws IOException {
        out.writeByte(k.tag().ordinal());
        out.writeInt(k.object());
    }

    private static void writeIntMap(DataOutputStream out, Map<Integer, Integer> map) throws IOException {
        Map<Integer, Integer> sorted = new TreeMap<>(map);
        out.writeInt(sorted.size());
        for (Map.Entry<Integer, Integer> e : sorted.entrySet()) {
            out.writeInt(e.getKey());
            out.writeInt(e.getValue());
        }
    }
}
