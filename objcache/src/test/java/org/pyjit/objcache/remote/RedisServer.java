package org.pyjit.objcache.remote;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} for the tests: its own loopback port and data directory, no
 * persistence, stopped at close. A machine without {@code redis-server} fails the test with a clear
 * message (CI installs it; it is never skipped).
 */
public final class RedisServer implements AutoCloseable {
    private final Process process;
    private final int port;
    private final RedisAddress address;

    private RedisServer(Process process, int port) {
        this.process = process;
        this.port = port;
        this.address = new RedisAddress("127.0.0.1", port, 0, false, null, null);
    }

    /** Starts a server with its data in {@code dir}; extra arguments (e.g. {@code --requirepass x}) follow. */
    public static RedisServer start(Path dir, String... extra) throws IOException, InterruptedException {
        Path binary = find();
        Files.createDirectories(dir);
        int port = freePort();
        List<String> command = new java.util.ArrayList<>(List.of(binary.toString(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--dir", dir.toString(), "--save", "", "--appendonly", "no",
                "--daemonize", "no", "--loglevel", "warning", "--logfile", dir.resolve("redis.log").toString()));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.out").toFile()).start();
        RedisServer server = new RedisServer(process, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("redis-server exited at start: " + Files.readString(dir.resolve("redis.out"))
                        + (Files.exists(dir.resolve("redis.log")) ? Files.readString(dir.resolve("redis.log")) : ""));
            }
            try (RespConnection c = RespConnection.open(server.address, Duration.ofSeconds(1))) {
                c.send(RedisClient.bytes("PING"));
                Object reply = c.read(System.nanoTime() + TimeUnit.SECONDS.toNanos(1), 1024);
                if ("PONG".equals(reply) || reply instanceof RespConnection.ServerError) {
                    return server; // an error means it answers (e.g. NOAUTH)
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                server.close();
                throw new AssertionError("redis-server did not answer on port " + port + " within 15 s");
            }
            Thread.sleep(20);
        }
    }

    private static Path find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "redis-server");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        for (String fallback : List.of("/usr/bin/redis-server", "/usr/sbin/redis-server", "/usr/local/bin/redis-server")) {
            if (Files.isExecutable(Path.of(fallback))) {
                return Path.of(fallback);
            }
        }
        throw new AssertionError("redis-server is not installed: the remote cache tests need a real Redis."
                + " Install the Debian package (apt-get install -y redis-server); .ci/run does this on CI");
    }

    /** A free loopback port (free when asked; nothing else on the machine is expected to take it). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The server's port. */
    public int port() {
        return port;
    }

    /** {@code redis://127.0.0.1:PORT/db}. */
    public String url(int db) {
        return "redis://127.0.0.1:" + port + "/" + db;
    }

    /** Runs one command on database {@code db} and returns its reply (see {@link RespConnection#read}). */
    public Object command(int db, byte[]... arguments) throws IOException {
        try (RespConnection c = RespConnection.open(address, Duration.ofSeconds(2))) {
            if (db != 0) {
                c.send(RedisClient.bytes("SELECT"), RedisClient.bytes(Integer.toString(db)));
                c.read(System.nanoTime() + TimeUnit.SECONDS.toNanos(2), 1024);
            }
            c.send(arguments);
            return c.read(System.nanoTime() + TimeUnit.SECONDS.toNanos(5), Long.MAX_VALUE);
        }
    }

    /** Runs a command given as text arguments. */
    public Object command(int db, String... arguments) throws IOException {
        byte[][] bytes = new byte[arguments.length][];
        for (int i = 0; i < arguments.length; i++) {
            bytes[i] = arguments[i].getBytes(StandardCharsets.UTF_8);
        }
        return command(db, bytes);
    }

    /** The keys of pyjit's entries on database {@code db}. */
    @SuppressWarnings("unchecked")
    public List<String> objectKeys(int db) throws IOException {
        Object reply = command(db, "KEYS", "pyjit:obj:*");
        return ((List<Object>) reply).stream().map(k -> new String((byte[]) k, StandardCharsets.UTF_8)).sorted().toList();
    }

    /** Stops the server (SIGTERM) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Kills the server at once (SIGKILL), as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }
}
