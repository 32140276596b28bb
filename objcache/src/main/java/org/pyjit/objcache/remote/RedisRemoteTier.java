package org.pyjit.objcache.remote;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.pyjit.objcache.FilePermissions;
import org.pyjit.objcache.RemoteCacheSettings;
import org.pyjit.objcache.RemoteMissReason;

/**
 * The shared second cache level on Redis: fetches sealed entries within the timeout and sends
 * stores on a background thread. Entries live under {@code pyjit:obj:HEX(key)}; each is sealed
 * ({@link EntrySeal}) with the fleet's secret. A {@link CircuitBreaker} turns the tier off for the
 * run after repeated failures, with one warning. Loaded only when {@code PYJIT_REMOTE_CACHE} is set.
 */
public final class RedisRemoteTier implements AutoCloseable {
    /** Stores queued beyond this are dropped (counted as failed): a slow Redis must not fill the heap. */
    private static final int STORE_QUEUE = 256;
    private static final long STORE_QUEUE_BYTES = 64L << 20;
    private static final byte[] GET = RedisClient.bytes("GET");
    private static final byte[] SET = RedisClient.bytes("SET");
    private static final byte[] PX = RedisClient.bytes("PX");

    private final RemoteCacheSettings settings;
    private final RedisAddress address;
    private final EntrySeal seal;
    private final RedisClient fetchClient;
    private final RedisClient storeClient;
    private final CircuitBreaker breaker;
    private final Listener listener;
    private final Consumer<String> warning;
    private final ThreadPoolExecutor stores;
    private final AtomicLong queuedBytes = new AtomicLong();

    /** What the tier tells its owner about background work, for the statistics. */
    public interface Listener {
        /** A store of {@code bytes} succeeded in {@code micros}. */
        void stored(long bytes, long micros);

        /** A store failed (or was dropped: circuit open, queue full) after {@code micros}. */
        void storeFailed(long micros);

        /** A value was not stored: it is larger than the limit. */
        void storeTooLarge();

        /** The circuit breaker turned the tier off for the run. */
        void circuitOpened();
    }

    /** The outcome of {@link #fetch}. */
    public sealed interface Fetch {
        /** Time the call took, µs. */
        long micros();
    }

    /** An authenticated value ({@code wireBytes}: the sealed frame's size). */
    public record Found(byte[] value, long wireBytes, long micros) implements Fetch {}

    /** Nothing usable, and why. */
    public record Missed(RemoteMissReason reason, String detail, long micros) implements Fetch {}

    /** The tier is off (circuit open or closed): nothing was asked. */
    public record Off(long micros) implements Fetch {}

    private RedisRemoteTier(RemoteCacheSettings settings, RedisAddress address, EntrySeal seal, Listener listener,
                            Consumer<String> warning) {
        this.settings = settings;
        this.address = address;
        this.seal = seal;
        this.listener = listener;
        this.warning = warning;
        this.fetchClient = new RedisClient(address, settings.connectTimeout());
        this.storeClient = new RedisClient(address, settings.connectTimeout());
        this.breaker = new CircuitBreaker(settings.failuresToOpen());
        this.stores = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(STORE_QUEUE), r -> {
            Thread thread = new Thread(r, "pyjit-remote-store");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Prepares the tier {@code settings} describe: parses the URL, reads the key file (and password
     * file) with their permission checks. Does not connect: the first lookup does.
     *
     * @param warning receives the tier's one warning (circuit opened)
     * @throws IOException with a message for the user when the tier cannot be used
     */
    public static RedisRemoteTier open(RemoteCacheSettings settings, Listener listener, Consumer<String> warning)
            throws IOException {
        RedisAddress address;
        try {
            address = RedisAddress.parse(settings.url());
        } catch (IllegalArgumentException e) {
            throw new IOException("PYJIT_REMOTE_CACHE='" + settings.redactedUrl() + "': " + e.getMessage());
        }
        Path keyFile = settings.keyFile();
        if (keyFile == null) {
            throw new IOException("PYJIT_REMOTE_CACHE_KEY_FILE is not set, and pyjit never trusts unsigned code");
        }
        EntrySeal seal;
        try {
            seal = new EntrySeal(FilePermissions.readOwnerOnlySecret(keyFile, "PYJIT_REMOTE_CACHE_KEY_FILE"));
        } catch (IllegalArgumentException e) {
            throw new IOException("PYJIT_REMOTE_CACHE_KEY_FILE " + keyFile + ": " + e.getMessage());
        }
        if (settings.passwordFile() != null && address.password() == null) {
            byte[] password = FilePermissions.readOwnerOnlySecret(settings.passwordFile(), "PYJIT_REMOTE_CACHE_PASSWORD_FILE");
            address = address.withPasswordIfAbsent(new String(password, StandardCharsets.UTF_8));
        }
        RedisRemoteTier tier = new RedisRemoteTier(settings, address, seal, listener, warning);
        tier.warmUp();
        return tier;
    }

    /**
     * Connects and initializes HMAC on a background thread while the program starts, so the first
     * lookup does not pay for them (about 100 ms of class loading and connecting in a fresh JVM).
     */
    private void warmUp() {
        fetchClient.expectPreconnect();
        Thread thread = new Thread(() -> {
            try {
                seal.open(new byte[32], seal.seal(redisKey(new byte[32]), new byte[0]));
            } catch (RuntimeException | LinkageError e) {
                // only a head start: the lookups report problems themselves
            }
            fetchClient.preconnect(settings.timeout()); // never throws; releases lookups waiting for it
        }, "pyjit-remote-connect");
        thread.setDaemon(true);
        thread.start();
    }

    /** The Redis key of a cache key. */
    static byte[] redisKey(byte[] digest) {
        return ("pyjit:obj:" + HexFormat.of().formatHex(digest)).getBytes(StandardCharsets.US_ASCII);
    }

    /** Where the tier points, without credentials. */
    public String display() {
        return address.display();
    }

    /** Whether the circuit breaker has turned the tier off. */
    public boolean isOff() {
        return breaker.isOpen();
    }

    /** Looks {@code digest} up within the timeout. Never throws. */
    public Fetch fetch(byte[] digest) {
        long t0 = System.nanoTime();
        if (!breaker.allows()) {
            return new Off(0);
        }
        Object reply;
        try {
            reply = fetchClient.call(settings.timeout(), EntrySeal.HEADER_LENGTH + settings.maxValueBytes(), GET, redisKey(digest));
        } catch (RespConnection.TooLargeException e) {
            breaker.succeeded(); // the server answered
            return new Missed(RemoteMissReason.TOO_LARGE, e.getMessage(), micros(t0));
        } catch (RedisClient.BusyException e) {
            return new Missed(RemoteMissReason.TIMEOUT, e.getMessage(), micros(t0));
        } catch (SocketTimeoutException e) {
            failed(e);
            return new Missed(RemoteMissReason.TIMEOUT, describe(e), micros(t0));
        } catch (IOException | RuntimeException e) {
            failed(e);
            return new Missed(RemoteMissReason.ERROR, describe(e), micros(t0));
        }
        if (reply instanceof RespConnection.ServerError error) {
            failed(new IOException(error.message()));
            return new Missed(RemoteMissReason.ERROR, error.message(), micros(t0));
        }
        breaker.succeeded();
        if (reply == null) {
            return new Missed(RemoteMissReason.ABSENT, "", micros(t0));
        }
        if (!(reply instanceof byte[] frame)) {
            return new Missed(RemoteMissReason.ERROR, "unexpected reply to GET", micros(t0));
        }
        byte[] value = seal.open(digest, frame);
        if (value == null) {
            return new Missed(RemoteMissReason.UNAUTHENTICATED, "the entry's HMAC tag does not verify", micros(t0));
        }
        return new Found(value, frame.length, micros(t0));
    }

    /**
     * Seals {@code value} and stores it under {@code digest} on the background thread; returns at
     * once. A value over the size limit is not stored.
     */
    public void storeInBackground(byte[] digest, byte[] value) {
        if (!breaker.allows()) {
            return;
        }
        if (value.length + EntrySeal.HEADER_LENGTH > settings.maxValueBytes()) {
            listener.storeTooLarge();
            return;
        }
        if (queuedBytes.addAndGet(value.length) > STORE_QUEUE_BYTES) {
            queuedBytes.addAndGet(-value.length);
            listener.storeFailed(0);
            return;
        }
        try {
            stores.execute(() -> {
                try {
                    storeNow(digest, value);
                } catch (LinkageError e) { // never a stack trace on the user's stderr
                    listener.storeFailed(0);
                } finally {
                    queuedBytes.addAndGet(-value.length);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            queuedBytes.addAndGet(-value.length);
            listener.storeFailed(0);
        }
    }

    private void storeNow(byte[] digest, byte[] value) {
        long t0 = System.nanoTime();
        byte[] frame = seal.seal(digest, value);
        // writing a large value may take longer than a lookup: the timeout plus 100 ms per MiB
        Duration budget = settings.timeout().plusMillis(100L * (frame.length >> 20));
        // off the program's path, so a store that failed (e.g. a busy moment) is tried once more
        for (int attempt = 1; attempt <= 2; attempt++) {
            if (!breaker.allows()) {
                break;
            }
            try {
                Object reply = settings.ttl().isZero()
                        ? storeClient.call(budget, 1024, SET, redisKey(digest), frame)
                        : storeClient.call(budget, 1024, SET, redisKey(digest), frame, PX,
                                RedisClient.bytes(Long.toString(Math.max(1, settings.ttl().toMillis()))));
                if (reply instanceof RespConnection.ServerError error) {
                    throw new IOException(error.message());
                }
                breaker.succeeded();
                listener.stored(frame.length, micros(t0));
                return;
            } catch (RedisClient.BusyException e) {
                // the store connection is used by this thread only: cannot happen; try again
            } catch (IOException | RuntimeException e) {
                failed(e);
            }
        }
        listener.storeFailed(micros(t0));
    }

    /**
     * The result of {@link #ping()}.
     *
     * @param server          where the tier points
     * @param pingMicros      the PING's round trip
     * @param roundTripMicros storing, reading back and deleting a sealed probe entry
     * @param existingEntry   whether an existing entry (the first a SCAN returns) verifies with this
     *                        key: {@code "verifies"}, {@code "does not verify"} or {@code "none stored yet"}
     */
    public record PingReport(String server, long pingMicros, long roundTripMicros, String existingEntry) {}

    /**
     * Checks the connection and the key: PING, then stores a sealed probe entry, reads it back,
     * verifies its tag and deletes it.
     *
     * @throws IOException saying what failed
     */
    public PingReport ping() throws IOException {
        Duration budget = settings.timeout().multipliedBy(20).plus(settings.connectTimeout()); // a command, not a program
        fetchClient.awaitPreconnect(budget); // a TLS handshake in a fresh JVM may take a second or more
        long t0 = System.nanoTime();
        Object pong = fetchClient.call(budget, 1024, RedisClient.bytes("PING"));
        if (pong instanceof RespConnection.ServerError error) {
            throw new IOException("PING failed: " + error.message());
        }
        long pingMicros = micros(t0);
        byte[] probeKey = new byte[32];
        new SecureRandom().nextBytes(probeKey);
        byte[] probe = "pyjit remote-ping".getBytes(StandardCharsets.US_ASCII);
        byte[] redisKey = ("pyjit:ping:" + HexFormat.of().formatHex(probeKey)).getBytes(StandardCharsets.US_ASCII);
        long t1 = System.nanoTime();
        Object set = fetchClient.call(budget, 1024, SET, redisKey, seal.seal(probeKey, probe), PX, RedisClient.bytes("60000"));
        if (set instanceof RespConnection.ServerError error) {
            throw new IOException("storing a probe entry failed: " + error.message());
        }
        Object got = fetchClient.call(budget, 1024, GET, redisKey);
        fetchClient.call(budget, 1024, RedisClient.bytes("DEL"), redisKey);
        long roundTrip = micros(t1);
        if (!(got instanceof byte[] frame) || seal.open(probeKey, frame) == null) {
            throw new IOException("the probe entry read back does not verify");
        }
        return new PingReport(address.display(), pingMicros, roundTrip, checkExistingEntry(budget));
    }

    /** Whether one existing entry (a single SCAN step: a command, never the hot path) verifies with this key. */
    @SuppressWarnings("unchecked")
    private String checkExistingEntry(Duration budget) throws IOException {
        Object scan = fetchClient.call(budget, 1 << 20, RedisClient.bytes("SCAN"), RedisClient.bytes("0"),
                RedisClient.bytes("MATCH"), RedisClient.bytes("pyjit:obj:*"), RedisClient.bytes("COUNT"),
                RedisClient.bytes("1000"));
        if (!(scan instanceof java.util.List<?> reply) || reply.size() != 2 || !(reply.get(1) instanceof java.util.List<?> keys)
                || keys.isEmpty() || !(keys.get(0) instanceof byte[] redisKey)) {
            return "none stored yet";
        }
        String name = new String(redisKey, StandardCharsets.US_ASCII);
        byte[] digest;
        try {
            digest = HexFormat.of().parseHex(name.substring("pyjit:obj:".length()));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return "none stored yet";
        }
        Object value = fetchClient.call(budget, EntrySeal.HEADER_LENGTH + settings.maxValueBytes(), GET, redisKey);
        if (!(value instanceof byte[] frame)) {
            return "none stored yet";
        }
        return seal.open(digest, frame) != null ? "verifies" : "does not verify";
    }

    /** Counts a failed call; the one that opens the breaker warns. */
    private void failed(Exception e) {
        if (breaker.failed()) {
            listener.circuitOpened();
            warning.accept("remote cache " + address.display() + " turned off for this run after "
                    + settings.failuresToOpen() + " failed calls (last: " + describe(e) + "); running on the local cache");
        }
    }

    /**
     * Lets queued stores finish for up to {@code drain}, then closes the connections (cutting off
     * a store still blocked in one).
     */
    public void close(Duration drain) {
        stores.shutdown();
        try {
            stores.awaitTermination(drain.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stores.shutdownNow();
        fetchClient.close();
        storeClient.close();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(1));
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1000;
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.replace('\n', ' ');
    }
}
