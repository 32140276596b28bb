package org.pyjit.runtime.modules.posix;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.pyjit.runtime.io.ChannelRawIO;
import org.pyjit.runtime.io.DescriptorTable;
import org.pyjit.runtime.io.NativeLibc;
import org.pyjit.runtime.io.OsErrors;
import org.pyjit.runtime.io.OsPipeEnd;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;

/**
 * The functions of {@code posix} for talking to child processes: {@code pipe}, {@code waitpid},
 * {@code wait}, {@code kill} and the wait-status macros ({@code WIFEXITED}, {@code WEXITSTATUS}, …).
 */
final class PosixChildren {
    private PosixChildren() {}

    static void install(PyDict d) {
        Defs.positional(d, "pipe", 0, 0, a -> pipe());
        Defs.positional(d, "waitpid", 2, 2, a -> ChildProcesses.waitpid(Defs.intArg(a[0]), Defs.intArg(a[1])));
        Defs.positional(d, "wait", 0, 0, a -> ChildProcesses.waitpid(-1, 0));
        Defs.positional(d, "kill", 2, 2, a -> {
            kill(Defs.intArg(a[0]), Defs.intArg(a[1]));
            return PyNone.NONE;
        });
        Defs.positional(d, "WIFEXITED", 1, 1, a -> (Defs.intArg(a[0]) & 0x7f) == 0);
        Defs.positional(d, "WEXITSTATUS", 1, 1, a -> (long) ((Defs.intArg(a[0]) >> 8) & 0xff));
        Defs.positional(d, "WIFSIGNALED", 1, 1, a -> {
            int s = Defs.intArg(a[0]) & 0x7f;
            return s != 0 && s != 0x7f;
        });
        Defs.positional(d, "WTERMSIG", 1, 1, a -> (long) (Defs.intArg(a[0]) & 0x7f));
        Defs.positional(d, "WIFSTOPPED", 1, 1, a -> (Defs.intArg(a[0]) & 0xff) == 0x7f);
        Defs.positional(d, "WSTOPSIG", 1, 1, a -> (long) ((Defs.intArg(a[0]) >> 8) & 0xff));
        Defs.positional(d, "WCOREDUMP", 1, 1, a -> (Defs.intArg(a[0]) & 0x80) != 0);
        Defs.positional(d, "WIFCONTINUED", 1, 1, a -> Defs.intArg(a[0]) == 0xffff);
    }

    /**
     * {@code os.pipe()}: a real OS pipe (so a child can be connected to it), read and written through
     * channels opened on {@code /proc/self/fd/N}; its two ends get pyjit descriptor numbers.
     */
    static PyTuple pipe() {
        int[] fds = NativeLibc.pipe();
        if (fds.length == 1) throw OsErrors.of(-fds[0], null);
        OsPipeEnd read = new OsPipeEnd(fds[0]), write = new OsPipeEnd(fds[1]);
        try {
            // both are opened before either OS end is at risk: opening one end of a pipe waits for the other
            FileChannel in = FileChannel.open(read.procPath().toPath(), StandardOpenOption.READ);
            FileChannel out = FileChannel.open(write.procPath().toPath(), StandardOpenOption.WRITE);
            int r = DescriptorTable.add(new ChannelRawIO(in, true, false, -1, true, false).withPipeEnd(read), true);
            int w = DescriptorTable.add(new ChannelRawIO(out, false, true, -1, true, false).withPipeEnd(write), true);
            return PyTuple.of((long) r, (long) w);
        } catch (IOException e) {
            read.close();
            write.close();
            throw OsErrors.fromIOException(e, null);
        }
    }

    /** {@code os.kill(pid, sig)}; an ended child not yet waited for still accepts signals (as a zombie does). */
    private static void kill(int pid, int sig) {
        if (pid == ProcessHandle.current().pid()) {
            org.pyjit.runtime.ops.Ops.call(org.pyjit.runtime.ops.Ops.getAttr(
                    org.pyjit.runtime.imports.ImportSystem.importModule("signal"), "raise_signal"), (long) sig);
            return;
        }
        Process child = ChildProcesses.processOf(pid);
        if (child != null && !child.isAlive()) return;
        if (child != null && sig != 0) ChildProcesses.noteSignal(pid, sig);
        int r = NativeLibc.kill(pid, sig);
        if (r < 0) throw OsErrors.of(-r, null);
    }

    /** The OS descriptor to watch for pyjit descriptor {@code fd}, or -1 when it is always ready (files, captured streams). */
    static int osDescriptor(int fd) {
        if (fd >= 0 && fd < DescriptorTable.FIRST) {
            return PosixDescriptors.raw(fd) instanceof ChannelRawIO ? fd : -1;
        }
        ChannelRawIO c = fd < 0 ? null : DescriptorTable.get(fd);
        if (c == null) throw OsErrors.of(OsErrors.EBADF, null);
        return c.pipeEnd() == null ? -1 : c.pipeEnd().fd();
    }
}
