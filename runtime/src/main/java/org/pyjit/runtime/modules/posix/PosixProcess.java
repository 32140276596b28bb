package org.pyjit.runtime.modules.posix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.io.ErrnoCodes;
import org.pyjit.runtime.io.OsErrors;
import org.pyjit.runtime.io.StandardStreams;
import org.pyjit.runtime.io.TextCodec;
import org.pyjit.runtime.modules.StructSeqType;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;

/**
 * The process functions of {@code posix}: identity (pid, uid, gid), {@code uname}, {@code times},
 * {@code cpu_count}, {@code urandom}, {@code umask}, {@code strerror}, {@code _exit}, the
 * environment, {@code system}. Linux facts the JVM does not expose are read from {@code /proc}.
 */
public final class PosixProcess {
    private PosixProcess() {}

    static final StructSeqType UNAME_RESULT = new StructSeqType("posix.uname_result",
            new String[] {"sysname", "nodename", "release", "version", "machine"}, 5);
    static final StructSeqType TIMES_RESULT = new StructSeqType("posix.times_result",
            new String[] {"user", "system", "children_user", "children_system", "elapsed"}, 5);
    static final StructSeqType TERMINAL_SIZE = new StructSeqType("os.terminal_size", new String[] {"columns", "lines"}, 2);

    /** Clock ticks per second of {@code /proc} times (USER_HZ, 100 on every Linux architecture). */
    private static final double TICKS = 100.0;

    /** Environment changes made by the program ({@code putenv}; null value: {@code unsetenv}), for child processes. */
    private static final Map<String, String> ENV_CHANGES = new ConcurrentHashMap<>();
    private static volatile int umask = -1;

    static void install(PyDict d) {
        d.putStr("uname_result", UNAME_RESULT.type);
        d.putStr("times_result", TIMES_RESULT.type);
        d.putStr("terminal_size", TERMINAL_SIZE.type);
        Defs.positional(d, "getpid", 0, 0, a -> ProcessHandle.current().pid());
        Defs.positional(d, "getppid", 0, 0, a -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
        Defs.positional(d, "getuid", 0, 0, a -> status("Uid:", 0));
        Defs.positional(d, "geteuid", 0, 0, a -> status("Uid:", 1));
        Defs.positional(d, "getgid", 0, 0, a -> status("Gid:", 0));
        Defs.positional(d, "getegid", 0, 0, a -> status("Gid:", 1));
        Defs.positional(d, "getpgrp", 0, 0, a -> statField(4));
        Defs.positional(d, "getsid", 1, 1, a -> statField(5));
        Defs.positional(d, "getgroups", 0, 0, a -> {
            PyList out = new PyList();
            String line = statusLine("Groups:");
            if (line != null) for (String g : line.trim().split("\\s+")) if (!g.isEmpty()) out.append(Long.parseLong(g));
            return out;
        });
        Defs.positional(d, "getlogin", 0, 0, a -> {
            String user = System.getProperty("user.name");
            if (user == null) throw OsErrors.of(OsErrors.ENOENT, null);
            return user;
        });
        Defs.positional(d, "uname", 0, 0, a -> uname());
        Defs.positional(d, "times", 0, 0, a -> times());
        Defs.positional(d, "cpu_count", 0, 0, a -> cpuCount());
        Defs.positional(d, "getloadavg", 0, 0, a -> {
            String[] f = read("/proc/loadavg").trim().split("\\s+");
            return PyTuple.of(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
        });
        Defs.fn(d, "urandom", new String[] {"size"}, 1, 1, p -> urandom(Ops.index(p[0])));
        Defs.positional(d, "strerror", 1, 1, a -> ErrnoCodes.message(Defs.intArg(a[0])));
        Defs.positional(d, "umask", 1, 1, a -> {
            int old = currentUmask();
            umask = Defs.intArg(a[0]) & 0777;
            return (long) old;
        });
        Defs.fn(d, "_exit", new String[] {"status"}, 1, 1, p -> {
            Runtime.getRuntime().halt(Defs.intArg(p[0]));
            return PyNone.NONE;
        });
        Defs.positional(d, "abort", 0, 0, a -> {
            Runtime.getRuntime().halt(134);
            return PyNone.NONE;
        });
        Defs.positional(d, "putenv", 2, 2, a -> {
            ENV_CHANGES.put(envName("putenv", a[0], true), envText(a[1]));
            return PyNone.NONE;
        });
        Defs.positional(d, "unsetenv", 1, 1, a -> {
            ENV_CHANGES.put(envName("unsetenv", a[0], false), "\0");
            return PyNone.NONE;
        });
        Defs.fn(d, "get_terminal_size", new String[] {"fd"}, 1, 0, p -> terminalSize(p[0] == null ? 1 : Defs.intArg(p[0])));
        Defs.fn(d, "system", new String[] {"command"}, 1, 1, p -> system(p[0]));
        Defs.positional(d, "waitstatus_to_exitcode", 1, 1, a -> {
            int st = Defs.intArg(a[0]);
            if ((st & 0x7f) == 0) return (long) ((st >> 8) & 0xff);
            if (((st & 0x7f) + 1) >> 1 > 0) return (long) -(st & 0x7f);
            throw Errors.valueError("invalid wait status: " + st);
        });
    }

    /** {@code posix.environ}: the process environment as bytes, as CPython has it on POSIX. */
    static PyDict environ() {
        PyDict env = new PyDict();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            env.put(new PyBytes(e.getKey().getBytes(StandardCharsets.UTF_8)), new PyBytes(e.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        return env;
    }

    /** The environment a child process should get: the JVM's plus the program's putenv/unsetenv changes. */
    public static Map<String, String> childEnvironment(Map<String, String> base) {
        for (Map.Entry<String, String> e : ENV_CHANGES.entrySet()) {
            if (e.getValue().equals("\0")) base.remove(e.getKey());
            else base.put(e.getKey(), e.getValue());
        }
        return base;
    }

    private static String envText(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyBytes b) return TextCodec.UTF_8.decode(b.toArray(), "surrogateescape");
        Object p = PosixFiles.fspath(o);
        return envText(p);
    }

    private static String envName(String fn, Object o, boolean set) {
        String s = envText(o);
        if (s.isEmpty() || (set && s.indexOf('=') >= 0)) throw Errors.valueError("illegal environment variable name");
        return s;
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
    }

    private static String statusLine(String key) {
        for (String line : read("/proc/self/status").split("\n")) if (line.startsWith(key)) return line.substring(key.length());
        return null;
    }

    private static long status(String key, int index) {
        String line = statusLine(key);
        return line == null ? 0 : Long.parseLong(line.trim().split("\\s+")[index]);
    }

    /** Field {@code index} (1-based as in proc(5)) of {@code /proc/self/stat}, after the command name. */
    private static long statField(int index) {
        String s = read("/proc/self/stat");
        String[] f = s.substring(s.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(f[index - 3]);
    }

    private static int currentUmask() {
        int u = umask;
        if (u >= 0) return u;
        String line = statusLine("Umask:");
        return line == null ? 022 : Integer.parseInt(line.trim(), 8);
    }

    private static Object uname() {
        String machine = System.getProperty("os.arch", "");
        machine = switch (machine) {
            case "amd64" -> "x86_64";
            case "arm64" -> "aarch64";
            default -> machine;
        };
        String node = tryRead("/proc/sys/kernel/hostname");
        String version = tryRead("/proc/sys/kernel/version");
        return UNAME_RESULT.make(System.getProperty("os.name", "Linux"), node, System.getProperty("os.version", ""), version, machine);
    }

    private static String tryRead(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static Object times() {
        String s = read("/proc/self/stat");
        String[] f = s.substring(s.lastIndexOf(')') + 2).trim().split("\\s+");
        // fields 14..17 of proc(5): utime, stime, cutime, cstime; f[0] is field 3
        double ut = Long.parseLong(f[11]) / TICKS, st = Long.parseLong(f[12]) / TICKS;
        double cut = Long.parseLong(f[13]) / TICKS, cst = Long.parseLong(f[14]) / TICKS;
        double uptime = Double.parseDouble(tryRead("/proc/uptime").split("\\s+")[0]);
        return TIMES_RESULT.make(ut, st, cut, cst, Math.round(uptime * TICKS) / TICKS);
    }

    private static Object cpuCount() {
        String online = tryRead("/sys/devices/system/cpu/online");
        if (!online.isEmpty()) {
            long n = 0;
            for (String range : online.split(",")) {
                String[] r = range.split("-");
                n += r.length == 1 ? 1 : Long.parseLong(r[1]) - Long.parseLong(r[0]) + 1;
            }
            return n;
        }
        return (long) Runtime.getRuntime().availableProcessors();
    }

    private static Object urandom(long n) {
        if (n < 0) throw Errors.valueError("negative argument not allowed");
        byte[] out = new byte[(int) Math.min(n, Integer.MAX_VALUE - 8)];
        try (InputStream in = Files.newInputStream(Path.of("/dev/urandom"))) {
            int off = 0;
            while (off < out.length) {
                int got = in.read(out, off, out.length - off);
                if (got < 0) break;
                off += got;
            }
        } catch (IOException e) {
            new java.security.SecureRandom().nextBytes(out);
        }
        return new PyBytes(out);
    }

    private static Object terminalSize(int fd) {
        if (!StandardStreams.isTerminal(fd)) throw OsErrors.of(25, null); // ENOTTY
        String cols = System.getenv("COLUMNS"), lines = System.getenv("LINES");
        try {
            return TERMINAL_SIZE.make(cols != null ? Long.parseLong(cols) : 80L, lines != null ? Long.parseLong(lines) : 24L);
        } catch (NumberFormatException e) {
            return TERMINAL_SIZE.make(80L, 24L);
        }
    }

    private static Object system(Object command) {
        String cmd = envText(command);
        StandardStreams.flushAll();
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", cmd).inheritIO()
                .directory(org.pyjit.runtime.WorkingDirectory.get().toFile());
        childEnvironment(pb.environment());
        try {
            Process proc = pb.start();
            Integer status = org.pyjit.runtime.interpreter.GlobalInterpreterLock.released(() -> {
                try {
                    return proc.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            });
            if (status == null) throw new InterruptedException();
            int code = status;
            return (long) (code > 128 && code < 160 ? code - 128 : (code & 0xff) << 8);
        } catch (IOException e) {
            return 127L << 8;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.of(org.pyjit.runtime.exceptions.ExceptionTypes.KEYBOARD_INTERRUPT, "");
        }
    }
}
