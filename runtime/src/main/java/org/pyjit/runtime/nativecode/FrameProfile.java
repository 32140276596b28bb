package org.pyjit.runtime.nativecode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pyjit.compiler.llvm.TypeProfile;
import org.pyjit.compiler.llvm.ValueKind;

/**
 * The profile a compile request sends: the argument kinds of the call (or frame) that asked, and
 * for an OSR request the kinds each register had at the loop header in the frames that asked for
 * an entry there (one frame's kinds at first; joined with a later frame's when a unit that kept
 * deoptimizing is recompiled, so the new entry is wider).
 */
record FrameProfile(List<ValueKind> argumentKinds, List<Set<ValueKind>> loopRegisterKinds, int loopEntryPc) implements TypeProfile {

    /** The kinds of {@code registers}, joined into {@code seen} (null for none yet); an unbound register adds nothing. */
    static List<Set<ValueKind>> join(List<Set<ValueKind>> seen, Object[] registers) {
        List<Set<ValueKind>> out = new ArrayList<>(registers.length);
        for (int r = 0; r < registers.length; r++) {
            Set<ValueKind> kinds = EnumSet.noneOf(ValueKind.class);
            if (seen != null && r < seen.size()) kinds.addAll(seen.get(r));
            ValueKind k = NativeValues.profileKind(registers[r]);
            if (k != null) kinds.add(k);
            out.add(kinds);
        }
        return out;
    }

    @Override
    public Set<ValueKind> kindsSeen(int pc, int register) {
        if (pc != loopEntryPc || register >= loopRegisterKinds.size()) return Set.of();
        return loopRegisterKinds.get(register);
    }
}
