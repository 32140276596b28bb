package org.pyjit.compiler.llvm;

import java.util.List;

/**
 * A planned native unit: its functions (index 0 is the root), the objects native code refers to by
 * index, and the guard tokens whose cells it checks.
 */
record UnitPlan(List<FunctionPlan> functions, List<GlobalBinding> objects, List<Object> guards) {

    FunctionPlan root() {
        return functions.get(0);
    }

    /** The object-table index of a binding native code holds by reference. */
    int objectIndexOf(GlobalBinding binding) {
        Object value = GlobalBinding.valueOf(binding);
        for (int i = 0; i < objects.size(); i++) if (GlobalBinding.valueOf(objects.get(i)) == value) return i;
        throw new IllegalStateException("binding not in the object table: " + binding);
    }

    /** Bytes of the largest deoptimization record any function of the unit writes. */
    int maxRecordBytes() {
        int max = 0;
        for (FunctionPlan f : functions) max = Math.max(max, NativeAbi.recordBytes(f.code.registerCount));
        return max;
    }
}
