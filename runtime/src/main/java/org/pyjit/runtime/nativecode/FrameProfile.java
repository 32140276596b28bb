package org.pyjit.runtime.nativecode;

import java.util.List;
import java.util.Set;
import org.pyjit.compiler.llvm.TypeProfile;
import org.pyjit.compiler.llvm.ValueKind;

/**
 * The profile a compile request sends: the argument kinds of the call (or frame) that asked, and
 * for an OSR request the kinds of the frame's registers at the loop header it is waiting at.
 */
record FrameProfile(List<ValueKind> argumentKinds, Object[] registers, int loopEntryPc) implements TypeProfile {

    @Override
    public Set<ValueKind> kindsSeen(int pc, int register) {
        if (pc != loopEntryPc || register >= registers.length) return Set.of();
        ValueKind k = NativeValues.profileKind(registers[register]);
        return k == null ? Set.of() : Set.of(k);
    }
}
