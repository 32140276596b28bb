package org.pyjit.compiler.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** PythonRepr agrees with python3's repr() and str.isprintable(), run live. */
class PythonReprTest {
    private static String python(String script, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "-X", "utf8", "-c", script));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), "python3 exit status");
        return out;
    }

    @Test
    void floatReprMatchesCPython() throws Exception {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 123456789012345678.0, 1e-4,
                1e-5, 0.00012345, 5e-324, 4.9e-323, 1e-323, 2.2250738585072014e-308, Double.MAX_VALUE, 1e22, 1e23,
                9.999999999999999e22, 0.3, 2.0 / 3, 100.0, 1.5e300, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NaN));
        Random random = new Random(42);
        for (int i = 0; i < 3000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            values.add(Double.isNaN(d) ? 1.0 / (i + 1) : d);
        }
        List<String> args = new ArrayList<>();
        for (double d : values) {
            args.add(Double.toHexString(d).replace("Infinity", "inf").replace("NaN", "nan"));
        }
        String[] expected = python("import sys\nfor a in sys.argv[1:]: print(repr(float.fromhex(a)), "
                + "repr(complex(0, float.fromhex(a))))", args).split("\n");
        for (int i = 0; i < values.size(); i++) {
            double d = values.get(i);
            String got = PythonRepr.ofDouble(d) + " " + (d >= 0 || Double.isNaN(d) ? PythonRepr.ofImaginary(d)
                    : "skip");
            String want = expected[i];
            if (got.endsWith(" skip")) {
                want = want.substring(0, want.indexOf(' ')) + " skip"; // complex(0, -x) prints "-xj"
            }
            assertEquals(want, got, "repr of " + args.get(i));
        }
    }

    @Test
    void isPrintableMatchesCPythonForEveryCodePoint() throws Exception {
        String script = "import sys\nsys.stdout.write(''.join('1' if chr(c).isprintable() else '0' "
                + "for c in range(0x110000)))";
        String expected = python(script, List.of());
        assertEquals(0x110000, expected.length());
        for (int cp = 0; cp < 0x110000; cp++) {
            assertEquals(expected.charAt(cp) == '1', PythonRepr.isPrintable(cp), "isprintable(U+" + Integer.toHexString(cp) + ")");
        }
    }

    @Test
    void stringAndBytesReprMatchCPython() throws Exception {
        List<String> samples = List.of("", "a", "it's", "say \"hi\"", "both ' and \"", "tab\tnew\nret\r",
                "back\\slash", "\u0000\u0007\u001f\u007f\u0080\u00a0\u00ad\u00e9", "\u2028\u2029\u200b\ufeff",
                "\ud83d\ude00 emoji", "\u4e2d\u6587", "\ue000 private", "\u0378 unassigned");
        StringBuilder script = new StringBuilder("import sys\nfor a in sys.argv[1:]:\n    s = bytes.fromhex(a)"
                + ".decode('utf-8')\n    print(repr(s), repr(s.encode('utf-8')))\n");
        List<String> args = new ArrayList<>();
        for (String s : samples) {
            StringBuilder hex = new StringBuilder();
            for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
                hex.append(String.format("%02x", b));
            }
            args.add(hex.toString());
        }
        String[] expected = python(script.toString(), args).split("\n");
        for (int i = 0; i < samples.size(); i++) {
            String s = samples.get(i);
            String got = PythonRepr.ofString(s) + " " + PythonRepr.ofBytes(s.getBytes(StandardCharsets.UTF_8));
            assertEquals(expected[i], got, "repr of sample " + i);
        }
    }
}
