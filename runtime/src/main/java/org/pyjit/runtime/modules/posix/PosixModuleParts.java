package org.pyjit.runtime.modules.posix;

import org.pyjit.runtime.objects.PyDict;

/** Installs the functions and types of every part of the {@code posix} module into its namespace. */
public final class PosixModuleParts {
    private PosixModuleParts() {}

    public static void install(PyDict d) {
        d.putStr("stat_result", StatResult.TYPE.type);
        d.putStr("environ", PosixProcess.environ());
        PosixFiles.install(d);
        PosixDescriptors.install(d);
        PosixProcess.install(d);
        PosixChildren.install(d);
        DirEntries.install(d);
    }
}
