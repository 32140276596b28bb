package org.pyjit.runtime.types;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Expected values from the real CPython 3.11 ({@code python3}), computed live in one process per
 * test class: each probe is Python source whose last line is an expression (or a statement, giving None); the result is
 * {@code "OK " + value} (a str as is, anything else as its repr) or {@code "EXC Type: message"}.
 * Every probe runs in a fresh namespace named {@code __main__}. Probes registered before the first
 * {@link #get} run together in one python3 process; probes registered later run in the next batch.
 */
final class CPython {
    private final Map<String, String> probes = new LinkedHashMap<>();
    private final Map<String, String> results = new LinkedHashMap<>();

    /** Registers probe {@code key}; returns the key. */
    String probe(String key, String source) {
        probes.put(key, source.strip());
        return key;
    }

    /** The CPython result of probe {@code key} (runs all probes on first use). */
    synchronized String get(String key) {
        if (!results.containsKey(key)) {
            Map<String, String> pending = new LinkedHashMap<>(probes);
            pending.keySet().removeAll(results.keySet());
            results.putAll(runAll(pending));
        }
        String r = results.get(key);
        assertNotNull(r, "no CPython result for probe " + key);
        return r;
    }

    private static final String HARNESS = """
            import sys
            def _show(v):
                return v if isinstance(v, str) else repr(v)
            for _key, _src in PROBES:
                _g = {'__name__': '__main__'}
                _lines = _src.split('\\n')
                try:
                    exec('\\n'.join(_lines[:-1]), _g)
                    try:
                        _last = compile(_lines[-1], '<probe>', 'eval')
                    except SyntaxError:
                        exec(_lines[-1], _g)
                        _out = 'OK None'
                    else:
                        _out = 'OK ' + _show(eval(_last, _g))
                except BaseException as _e:
                    _out = 'EXC ' + type(_e).__name__ + ': ' + str(_e)
                sys.stdout.write(_key + '\\t' + _out.encode('unicode_escape').decode('ascii') + '\\n')
            """;

    private static Map<String, String> runAll(Map<String, String> probes) {
        StringBuilder script = new StringBuilder("PROBES = [\n");
        for (Map.Entry<String, String> p : probes.entrySet()) {
            script.append("(").append(literal(p.getKey())).append(", ").append(literal(p.getValue())).append("),\n");
        }
        script.append("]\n").append(HARNESS);
        try {
            Path file = Files.createTempFile("pyjit-probes", ".py");
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Process proc = new ProcessBuilder("python3", file.toString()).redirectErrorStream(false).start();
            byte[] out = proc.getInputStream().readAllBytes();
            String err = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!proc.waitFor(60, TimeUnit.SECONDS) || proc.exitValue() != 0) {
                throw new IllegalStateException("python3 failed: " + err);
            }
            Files.deleteIfExists(file);
            Map<String, String> r = new LinkedHashMap<>();
            for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) r.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
            }
            return r;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot run python3", e);
        }
    }

    /** A Python string literal for {@code s}. */
    private static String literal(String s) {
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('\'').toString();
    }

    /** Undoes Python's unicode_escape encoding. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case '\\' -> b.append('\\');
                case '\'' -> b.append('\'');
                case 'x' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'U' -> {
                    b.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                default -> b.append('\\').append(n);
            }
        }
        return b.toString();
    }
}
