package org.pyjit.runtime.modules.posix;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pyjit.runtime.WorkingDirectory;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.io.ChannelRawIO;
import org.pyjit.runtime.io.DescriptorTable;
import org.pyjit.runtime.io.OsErrors;
import org.pyjit.runtime.io.RawIO;
import org.pyjit.runtime.io.TextCodec;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;

/**
 * The {@code _posixsubprocess} module: {@code fork_exec}, what CPython's {@code subprocess.py}
 * starts every child with. The JVM cannot fork, so the child is started by {@code ProcessBuilder}
 * (posix_spawn through FFM would also need the file actions rebuilt from pyjit's virtual
 * descriptors, and would race with the JVM's own reaper thread over {@code waitpid}; the JDK's
 * launcher already closes every inherited descriptor but 0-2, as {@code close_fds=True} asks).
 * Each of the child's standard streams is connected to what the pyjit descriptor subprocess.py
 * passed stands for: a pipe end from {@code os.pipe} (reopened through {@code /proc/self/fd/N}),
 * a file by its path, the process's own stream (inherited), or, when pyjit's standard streams are
 * Java streams (an embedder capturing output), a thread copying bytes. A failed exec is reported
 * through {@code errpipe_write} in the format subprocess.py reads: {@code OSError:<hex errno>:}
 * (followed by {@code noexec} when the failure came before exec, i.e. from {@code cwd}).
 */
public final class ForkExec {
    private ForkExec() {}

    private static final String[] PARAMS = {"args", "executable_list", "close_fds", "pass_fds", "cwd", "env",
        "p2cread", "p2cwrite", "c2pread", "c2pwrite", "errread", "errwrite", "errpipe_read", "errpipe_write",
        "restore_signals", "call_setsid", "pgid_to_set", "gid", "extra_groups", "uid", "child_umask", "preexec_fn",
        "allow_vfork"};
    private static final Pattern JVM_ERRNO = Pattern.compile("error=(\\d+)");

    public static PyModule create() {
        PyModule m = new PyModule("_posixsubprocess");
        ArgParser parser = new ArgParser("fork_exec", PARAMS, 0, PARAMS.length, 22);
        m.dict.putStr("fork_exec", new PyBuiltinFunction("fork_exec", "_posixsubprocess",
                (args, kw) -> forkExec(parser.parse(args, kw, 0))));
        return m;
    }

    private static Object forkExec(Object[] p) {
        if (p[21] != PyNone.NONE) throw Errors.runtimeError("preexec_fn is not supported by pyjit (the JVM cannot fork)");
        List<String> argv = texts(p[0]);
        List<String> executables = texts(p[1]);
        int errpipeWrite = Defs.intArg(p[13]);
        File dir = p[4] == PyNone.NONE ? WorkingDirectory.get().toFile()
                : WorkingDirectory.get().resolve(text(p[4])).toFile();
        if (p[4] != PyNone.NONE && !dir.isDirectory()) {
            reportFailure(errpipeWrite, dir.exists() ? OsErrors.ENOTDIR : OsErrors.ENOENT, true);
            return ChildProcesses.addFailed();
        }
        ProcessBuilder pb = new ProcessBuilder().directory(dir);
        if (p[5] != PyNone.NONE) {
            Map<String, String> env = pb.environment();
            env.clear();
            for (String kv : texts(p[5])) {
                int eq = kv.indexOf('=');
                if (eq > 0) env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        } else {
            PosixProcess.childEnvironment(pb.environment());
        }
        List<Thread> pumps = new ArrayList<>();
        List<ChildProcesses.AfterExit> afterExit = new ArrayList<>();
        int[] parentFds = {Defs.intArg(p[6]), Defs.intArg(p[9]), Defs.intArg(p[11])};
        StreamLink[] links = new StreamLink[3];
        for (int slot = 0; slot < 3; slot++) links[slot] = link(parentFds[slot], slot, afterExit);
        pb.redirectInput(links[0].redirect()).redirectOutput(links[1].redirect()).redirectError(links[2].redirect());

        int savedErrno = 0, lastErrno = OsErrors.ENOENT;
        for (String exe : executables) {
            List<String> command = new ArrayList<>();
            command.add(exe);
            if (argv.size() > 1) command.addAll(argv.subList(1, argv.size()));
            Process proc;
            try {
                proc = pb.command(command).start();
            } catch (IOException e) {
                lastErrno = errnoOf(e);
                if (lastErrno != OsErrors.ENOENT && lastErrno != OsErrors.ENOTDIR && savedErrno == 0) savedErrno = lastErrno;
                continue;
            }
            pumpStreams(proc, links, pumps);
            ChildProcesses.add(new ChildProcesses.Child(proc.pid(), proc, pumps, afterExit));
            return proc.pid();
        }
        reportFailure(errpipeWrite, savedErrno != 0 ? savedErrno : lastErrno, false);
        return ChildProcesses.addFailed();
    }

    /** How one of the child's standard streams is connected: a redirection, plus a pyjit stream to copy through a pipe. */
    private record StreamLink(Redirect redirect, RawIO copied) {}

    /** The connection for child stream {@code slot} from parent descriptor {@code fd} (-1: the parent's own {@code slot}). */
    private static StreamLink link(int fd, int slot, List<ChildProcesses.AfterExit> afterExit) {
        if (fd == -1) fd = slot;
        if (fd < DescriptorTable.FIRST) {
            RawIO raw = PosixDescriptors.rawOrNull(fd);
            if (raw == null) return new StreamLink(slot == 0 ? Redirect.from(new File("/dev/null")) : Redirect.DISCARD, null);
            if (raw instanceof ChannelRawIO) { // the process's own descriptor
                if (fd == slot) return new StreamLink(Redirect.INHERIT, null);
                File self = new File("/proc/self/fd/" + fd);
                return new StreamLink(slot == 0 ? Redirect.from(self) : Redirect.appendTo(self), null);
            }
            return new StreamLink(Redirect.PIPE, raw);
        }
        ChannelRawIO c = DescriptorTable.get(fd);
        if (c == null) throw OsErrors.of(OsErrors.EBADF, null);
        File target;
        if (c.pipeEnd() != null) {
            target = c.pipeEnd().procPath();
        } else if (c.path() != null) {
            target = c.path().toFile();
            if (slot != 0) afterExit.add(followWrites(c));
        } else {
            throw OsErrors.of(OsErrors.EBADF, null);
        }
        // a file the parent opened for writing: the child appends, since it cannot share the parent's offset
        return new StreamLink(slot == 0 ? Redirect.from(target) : Redirect.appendTo(target), null);
    }

    /**
     * After the child wrote to a file the parent has open, moves the parent's position past what the
     * child wrote when the parent was at the end before, as the offset a forked child shares would.
     */
    private static ChildProcesses.AfterExit followWrites(ChannelRawIO c) {
        long before;
        try {
            before = c.channel().position() == c.channel().size() ? c.channel().size() : -1;
        } catch (IOException e) {
            before = -1;
        }
        long atEnd = before;
        return () -> {
            if (atEnd < 0 || !c.channel().isOpen()) return;
            try {
                if (c.channel().position() == atEnd) c.channel().position(c.channel().size());
            } catch (IOException e) {
                // the file went away meanwhile: nothing to follow
            }
        };
    }

    /** Starts the threads that copy between the child's pipes and pyjit streams that are Java streams. */
    private static void pumpStreams(Process proc, StreamLink[] links, List<Thread> pumps) {
        if (links[0].copied() != null) {
            RawIO from = links[0].copied();
            OutputStream to = proc.getOutputStream();
            Thread t = Thread.ofPlatform().daemon().name("pyjit-stdin-copy").start(() -> {
                byte[] buf = new byte[8192];
                try (to) {
                    for (int n; (n = from.read(buf, 0, buf.length)) > 0; ) to.write(buf, 0, n);
                } catch (IOException e) {
                    // the child closed its input: stop copying
                }
            });
            t.setUncaughtExceptionHandler((th, e) -> {});
        }
        for (int slot = 1; slot < 3; slot++) {
            if (links[slot].copied() == null) continue;
            RawIO to = links[slot].copied();
            InputStream from = slot == 1 ? proc.getInputStream() : proc.getErrorStream();
            pumps.add(Thread.ofPlatform().daemon().name("pyjit-output-copy").start(() -> {
                byte[] buf = new byte[8192];
                try (from) {
                    for (int n; (n = from.read(buf)) > 0; ) {
                        synchronized (to) {
                            to.write(buf, 0, n);
                            to.flush();
                        }
                    }
                } catch (IOException e) {
                    // the stream was closed: the copy ends
                }
            }));
        }
    }

    /** Writes subprocess.py's failure record to the error pipe. */
    private static void reportFailure(int errpipeWrite, int errno, boolean beforeExec) {
        String record = "OSError:" + Integer.toHexString(errno) + ":" + (beforeExec ? "noexec" : "");
        byte[] bytes = record.getBytes(StandardCharsets.US_ASCII);
        try {
            PosixDescriptors.raw(errpipeWrite).write(bytes, 0, bytes.length);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
    }

    /** The errno in the JVM's start failure ({@code Cannot run program "x": error=2, No such file or directory}). */
    private static int errnoOf(IOException e) {
        Matcher m = JVM_ERRNO.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : OsErrors.errnoOf(e);
    }

    private static List<String> texts(Object seq) {
        List<String> out = new ArrayList<>();
        if (seq == PyNone.NONE) return out;
        Object it = Ops.iter(seq);
        for (Object o; (o = Ops.next(it)) != null; ) out.add(text(o));
        return out;
    }

    /** An argument as the text the JVM passes on: str as is, bytes decoded as the file system encoding does. */
    private static String text(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyBytes b) return TextCodec.UTF_8.decode(b.toArray(), "surrogateescape");
        Object p = PosixFiles.fspath(o);
        if (p instanceof String || p instanceof PyBytes) return text(p);
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(o));
    }
}
