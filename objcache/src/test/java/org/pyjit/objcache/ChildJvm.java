package org.pyjit.objcache;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A {@link CacheChildMain} running in its own JVM, with its output collected line by line. */
final class ChildJvm {
    final Process process;
    final List<String> out = new CopyOnWriteArrayList<>();
    final List<String> err = new CopyOnWriteArrayList<>();
    private final Thread outReader;
    private final Thread errReader;

    private ChildJvm(Process process) {
        this.process = process;
        outReader = pump(process.getInputStream(), out);
        errReader = pump(process.getErrorStream(), err);
    }

    /** Starts {@code CacheChildMain args}; {@code shellPrefix} (e.g. "ulimit -f 100") runs first if not null. */
    static ChildJvm start(String shellPrefix, String... args) throws IOException {
        return start(shellPrefix, List.of(), args);
    }

    /** As {@link #start(String, String...)} with extra JVM options (e.g. class-loading logs). */
    static ChildJvm start(String shellPrefix, List<String> jvmOptions, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        List<String> command = new ArrayList<>();
        if (shellPrefix != null) {
            command.addAll(List.of("bash", "-c", shellPrefix + "; exec \"$@\"", "bash"));
        }
        command.addAll(List.of(java, "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CacheChildMain.class.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).start());
    }

    private static Thread pump(InputStream stream, List<String> lines) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Waits for exit (killing the process after {@code seconds}) and returns the exit code. */
    int waitFor(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("child did not finish in " + seconds + " s; out=" + out + " err=" + err);
        }
        outReader.join(5000);
        errReader.join(5000);
        return process.exitValue();
    }

    /** The value of the first {@code KEY value} line, or null. */
    String value(String key) {
        for (String line : out) {
            if (line.startsWith(key + " ")) {
                return line.substring(key.length() + 1);
            }
        }
        return null;
    }

    long count(String prefix) {
        return out.stream().filter(line -> line.startsWith(prefix)).count();
    }

    @Override
    public String toString() {
        return "out=" + out + " err=" + err;
    }
}
