package org.pyjit.runtime.testutil;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs the machine's CPython 3.11 ({@code python3}) to produce expected values for tests. */
public final class CPython {
    private CPython() {}

    /** Runs {@code script} (fed on stdin) and returns its stdout; fails the test on a non-zero exit. */
    public static String run(String script) {
        return run(script, null, Map.of());
    }

    /** Runs {@code script} in {@code dir} with extra environment variables. */
    public static String run(String script, Path dir, Map<String, String> env) {
        try {
            ProcessBuilder pb = new ProcessBuilder("python3", "-");
            if (dir != null) pb.directory(dir.toFile());
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            pb.environment().put("TZ", java.util.TimeZone.getDefault().getID());
            pb.environment().putAll(env);
            pb.redirectErrorStream(false);
            Process p = pb.start();
            p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            java.util.concurrent.CompletableFuture<byte[]> errF = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return readAll(p.getErrorStream());
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            byte[] out = readAll(p.getInputStream());
            if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("python3 timed out on:\n" + script);
            }
            byte[] err = errF.join();
            int rc = p.exitValue();
            if (rc != 0) {
                throw new AssertionError("python3 failed (" + rc + "):\n" + new String(err, StandardCharsets.UTF_8) + "\nscript:\n" + script);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("cannot run python3", e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toByteArray();
    }

    /** The output lines of {@code script}. */
    public static List<String> lines(String script) {
        String out = run(script);
        if (out.endsWith("\n")) out = out.substring(0, out.length() - 1);
        return List.of(out.split("\n", -1));
    }
}
