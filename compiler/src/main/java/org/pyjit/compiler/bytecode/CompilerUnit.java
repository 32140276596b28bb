package org.pyjit.compiler.bytecode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The state of one code object while it is being compiled: its scope, builder, registers and blocks. */
final class CompilerUnit {
    final Scope scope;
    final String name;
    final String qualname;
    final int firstLine;
    final List<String> varnames = new ArrayList<>();
    final List<String> cellvars;
    final List<String> freevars;
    final Map<String, Integer> fastRegs = new LinkedHashMap<>();
    final Map<String, Integer> cellRegs = new LinkedHashMap<>();
    final CodeBuilder b;
    final Deque<FrameBlock> blocks = new ArrayDeque<>();
    /** Locals an enclosing loop accumulates with {@link Opcode#STR_APPEND} (see {@link LoopStrAccumulation}). */
    final java.util.Set<String> accumulating = new java.util.HashSet<>();
    int argcount, posonlyargcount, kwonlyargcount;

    CompilerUnit(Scope scope, String name, String qualname, int firstLine) {
        this.scope = scope;
        this.name = name;
        this.qualname = qualname;
        this.firstLine = firstLine;
        if (scope.isFunction()) {
            for (String p : scope.params) varnames.add(p);
            for (Map.Entry<String, Scope.Access> e : scope.access.entrySet()) {
                if ((e.getValue() == Scope.Access.FAST || e.getValue() == Scope.Access.CELL) && !varnames.contains(e.getKey())
                        && e.getValue() == Scope.Access.FAST) {
                    varnames.add(e.getKey());
                }
            }
        }
        cellvars = new ArrayList<>(scope.cells);
        cellvars.sort(null);
        freevars = new ArrayList<>(scope.frees);
        freevars.removeAll(cellvars);
        freevars.sort(null);
        for (int i = 0; i < varnames.size(); i++) fastRegs.put(varnames.get(i), i);
        int r = varnames.size();
        for (String c : cellvars) cellRegs.put(c, r++);
        for (String f : freevars) cellRegs.put(f, r++);
        b = new CodeBuilder(r);
    }

    /** For each cell variable that is also a parameter, that parameter's register (else -1). */
    int[] cellParameters() {
        int[] r = new int[cellvars.size()];
        for (int i = 0; i < r.length; i++) {
            int p = scope.params.indexOf(cellvars.get(i));
            r[i] = p;
        }
        return r;
    }

    /** The register of a fast local (creating none); {@code name} as written (private names are mangled here). */
    Integer fast(String name) {
        return fastRegs.get(scope.mangle(name));
    }

    Integer cell(String name) {
        return cellRegs.get(name);
    }
}
