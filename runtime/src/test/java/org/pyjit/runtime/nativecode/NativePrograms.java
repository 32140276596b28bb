package org.pyjit.runtime.nativecode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.pyjit.runtime.PyRuntime;
import org.pyjit.runtime.stats.NativeStatistics;

/** Runs Python source in this JVM under a native-tier mode, and under CPython for the expected output. */
final class NativePrograms {
    private NativePrograms() {}

    /** stdout and stderr of one run. */
    record Output(String out, String err) {
        String both() {
            return out + "\n--- stderr ---\n" + err;
        }
    }

    /** Units this process refused (either reason of {@code NativeTier.refused}). */
    static long refusedUnits() {
        return NativeStatistics.notCompiledCount(NativeTier.NOT_PLANNABLE)
                + NativeStatistics.notCompiledCount(NativeTier.LEAVES_AT_ONCE);
    }

    static Output pyjit(Path dir, String source, NativeTier.Mode mode) throws Exception {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        NativeTier.Mode before = NativeTier.mode();
        NativeTier.setMode(mode);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Throwable[] crash = {null};
        Thread t = new Thread(null, () -> {
            try {
                PyRuntime.runIsolated(new PyRuntime.Script(file.toString()), List.of("prog.py"),
                        new PyRuntime.ProgramIO(new byte[0], out, err, dir));
            } catch (Throwable e) {
                crash[0] = e;
            }
        }, "native-test", 1L << 30);
        try {
            t.start();
            t.join(TimeUnit.SECONDS.toMillis(120));
        } finally {
            NativeTier.setMode(before);
        }
        if (crash[0] != null) throw new AssertionError("the runtime threw " + crash[0], crash[0]);
        String prefix = dir + "/";
        return new Output(out.toString(StandardCharsets.UTF_8).replace(prefix, ""), err.toString(StandardCharsets.UTF_8).replace(prefix, ""));
    }

    static Output cpython(Path dir, String source) throws IOException, InterruptedException {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", "prog.py").directory(dir.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) throw new AssertionError("python3 did not finish");
        String prefix = dir.toAbsolutePath() + "/";
        return new Output(new String(out, StandardCharsets.UTF_8).replace(prefix, ""), new String(err, StandardCharsets.UTF_8).replace(prefix, ""));
    }
}
