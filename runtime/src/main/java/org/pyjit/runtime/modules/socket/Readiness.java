package org.pyjit.runtime.modules.socket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.interpreter.GlobalInterpreterLock;
import org.pyjit.runtime.interpreter.SignalDelivery;
import org.pyjit.runtime.io.ChannelRawIO;
import org.pyjit.runtime.io.DescriptorTable;
import org.pyjit.runtime.io.NativeLibc;
import org.pyjit.runtime.io.OsPipeEnd;
import org.pyjit.runtime.io.RawIO;
import org.pyjit.runtime.io.SelectableStream;
import org.pyjit.runtime.io.StandardStreams;

/**
 * What {@code select} and {@code poll} share: which of a set of descriptors are ready to read or
 * write, waiting up to a timeout. Sockets are asked through a Java {@link Selector}, {@code os.pipe()} ends
 * (real OS pipes) through poll(2); files and the standard streams are always ready, as regular files are for the OS's select.
 */
final class Readiness {
    private Readiness() {}

    static final int READ = 1, WRITE = 2, INVALID = 4;
    private static final long SLICE_NANOS = 50_000_000L;

    /**
     * For each descriptor the subset of {@code wants[i]} (READ, WRITE) it is ready for, or
     * INVALID when it is not open; waits until one is ready or {@code timeoutNanos} passed
     * (negative: no limit).
     */
    static int[] check(long[] fds, int[] wants, long timeoutNanos) {
        int n = fds.length;
        int[] ready = new int[n];
        SelectableChannel[] channels = new SelectableChannel[n];
        int[] osFds = new int[n];
        java.util.Arrays.fill(osFds, -1);
        boolean any = false, hasChannels = false, hasOsFds = false;
        for (int i = 0; i < n; i++) {
            long fd = fds[i];
            // 0-2 are the standard streams (always ready); above them, pyjit's descriptor table
            boolean standard = fd >= 0 && fd < DescriptorTable.FIRST && StandardStreams.get() != null;
            RawIO raw = fd < DescriptorTable.FIRST || fd > Integer.MAX_VALUE ? null : DescriptorTable.lookup((int) fd);
            if (raw == null && !standard) {
                ready[i] = INVALID;
                any = true;
            } else if (raw instanceof SelectableStream ss) {
                SelectableChannel ch = ss.selectableChannel();
                if (ch == null) { // an unconnected stream socket: the OS reports it writable (and hung up)
                    ready[i] = wants[i];
                    any |= wants[i] != 0;
                } else {
                    channels[i] = ch;
                    hasChannels = true;
                }
            } else if (raw instanceof ChannelRawIO c && c.pipeEnd() != null) {
                osFds[i] = c.pipeEnd().fd(); // an os.pipe() end: a real descriptor poll(2) watches
                hasOsFds = true;
            } else {
                ready[i] = wants[i];
                any |= wants[i] != 0;
            }
        }
        if (!hasChannels && !hasOsFds) {
            if (!any && timeoutNanos != 0) sleep(timeoutNanos);
            return ready;
        }
        if (!hasOsFds) return selectChannels(channels, wants, ready, any, timeoutNanos);
        // pipes (and maybe sockets): poll the pipes, then wait on the sockets (or sleep) a short slice, until ready
        long deadline = timeoutNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
        while (true) {
            any |= pollPipes(osFds, wants, ready, 0);
            long left = any ? 0 : deadline - System.nanoTime();
            long slice = Math.max(0, Math.min(left, PIPE_SLICE_NANOS));
            if (hasChannels) {
                selectChannels(channels, wants, ready, any, slice);
                for (int i = 0; i < n; i++) any |= channels[i] != null && ready[i] != 0;
            } else if (slice > 0) {
                any |= pollPipes(osFds, wants, ready, (int) Math.max(1, slice / 1_000_000));
            }
            if (any || System.nanoTime() >= deadline) return ready;
            SignalDelivery.checkPending();
        }
    }

    private static final long PIPE_SLICE_NANOS = 10_000_000L;

    /** poll(2) on the pipe descriptors ({@code osFds[i] >= 0}) for up to {@code millis}, lock released; whether one is ready. */
    private static boolean pollPipes(int[] osFds, int[] wants, int[] ready, int millis) {
        int count = 0;
        for (int fd : osFds) if (fd >= 0) count++;
        int[] fds = new int[count];
        short[] events = new short[count], revents = new short[count];
        int[] index = new int[count];
        for (int i = 0, k = 0; i < osFds.length; i++) {
            if (osFds[i] < 0) continue;
            fds[k] = osFds[i];
            events[k] = (short) (((wants[i] & READ) != 0 ? OsPipeEnd.POLLIN : 0) | ((wants[i] & WRITE) != 0 ? OsPipeEnd.POLLOUT : 0));
            index[k++] = i;
        }
        int r = millis == 0 ? NativeLibc.poll(fds, events, revents, 0)
                : GlobalInterpreterLock.released(() -> NativeLibc.poll(fds, events, revents, millis));
        if (r <= 0) return false;
        boolean any = false;
        for (int k = 0; k < count; k++) {
            short got = revents[k];
            int i = index[k];
            int readyFor = 0;
            if ((got & (OsPipeEnd.POLLIN | POLLHUP | POLLERR)) != 0) readyFor |= READ; // end of file reads at once
            if ((got & (OsPipeEnd.POLLOUT | POLLERR)) != 0) readyFor |= WRITE;
            ready[i] = readyFor & wants[i];
            any |= ready[i] != 0;
        }
        return any;
    }

    private static final short POLLERR = 8, POLLHUP = 16;

    /** Waits on the sockets' channels through a Java selector; fills {@code ready} for them. */
    private static int[] selectChannels(SelectableChannel[] channels, int[] wants, int[] ready, boolean any, long timeoutNanos) {
        int n = channels.length;
        try (Selector sel = Selector.open()) {
            List<SelectionKey> keys = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (channels[i] == null) continue;
                int ops = interest(channels[i], wants[i]);
                SelectionKey k = channels[i].keyFor(sel);
                try {
                    if (k == null) keys.add(channels[i].register(sel, ops));
                    else k.interestOps(k.interestOps() | ops);
                } catch (ClosedChannelException | java.nio.channels.CancelledKeyException e) {
                    ready[i] = INVALID;
                    any = true;
                }
            }
            long deadline = timeoutNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
            while (true) {
                long left = any ? 0 : deadline - System.nanoTime();
                int count;
                if (left <= 0) count = sel.selectNow();
                else {
                    long slice = Math.min(left, SLICE_NANOS);
                    count = GlobalInterpreterLock.released(() -> {
                        try {
                            return sel.select(Math.max(1, slice / 1_000_000));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
                if (count > 0 || left <= 0) break;
                SignalDelivery.checkPending();
                if (System.nanoTime() >= deadline) {
                    sel.selectNow();
                    break;
                }
            }
            for (SelectionKey k : sel.selectedKeys()) {
                int got = k.isValid() ? k.readyOps() : 0;
                for (int i = 0; i < n; i++) {
                    if (channels[i] != k.channel() || ready[i] == INVALID) continue;
                    int r = 0;
                    if ((got & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) r |= READ;
                    if ((got & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) r |= WRITE;
                    ready[i] = r & wants[i];
                }
            }
        } catch (IOException e) {
            throw SocketErrors.from(e);
        } catch (UncheckedIOException e) {
            throw SocketErrors.from(e.getCause());
        }
        return ready;
    }

    private static int interest(SelectableChannel ch, int wants) {
        int ops = 0;
        if ((wants & READ) != 0) ops |= ch instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
        if ((wants & WRITE) != 0) {
            if (ch instanceof SocketChannel sc && sc.isConnectionPending()) ops |= SelectionKey.OP_CONNECT;
            else if (!(ch instanceof ServerSocketChannel)) ops |= SelectionKey.OP_WRITE;
        }
        return ops & ch.validOps();
    }

    /** A wait on nothing (select with empty lists): a sleep that Ctrl-C ends. */
    private static void sleep(long nanos) {
        long deadline = nanos < 0 ? Long.MAX_VALUE : System.nanoTime() + nanos;
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return;
            SignalDelivery.sleepNanos(Math.min(left, SLICE_NANOS));
            SignalDelivery.checkPending();
        }
    }
}
