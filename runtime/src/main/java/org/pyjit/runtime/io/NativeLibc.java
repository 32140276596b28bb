package org.pyjit.runtime.io;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The few C library calls the JDK has no API for and the process functions need: {@code pipe2}
 * (a real OS pipe, so a child process started by {@code ProcessBuilder} can be handed one end),
 * {@code close}, {@code poll} (for {@code select}) and {@code kill}. Each returns the call's result,
 * or {@code -errno} when it failed.
 */
public final class NativeLibc {
    private NativeLibc() {}

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    private static final MethodHandle PIPE2 = bind("pipe2", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle CLOSE = bind("close", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle POLL = bind("poll",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    private static final MethodHandle KILL = bind("kill", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    private static final int O_CLOEXEC = 02000000;

    private static MethodHandle bind(String name, FunctionDescriptor fd) {
        MemorySegment sym = LINKER.defaultLookup().find(name).orElseThrow(() -> new IllegalStateException("libc has no " + name));
        return LINKER.downcallHandle(sym, fd, CAPTURE_ERRNO);
    }

    /** {@code pipe2(fds, O_CLOEXEC)}: {read end, write end}, or {-errno}. */
    public static int[] pipe() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment fds = a.allocate(ValueLayout.JAVA_INT, 2);
            MemorySegment state = a.allocate(CALL_STATE);
            int r = (int) PIPE2.invokeExact(state, fds, O_CLOEXEC);
            if (r < 0) return new int[] {-errno(state)};
            return new int[] {fds.getAtIndex(ValueLayout.JAVA_INT, 0), fds.getAtIndex(ValueLayout.JAVA_INT, 1)};
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code close(fd)}: 0 or -errno. */
    public static int close(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment state = a.allocate(CALL_STATE);
            int r = (int) CLOSE.invokeExact(state, fd);
            return r < 0 ? -errno(state) : r;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code kill(pid, sig)}: 0 or -errno. */
    public static int kill(int pid, int sig) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment state = a.allocate(CALL_STATE);
            int r = (int) KILL.invokeExact(state, pid, sig);
            return r < 0 ? -errno(state) : r;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code poll} over {@code fds} with the wanted {@code events}; fills {@code revents} and returns
     * how many are ready, or -errno. A negative timeout waits forever.
     */
    public static int poll(int[] fds, short[] events, short[] revents, int timeoutMillis) {
        try (Arena a = Arena.ofConfined()) {
            int n = fds.length;
            MemorySegment set = a.allocate(8L * Math.max(n, 1), 4); // struct pollfd { int fd; short events, revents; }
            for (int i = 0; i < n; i++) {
                set.set(ValueLayout.JAVA_INT, 8L * i, fds[i]);
                set.set(ValueLayout.JAVA_SHORT, 8L * i + 4, events[i]);
                set.set(ValueLayout.JAVA_SHORT, 8L * i + 6, (short) 0);
            }
            MemorySegment state = a.allocate(CALL_STATE);
            int r = (int) POLL.invokeExact(state, set, (long) n, timeoutMillis);
            if (r < 0) return -errno(state);
            for (int i = 0; i < n; i++) revents[i] = set.get(ValueLayout.JAVA_SHORT, 8L * i + 6);
            return r;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }
}
