package org.pyjit.tools.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} on a free loopback port with its own data directory, for the
 * process-level tests, and a few raw commands to inspect or damage what pyjit stored. Without
 * {@code redis-server} the tests fail with a clear message (CI installs it); they are never skipped.
 */
final class TestRedis implements AutoCloseable {
    private final Process process;
    final int port;

    private TestRedis(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static TestRedis start(Path dir) throws IOException, InterruptedException {
        Path binary = find();
        Files.createDirectories(dir);
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--dir", dir.toString(), "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning")
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.out").toFile()).start();
        TestRedis redis = new TestRedis(process, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try {
                if ("PONG".equals(redis.command("PING"))) {
                    return redis;
                }
            } catch (IOException e) {
                // not up yet
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                redis.close();
                throw new AssertionError("redis-server did not start: " + Files.readString(dir.resolve("redis.out")));
            }
            Thread.sleep(20);
        }
    }

    private static Path find() {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/bin", "/usr/sbin", "/usr/local/bin"));
        for (String dir : dirs) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "redis-server");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("redis-server is not installed: the remote cache tests need a real Redis."
                + " Install the Debian package (apt-get install -y redis-server); .ci/run does this on CI");
    }

    String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    /** Runs one command; returns a String, Long, byte[], List or null; an error reply throws. */
    Object command(Object... arguments) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            socket.setSoTimeout(5000);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(("*" + arguments.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            for (Object argument : arguments) {
                byte[] bytes = argument instanceof byte[] b ? b : argument.toString().getBytes(StandardCharsets.UTF_8);
                out.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(bytes);
                out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            OutputStream stream = socket.getOutputStream();
            out.writeTo(stream);
            stream.flush();
            return read(new DataInputStream(socket.getInputStream()));
        }
    }

    private static Object read(DataInputStream in) throws IOException {
        int type = in.readByte();
        String line = line(in);
        return switch (type) {
            case '+' -> line;
            case '-' -> throw new IOException("redis error: " + line);
            case ':' -> Long.parseLong(line);
            case '$' -> {
                int length = Integer.parseInt(line);
                if (length < 0) {
                    yield null;
                }
                byte[] value = new byte[length];
                in.readFully(value);
                line(in);
                yield value;
            }
            case '*' -> {
                List<Object> items = new ArrayList<>();
                for (int i = Integer.parseInt(line); i > 0; i--) {
                    items.add(read(in));
                }
                yield items;
            }
            default -> throw new IOException("unexpected reply " + (char) type);
        };
    }

    private static String line(DataInputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int b = in.readByte(); b != '\r'; b = in.readByte()) {
            s.append((char) b);
        }
        in.readByte();
        return s.toString();
    }

    /** The names of pyjit's entries. */
    @SuppressWarnings("unchecked")
    List<String> objectKeys() throws IOException {
        return ((List<Object>) command("KEYS", "pyjit:obj:*")).stream()
                .map(k -> new String((byte[]) k, StandardCharsets.UTF_8)).sorted().toList();
    }

    /** Flips the last byte of every entry pyjit stored. */
    int tamperAll() throws IOException {
        int n = 0;
        for (String key : objectKeys()) {
            byte[] value = (byte[]) command("GET", key);
            value[value.length - 1] ^= 0x20;
            command("SET", key, value);
            n++;
        }
        return n;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
