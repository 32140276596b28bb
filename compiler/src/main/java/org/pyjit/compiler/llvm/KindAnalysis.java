package org.pyjit.compiler.llvm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.bytecode.Opcode;

/**
 * Forward data flow over one function's bytecode: the kind of every register before every
 * reachable instruction, starting from the specialized argument kinds. Instructions whose operand
 * kinds native code does not handle become traps (native code leaves there), so nothing after
 * them is reached through that path.
 */
final class KindAnalysis {
    private final UnitPlanner planner;

    KindAnalysis(UnitPlanner planner) {
        this.planner = planner;
    }

    /** A successor of an instruction and the register kinds it sees. */
    private record Edge(int pc, Kind[] state) {}

    void analyze(FunctionPlan plan) {
        int[] c = plan.code.code;
        plan.before = new Kind[c.length][];
        plan.trap = new boolean[c.length];
        plan.loopHeaders.clear();
        plan.before[0] = plan.entryState();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        work.add(0);
        plan.loopSeeds.forEach((pc, seed) -> {
            if (merge(plan, pc, seed.clone())) work.add(pc);
            if (!plan.loopHeaders.contains(pc)) plan.loopHeaders.add(pc);
        });
        while (!work.isEmpty()) {
            int pc = work.poll();
            List<Edge> edges = new ArrayList<>(2);
            plan.trap[pc] = !step(plan, pc, plan.before[pc].clone(), edges);
            for (Edge e : edges) {
                if (e.pc <= pc && !plan.loopHeaders.contains(e.pc)) plan.loopHeaders.add(e.pc);
                if (merge(plan, e.pc, e.state)) work.add(e.pc);
            }
        }
        plan.loopHeaders.sort(null);
    }

    private static boolean merge(FunctionPlan plan, int pc, Kind[] state) {
        Kind[] old = plan.before[pc];
        if (old == null) {
            plan.before[pc] = state;
            return true;
        }
        boolean changed = false;
        for (int r = 0; r < old.length; r++) {
            Kind j = old[r].join(state[r]);
            if (!j.equals(old[r])) {
                old[r] = j;
                changed = true;
            }
        }
        return changed;
    }

    /** Computes the successors of the instruction at pc; false when it is a trap. */
    private boolean step(FunctionPlan plan, int pc, Kind[] s, List<Edge> out) {
        int[] c = plan.code.code;
        Opcode op = Opcode.of(c[pc]);
        int next = pc + op.size();
        switch (op) {
            case NOP -> out.add(new Edge(next, s));
            case LOAD_CONST -> {
                Kind k = constantKind(plan.code.consts[c[pc + 2]]);
                if (k == null) return false;
                s[c[pc + 1]] = k;
                out.add(new Edge(next, s));
            }
            case MOVE -> {
                Kind k = s[c[pc + 2]];
                if (k.is(Kind.Tag.UNBOUND)) return false;
                s[c[pc + 1]] = k;
                out.add(new Edge(next, s));
            }
            case LOAD_GLOBAL -> {
                GlobalBinding b = plan.bindingAt.computeIfAbsent(pc, p -> plan.resolver.global(plan.code.names[c[pc + 2]]));
                Kind k = bindingKind(b);
                if (k == null) return false;
                plan.guardAt.put(pc, planner.guardIndex(b));
                s[c[pc + 1]] = k;
                out.add(new Edge(next, s));
            }
            case LOAD_ATTR -> {
                GlobalBinding b = moduleAttribute(plan, pc, s[c[pc + 2]], c[pc + 3]);
                Kind k = b == null ? null : bindingKind(b);
                if (k == null) return false;
                s[c[pc + 1]] = k;
                out.add(new Edge(next, s));
            }
            case BINARY, INPLACE -> {
                Kind k = KindRules.binary(c[pc + 2], s[c[pc + 3]], s[c[pc + 4]]);
                if (k == null) return false;
                s[c[pc + 1]] = k;
                out.add(new Edge(next, s));
            }
            case STR_APPEND -> { // a += b on whatever the loop's local holds; str operands stay in the interpreter
                Kind k = KindRules.binary(KindRules.ADD, s[c[pc + 2]], s[c[pc + 3]]);
                if (k == null) return false;
                s[c[pc + 1]] = k;
                out.add(new Edge(next, s));
            }
            case STR_SEAL -> out.add(new Edge(next, s)); // a number stays what it is
            case UNARY -> {
                Kind k = KindRules.unary(c[pc + 2], s[c[pc + 3]]);
                if (k == null) return false;
                s[c[pc + 1]] = k;
                out.add(new Edge(next, s));
            }
            case COMPARE -> {
                Kind k = KindRules.compare(c[pc + 2], s[c[pc + 3]], s[c[pc + 4]]);
                if (k == null) return false;
                s[c[pc + 1]] = k;
                out.add(new Edge(next, s));
            }
            case TO_BOOL -> {
                if (!s[c[pc + 2]].hasTruth()) return false;
                s[c[pc + 1]] = Kind.BOOL;
                out.add(new Edge(next, s));
            }
            case JUMP -> out.add(new Edge(c[pc + 1], s));
            case JUMP_IF_FALSE, JUMP_IF_TRUE -> {
                if (!s[c[pc + 1]].hasTruth()) return false;
                out.add(new Edge(c[pc + 2], s));
                out.add(new Edge(next, s.clone()));
            }
            case GET_ITER -> {
                if (!s[c[pc + 2]].is(Kind.Tag.RANGE)) return false;
                s[c[pc + 1]] = Kind.RANGE_ITER;
                out.add(new Edge(next, s));
            }
            case FOR_ITER -> {
                if (!s[c[pc + 2]].is(Kind.Tag.RANGE_ITER)) return false;
                out.add(new Edge(c[pc + 3], s.clone()));
                s[c[pc + 1]] = Kind.INT;
                out.add(new Edge(next, s));
            }
            case RETURN -> {
                Kind k = s[c[pc + 1]];
                if (!k.isReturnable() && !k.is(Kind.Tag.BOTTOM)) return false;
                planner.widenReturn(plan, k);
            }
            case CALL -> {
                Kind k = call(plan, pc, s);
                if (k == null) return false;
                s[c[pc + 1]] = k;
                out.add(new Edge(next, s));
            }
            case CALL_METHOD -> {
                Kind k = methodCall(plan, pc, s);
                if (k == null) return false;
                s[c[pc + 1]] = k;
                out.add(new Edge(next, s));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    static Kind constantKind(Object k) {
        if (k instanceof Long) return Kind.INT;
        if (k instanceof Double) return Kind.FLOAT;
        if (k instanceof Boolean) return Kind.BOOL;
        if (k == org.pyjit.compiler.ast.ConstantSingleton.NONE) return Kind.NONE;
        return null;
    }

    private Kind bindingKind(GlobalBinding b) {
        return switch (b) {
            case GlobalBinding.Constant k -> Kind.of(k.kind());
            case GlobalBinding.Unsupported u -> null;
            default -> Kind.object(planner.objectIndex(b));
        };
    }

    /** {@code module.name} on a register holding the math module, resolved once per pc; null otherwise. */
    private GlobalBinding moduleAttribute(FunctionPlan plan, int pc, Kind receiver, int nameIndex) {
        if (!receiver.is(Kind.Tag.OBJECT)) return null;
        GlobalBinding module = planner.object(receiver.object());
        if (!(module instanceof GlobalBinding.MathModule)) return null;
        GlobalBinding b = plan.bindingAt.computeIfAbsent(pc, p -> plan.resolver.attribute(module, plan.code.names[nameIndex]));
        if (b instanceof GlobalBinding.Unsupported) return null;
        plan.guardAt.put(pc, planner.guardIndex(b));
        return b;
    }

    private Kind call(FunctionPlan plan, int pc, Kind[] s) {
        int[] c = plan.code.code;
        Kind callee = s[c[pc + 2]];
        if (c[pc + 5] >= 0 || !callee.is(Kind.Tag.OBJECT)) return null;
        List<Kind> args = Arrays.asList(Arrays.copyOfRange(s, c[pc + 3], c[pc + 3] + c[pc + 4]));
        return switch (planner.object(callee.object())) {
            case GlobalBinding.Builtin b -> KindRules.builtin(b.name(), args);
            case GlobalBinding.MathFunction m -> KindRules.math(m.name(), args);
            case GlobalBinding.Function f -> pythonCall(plan, pc, f, args);
            default -> null;
        };
    }

    private Kind pythonCall(FunctionPlan plan, int pc, GlobalBinding.Function f, List<Kind> args) {
        CodeObject code = f.code();
        if (!UnitPlanner.eligible(code) || code.argcount != args.size()) return null;
        for (Kind k : args) {
            if (k.is(Kind.Tag.BOTTOM)) return Kind.BOTTOM;
            if (!k.isReturnable() && !k.is(Kind.Tag.OPAQUE)) return null;
        }
        FunctionPlan callee = planner.specialize(code, f.globals(), args);
        if (callee == null) return null;
        plan.calleeAt.put(pc, callee.index);
        return callee.returnKind;
    }

    private Kind methodCall(FunctionPlan plan, int pc, Kind[] s) {
        int[] c = plan.code.code;
        if (c[pc + 6] >= 0) return null;
        GlobalBinding b = moduleAttribute(plan, pc, s[c[pc + 2]], c[pc + 3]);
        if (!(b instanceof GlobalBinding.MathFunction m)) return null;
        List<Kind> args = Arrays.asList(Arrays.copyOfRange(s, c[pc + 4], c[pc + 4] + c[pc + 5]));
        return KindRules.math(m.name(), args);
    }
}
