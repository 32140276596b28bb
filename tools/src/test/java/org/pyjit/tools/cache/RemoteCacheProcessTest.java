package org.pyjit.tools.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Whole pyjit processes sharing one real Redis, each with its own local cache: what a fleet does.
 * The expected output is CPython's, produced by {@code python3} during the test.
 */
class RemoteCacheProcessTest {
    /**
     * Hot numeric functions the native tier compiles ({@code -X native=always}): eight units, five
     * of them in phase 2, which starts after an optional pause (argument 1, seconds).
     */
    private static final String PROGRAM = """
            import sys, time

            def f0(n, x):
                s = 0
                for k in range(n):
                    s = (s * 31 + k) % 1000003
                    x = x * 0.5 + 0.25
                return s + int(x)

            def f1(n, x):
                s = 1
                for k in range(n):
                    s = (s * 37 + k) % 1000033
                    x = x * 0.25 + 1.5
                return s - int(x)

            def f2(a, b):
                return (a * 7 + b * 3) % 101

            def g0(n):
                t = 0
                for i in range(n):
                    t += i * i % 7
                return t

            def g1(n):
                t = 1
                for i in range(1, n):
                    t = (t * i) % 65537
                return t

            def g2(a, b):
                return a * a - b * b

            def g3(x):
                return x * 2.5 + 1.0

            def g4(n):
                c = 0
                while n > 1:
                    n = n // 2 if n % 2 == 0 else 3 * n + 1
                    c += 1
                return c

            def p0():
                t = 0
                for i in range(300):
                    t = (t + f0(20, 1.5)) % 1000000007
                return t

            def p1():
                t = 0
                for i in range(300):
                    t = (t + f1(15, 2.0)) % 1000000007
                return t

            def p2():
                t = 0
                for i in range(300):
                    t = (t + f2(i, 3)) % 1000000007
                return t

            def q0():
                t = 0
                for i in range(300):
                    t = (t + g0(30)) % 1000000007
                return t

            def q1():
                t = 0
                for i in range(300):
                    t = (t + g1(20)) % 1000000007
                return t

            def q2():
                t = 0
                for i in range(300):
                    t = (t + g2(i, 7)) % 1000000007
                return t

            def q3():
                t = 0.0
                for i in range(300):
                    t = t + g3(1.5 * i)
                return t

            def q4():
                t = 0
                for i in range(300):
                    t = (t + g4(i + 1)) % 1000000007
                return t

            print("phase 1", p0(), p1(), p2(), flush=True)
            if len(sys.argv) > 1:
                time.sleep(float(sys.argv[1]))
            print("phase 2", q0(), q1(), q2(), q3(), q4())
            """;

    @TempDir
    Path dir;

    private TestRedis redis;
    private Path program;
    private Path key;
    private String expected;

    @BeforeEach
    void setUp() throws Exception {
        redis = TestRedis.start(dir.resolve("redis"));
        program = dir.resolve("hot.py");
        Files.writeString(program, PROGRAM);
        key = secret("key", "the fleet's secret, 32 bytes long");
        expected = python3(program);
    }

    @AfterEach
    void tearDown() throws Exception {
        redis.close();
    }

    private Path secret(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static String python3(Path program) throws Exception {
        Process p = new ProcessBuilder("python3", program.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        return out;
    }

    /** What one pyjit process printed. */
    record Run(int exitCode, String out, List<String> err) {
        long nativeCompiles() {
            return statistic("native compiles");
        }

        long nativeCacheHits() {
            return statistic("native cache hits");
        }

        private long statistic(String name) {
            Pattern p = Pattern.compile("^\\s+" + name + "\\s+(\\d+)");
            for (String line : err) {
                Matcher m = p.matcher(line);
                if (m.find()) {
                    return Long.parseLong(m.group(1));
                }
            }
            return 0; // the native part of -s is left out when the tier did nothing
        }

        List<String> warnings() {
            return err.stream().filter(l -> l.startsWith("pyjit: warning:")).toList();
        }
    }

    private Run pyjit(String local, Map<String, String> env, Consumer<String> onLine, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xss16m",
                "-Dpyjit.home=" + System.getProperty("pyjit.home"), "-cp", System.getProperty("java.class.path"),
                "org.pyjit.tools.Main", "-X", "native=always", "-s", program.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PYJIT_CACHE_DIR", dir.resolve(local).toString());
        pb.environment().keySet().removeIf(name -> name.startsWith("PYJIT_REMOTE_CACHE") || name.equals("PYJIT_NATIVE"));
        pb.environment().putAll(env);
        Process p = pb.start();
        List<String> err = new CopyOnWriteArrayList<>();
        Thread errReader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    err.add(line);
                }
            } catch (IOException e) {
                // ended
            }
        });
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                out.append(line).append('\n');
                onLine.accept(line);
            }
        }
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "pyjit did not finish");
        errReader.join(5000);
        return new Run(p.exitValue(), out.toString(), err);
    }

    /** The remote tier with the default 50 ms timeout: for the fault tests. */
    private Map<String, String> remote(String url, Path keyFile) {
        return Map.of("PYJIT_REMOTE_CACHE", url, "PYJIT_REMOTE_CACHE_KEY_FILE", keyFile.toString());
    }

    /** A generous timeout where the test is about sharing, so a loaded machine cannot fail it. */
    private Map<String, String> patientRemote(String url, Path keyFile) {
        return Map.of("PYJIT_REMOTE_CACHE", url, "PYJIT_REMOTE_CACHE_KEY_FILE", keyFile.toString(),
                "PYJIT_REMOTE_CACHE_TIMEOUT", "2s");
    }

    private JsonObject remoteStats(String local) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new CacheCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, command.execute("stats", "--json", "--cache-dir=" + dir.resolve(local)));
        return JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonObject("remote");
    }

    @Test
    void aSecondMachineCompilesNothingAndPrintsTheSame() throws Exception {
        Run first = pyjit("a", patientRemote(redis.url(), key), line -> { });
        assertEquals(0, first.exitCode(), first.err().toString());
        assertEquals(expected, first.out());
        assertEquals(8, first.nativeCompiles(), first.err().toString());
        assertEquals(List.of(), first.warnings());
        assertEquals(8, redis.objectKeys().size(), "every compiled unit reached Redis");

        Run second = pyjit("b", patientRemote(redis.url(), key), line -> { });
        assertEquals(0, second.exitCode(), second.err().toString());
        assertEquals(expected, second.out());
        assertEquals(0, second.nativeCompiles(), second.err().toString());
        assertEquals(first.nativeCompiles(), second.nativeCacheHits(), second.err().toString());
        assertEquals(List.of(), second.warnings());
        JsonObject stats = remoteStats("b");
        assertEquals(first.nativeCompiles(), stats.get("hits").getAsLong());
        assertTrue(stats.get("bytes_fetched").getAsLong() > 1000, stats.toString());
        assertEquals(first.nativeCompiles(), remoteStats("a").get("stores").getAsLong());
    }

    @Test
    void tamperedEntriesAndAWrongKeyAreRefusedAsUnauthenticated() throws Exception {
        Run first = pyjit("a", patientRemote(redis.url(), key), line -> { });
        assertEquals(expected, first.out());
        long units = first.nativeCompiles();

        Run wrongKey = pyjit("b", patientRemote(redis.url(), secret("other", "a different secret of 32 bytes!!")), line -> { });
        assertEquals(expected, wrongKey.out());
        assertEquals(units, wrongKey.nativeCompiles(), "nothing signed with another key is loaded");
        assertEquals(units, remoteStats("b").getAsJsonObject("misses").get("unauthenticated").getAsLong());

        redis.command("FLUSHALL");
        pyjit("c", patientRemote(redis.url(), key), line -> { }); // fill Redis again, signed with the fleet's key
        assertTrue(redis.tamperAll() >= units);
        Run tampered = pyjit("d", patientRemote(redis.url(), key), line -> { });
        assertEquals(0, tampered.exitCode());
        assertEquals(expected, tampered.out());
        assertEquals(units, tampered.nativeCompiles(), "no tampered object is loaded");
        assertEquals(units, remoteStats("d").getAsJsonObject("misses").get("unauthenticated").getAsLong());
        assertEquals(List.of(), tampered.warnings());
    }

    @Test
    void redisStoppedMidRunLeavesTheOutputRight() throws Exception {
        Run run = pyjit("a", remote(redis.url(), key), line -> {
            if (line.startsWith("phase 1")) {
                try {
                    redis.kill(); // while the program sleeps, before phase 2 compiles anything
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }, "0.5");
        assertEquals(0, run.exitCode(), run.err().toString());
        assertEquals(expected, run.out());
        assertEquals(1, run.warnings().size(), run.err().toString());
        assertTrue(run.warnings().get(0).contains("remote cache") && run.warnings().get(0).contains("turned off for this run"),
                run.warnings().get(0));
        JsonObject stats = remoteStats("a");
        assertEquals(1, stats.get("circuit_openings").getAsLong(), stats.toString());
        redis = TestRedis.start(dir.resolve("redis2")); // for tearDown
    }

    @Test
    void aRedisThatNeverAnswersCostsOnlyTheTimeoutBudget() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new CopyOnWriteArrayList<>();
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // never answers
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            Run run = pyjit("a", remote("redis://127.0.0.1:" + silent.getLocalPort() + "/0", key), line -> { });
            assertEquals(0, run.exitCode(), run.err().toString());
            assertEquals(expected, run.out());
            assertEquals(1, run.warnings().size(), run.err().toString());
            JsonObject stats = remoteStats("a");
            assertEquals(1, stats.get("circuit_openings").getAsLong(), stats.toString());
            assertTrue(stats.getAsJsonObject("misses").get("timeout").getAsLong() <= 3, stats.toString());
            // three timeouts of 50 ms before the breaker opened; the slack is for a loaded machine
            assertTrue(stats.get("fetch_time_us").getAsLong() < 3 * 50_000 + 250_000, stats.toString());
            assertTrue(!accepted.isEmpty(), "pyjit did connect");
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    /** Runs {@code pyjit cache ARGS} in this JVM; returns exit code, stdout and stderr. */
    private String[] cacheCommand(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new CacheCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int code = command.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void remotePingChecksTheConnectionAndTheKey() throws Exception {
        String[] empty = cacheCommand("remote-ping", "--remote=" + redis.url(), "--key-file=" + key);
        assertEquals("0", empty[0], empty[2]);
        assertTrue(empty[1].contains("sealed probe     stored, read back and verified"), empty[1]);
        assertTrue(empty[1].contains("existing entry   none stored yet"), empty[1]);
        assertEquals(List.of(), redis.objectKeys(), "the probe entry is deleted");

        pyjit("a", patientRemote(redis.url(), key), line -> { });
        String[] same = cacheCommand("remote-ping", "--remote=" + redis.url(), "--key-file=" + key);
        assertEquals("0", same[0], same[2]);
        assertTrue(same[1].contains("existing entry   verifies"), same[1]);

        Path other = secret("other", "not the fleet's secret, 32 bytes");
        String[] wrong = cacheCommand("remote-ping", "--remote=" + redis.url(), "--key-file=" + other);
        assertEquals("1", wrong[0]);
        assertTrue(wrong[1].contains("does not verify with this key"), wrong[1]);

        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-r--r--"));
        String[] exposed = cacheCommand("remote-ping", "--remote=" + redis.url(), "--key-file=" + other);
        assertEquals("1", exposed[0]);
        assertTrue(exposed[2].contains("chmod 600"), exposed[2]);

        int closedPort;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }
        String[] down = cacheCommand("remote-ping", "--remote=redis://127.0.0.1:" + closedPort + "/0", "--key-file=" + key);
        assertEquals("1", down[0]);
        assertTrue(down[2].startsWith("pyjit cache remote-ping: redis://127.0.0.1:" + closedPort + "/0: "), down[2]);
    }
}
