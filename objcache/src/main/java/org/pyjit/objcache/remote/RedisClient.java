package org.pyjit.objcache.remote;

import java.io.Closeable;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A Redis connection that reconnects on demand (after any failure the connection is dropped, so a
 * half-read reply never confuses the next call). Every call has a deadline: replies are read
 * against it, waiting for another thread's call counts against it, and a write that blocks past it
 * (a server that stopped reading) is cut off by closing the socket. Opening a connection (TCP,
 * TLS, AUTH, SELECT) has its own budget, the connect timeout.
 */
final class RedisClient implements Closeable {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pyjit-remote-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final RedisAddress address;
    private final Duration connectTimeout;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile RespConnection connection;
    private volatile boolean closed;
    /** Counted down when a connection opened ahead of time ({@link #preconnect}) is ready or has failed. */
    private volatile java.util.concurrent.CountDownLatch preconnecting;

    RedisClient(RedisAddress address, Duration connectTimeout) {
        this.address = address;
        this.connectTimeout = connectTimeout;
    }

    /**
     * Sends one command and reads its reply before {@code deadlineNanos} (after the connection is open).
     *
     * @param maxBulk the largest bulk reply accepted (see {@link RespConnection#read})
     * @return the reply; a {@link RespConnection.ServerError} is returned, not thrown
     * @throws IOException on a timeout, a connection failure or a too large reply
     */
    Object call(Duration timeout, long maxBulk, byte[]... command) throws IOException {
        long lockDeadline = System.nanoTime() + timeout.toNanos();
        java.util.concurrent.CountDownLatch ahead = preconnecting;
        if (ahead != null && connection == null) {
            // a connection is being opened in the background: wait for it (as long as opening one
            // here could take) rather than open a second one
            try {
                if (!ahead.await(connectTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                    throw new BusyException("still connecting");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SocketTimeoutException("interrupted");
            }
            lockDeadline = System.nanoTime() + timeout.toNanos();
        }
        try {
            if (!lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new BusyException("the connection was busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SocketTimeoutException("interrupted");
        }
        try {
            if (closed) {
                throw new IOException("the client is closed");
            }
            RespConnection c = connection;
            long deadline = lockDeadline;
            if (c == null) {
                c = connect(timeout);
                connection = c;
                deadline = System.nanoTime() + timeout.toNanos(); // connecting had its own budget
            }
            RespConnection target = c;
            ScheduledFuture<?> guard = WATCHDOG.schedule(target::close, Math.max(1, deadline - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
            try {
                target.send(command);
            } finally {
                guard.cancel(false);
            }
            return target.read(deadline, maxBulk);
        } catch (IOException | RuntimeException e) {
            drop();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Marks a connection as being opened ahead of the first call; {@link #preconnect} then opens it.
     * Calls made meanwhile wait for it up to the connect timeout (then miss as "timeout" without
     * counting as a failure), instead of opening a second connection.
     */
    void expectPreconnect() {
        preconnecting = new java.util.concurrent.CountDownLatch(1);
    }

    /** Waits up to {@code wait} for a connection being opened ahead of time (for commands, not lookups). */
    void awaitPreconnect(Duration wait) {
        java.util.concurrent.CountDownLatch ahead = preconnecting;
        if (ahead != null) {
            try {
                ahead.await(wait.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Opens the connection ahead of the first call (on a background thread, without holding the
     * call lock) and sends a PING, which also loads and warms the command and reply code. Failures
     * are ignored here; the calls that follow meet and count them.
     */
    void preconnect(Duration timeout) {
        try {
            preconnectNow(timeout);
        } finally {
            java.util.concurrent.CountDownLatch ahead = preconnecting;
            preconnecting = null;
            if (ahead != null) {
                ahead.countDown();
            }
        }
    }

    private void preconnectNow(Duration timeout) {
        RespConnection c;
        try {
            c = connect(timeout);
            c.send(bytes("PING"));
            c.read(System.nanoTime() + timeout.toNanos(), 1024);
        } catch (IOException | RuntimeException | LinkageError e) {
            return;
        }
        lock.lock();
        try {
            if (connection == null && !closed) {
                connection = c;
                c = null;
            }
        } finally {
            lock.unlock();
        }
        if (c != null) {
            c.close();
        }
    }

    private RespConnection connect(Duration timeout) throws IOException {
        RespConnection c = RespConnection.open(address, connectTimeout);
        try {
            if (address.password() != null) {
                byte[] password = address.password().getBytes(StandardCharsets.UTF_8);
                Object reply = address.user() == null
                        ? handshake(c, timeout, bytes("AUTH"), password)
                        : handshake(c, timeout, bytes("AUTH"), bytes(address.user()), password);
                if (reply instanceof RespConnection.ServerError error) {
                    throw new IOException("the server refused the password: " + error.message());
                }
            }
            if (address.database() != 0) {
                Object reply = handshake(c, timeout, bytes("SELECT"), bytes(Integer.toString(address.database())));
                if (reply instanceof RespConnection.ServerError error) {
                    throw new IOException("the server refused database " + address.database() + ": " + error.message());
                }
            }
            return c;
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static Object handshake(RespConnection c, Duration timeout, byte[]... command) throws IOException {
        c.send(command);
        return c.read(System.nanoTime() + timeout.toNanos(), 1024);
    }

    private void drop() {
        RespConnection c = connection;
        connection = null;
        if (c != null) {
            c.close();
        }
    }

    /** Closes the connection, also interrupting a call blocked in it. */
    @Override
    public void close() {
        closed = true;
        drop();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Another thread held the connection past this call's deadline. */
    static final class BusyException extends SocketTimeoutException {
        BusyException(String why) {
            super(why);
        }
    }
}
