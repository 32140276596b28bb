package org.pyjit.compiler.llvm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.compiler.bytecode.CodeObject;

/**
 * Plans a native unit: the root function specialized for its profiled argument kinds, plus every
 * Python function it calls directly (transitively, each per argument kinds), so recursion and
 * mutual recursion become direct native calls. Return kinds are found by iterating the analysis to
 * a fixed point; the object table and guard cells are numbered in discovery order, so the same
 * program always yields the same plan.
 */
final class UnitPlanner {
    /** Beyond this many functions, further calls leave native code instead of growing the unit. */
    static final int MAX_FUNCTIONS = 32;
    private static final int MAX_ROUNDS = 50;

    private final List<FunctionPlan> plans = new ArrayList<>();
    private final Map<CodeObject, Map<List<Kind>, FunctionPlan>> byCode = new IdentityHashMap<>();
    private final List<GlobalBinding> objects = new ArrayList<>();
    private final Map<Object, Integer> objectIndex = new IdentityHashMap<>();
    private final Map<Object, Integer> guardIndex = new LinkedHashMap<>();
    private final List<Object> guards = new ArrayList<>();
    private boolean returnKindsChanged;

    /** Whether native code can run {@code code} at all (a plain function: no cells, generators or * / ** parameters). */
    static boolean eligible(CodeObject code) {
        int unsupportedFlags = CodeObject.VARARGS | CodeObject.VARKEYWORDS | CodeObject.GENERATOR | CodeObject.COROUTINE
                | CodeObject.ASYNC_GENERATOR | CodeObject.ITERABLE_COROUTINE;
        return (code.flags & unsupportedFlags) == 0 && (code.flags & CodeObject.OPTIMIZED) != 0
                && code.kwonlyargcount == 0 && code.cellvars.length == 0 && code.freevars.length == 0
                && code.registerCount <= NativeAbi.MAX_REGISTERS;
    }

    /** Plans the unit rooted at {@code root} for the argument kinds of {@code profile}. */
    static UnitPlan plan(CodeObject root, GlobalResolver resolver, TypeProfile profile) {
        if (!eligible(root)) throw new IllegalArgumentException(root.qualname + " is not eligible for native code");
        List<Kind> args = new ArrayList<>();
        for (ValueKind k : profile.argumentKinds()) args.add(Kind.of(k));
        if (args.size() != root.argcount || args.contains(Kind.RANGE_ITER)) {
            throw new IllegalArgumentException("argument kinds " + profile.argumentKinds() + " do not fit " + root.qualname);
        }
        UnitPlanner planner = new UnitPlanner();
        FunctionPlan rootPlan = planner.specialize(root, resolver, args);
        int loop = profile.loopEntryPc();
        if (loop >= 0) {
            Kind[] seed = new Kind[root.registerCount];
            for (int r = 0; r < seed.length; r++) {
                Kind k = Kind.UNBOUND;
                for (ValueKind v : profile.kindsSeen(loop, r)) k = k.is(Kind.Tag.UNBOUND) ? Kind.of(v) : k.join(Kind.of(v));
                seed[r] = k;
            }
            rootPlan.loopSeeds.put(loop, seed);
        }
        planner.solve();
        return new UnitPlan(List.copyOf(planner.plans), List.copyOf(planner.objects), List.copyOf(planner.guards));
    }

    private void solve() {
        KindAnalysis analysis = new KindAnalysis(this);
        boolean widened = false;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            returnKindsChanged = false;
            for (int i = 0; i < plans.size(); i++) analysis.analyze(plans.get(i)); // plans may grow meanwhile
            if (returnKindsChanged) continue;
            // stable: a function that still returns nothing can only leave native code; callers see its tag
            boolean any = false;
            for (FunctionPlan p : plans) {
                if (p.returnKind.is(Kind.Tag.BOTTOM)) {
                    p.returnKind = Kind.TOP;
                    any = true;
                }
            }
            if (!any) return;
            widened = true;
        }
        throw new IllegalStateException("native unit planning did not converge" + (widened ? " after widening" : ""));
    }

    /** The plan of {@code code} for these argument kinds, created on first request; null when the unit is full. */
    FunctionPlan specialize(CodeObject code, GlobalResolver resolver, List<Kind> args) {
        Map<List<Kind>, FunctionPlan> specs = byCode.computeIfAbsent(code, c -> new LinkedHashMap<>());
        FunctionPlan p = specs.get(args);
        if (p != null) return p;
        if (plans.size() >= MAX_FUNCTIONS) return null;
        p = new FunctionPlan(plans.size(), code, args, resolver);
        plans.add(p);
        specs.put(List.copyOf(args), p);
        returnKindsChanged = true; // a new function must be analyzed before the result is stable
        return p;
    }

    void widenReturn(FunctionPlan plan, Kind kind) {
        Kind joined = plan.returnKind.join(kind);
        if (!joined.equals(plan.returnKind)) {
            plan.returnKind = joined;
            returnKindsChanged = true;
        }
    }

    /** The object-table index of a binding native code holds by reference. */
    int objectIndex(GlobalBinding binding) {
        Object value = GlobalBinding.valueOf(binding);
        Integer i = objectIndex.get(value);
        if (i == null) {
            i = objects.size();
            objects.add(binding);
            objectIndex.put(value, i);
        }
        return i;
    }

    GlobalBinding object(int index) {
        return objects.get(index);
    }

    /** The guard cell of a binding's guard token (-1 for none). */
    int guardIndex(GlobalBinding binding) {
        Object token = binding.guard();
        if (token == null) return -1;
        Integer i = guardIndex.get(token);
        if (i == null) {
            i = guards.size();
            guards.add(token);
            guardIndex.put(token, i);
        }
        return i;
    }
}
