package org.pyjit.compiler.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code python3} (CPython 3.11 on every machine of this project) to produce the expected
 * results of the parser tests live, so no expectation is written by hand.
 */
final class CPython {
    /** Separates fields of one record in the oracle scripts' output. */
    static final String FIELD = "\u001f";
    /** Ends one record in the oracle scripts' output. */
    static final String RECORD = "\u001e";

    private CPython() {
    }

    /** Writes {@code sources} to files in {@code dir} (UTF-8) and returns their paths. */
    static List<Path> writeSources(Path dir, List<String> sources) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Path p = dir.resolve("case" + i + ".py");
            Files.writeString(p, sources.get(i), StandardCharsets.UTF_8);
            paths.add(p);
        }
        return paths;
    }

    /**
     * Runs {@code script} with the given arguments; returns the records it printed (separated by
     * {@link #RECORD}), each split into fields.
     */
    static List<String[]> run(String script, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "-X", "utf8", "-c", script));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("python3 failed: exit " + p.exitValue());
        }
        String text = new String(out, StandardCharsets.UTF_8);
        List<String[]> records = new ArrayList<>();
        String[] parts = text.split(RECORD, -1);
        for (int i = 0; i < parts.length - 1; i++) { // every record ends with RECORD
            records.add(parts[i].split(FIELD, -1));
        }
        return records;
    }

    /** Runs {@code python3 file} and returns what it wrote to stderr. */
    static String stderrOfScript(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] err = p.getErrorStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
        return new String(err, StandardCharsets.UTF_8);
    }

    /**
     * Whether a test compares positions too: only on ASCII sources, where CPython's byte columns
     * equal our code-point columns.
     */
    static boolean withPositions(String source) {
        for (int i = source.startsWith("\ufeff") ? 1 : 0; i < source.length(); i++) {
            if (source.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * A script printing, for each file argument, either {@code OK<FIELD>ast.dump(tree)} (with
     * positions for ASCII sources, see {@link #withPositions}) or
     * {@code ERR<FIELD>kind<FIELD>msg<FIELD>lineno<FIELD>offset<FIELD>end_lineno<FIELD>end_offset<FIELD>text}.
     * {@code mode} is exec or eval.
     */
    static String parseScript(String mode) {
        return """
                import ast, sys
                F, R = '\\x1f', '\\x1e'
                for path in sys.argv[1:]:
                    with open(path, 'rb') as f:
                        data = f.read()
                    try:
                        src = data.decode('utf-8')
                    except UnicodeDecodeError:
                        src = data.decode('latin-1')
                    if src.startswith('\\ufeff'):
                        src = src[1:]
                    try:
                        tree = ast.parse(src, path, mode='%s')
                        sys.stdout.write('OK' + F + ast.dump(tree, include_attributes=src.isascii()) + R)
                    except SyntaxError as e:
                        fields = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
                        sys.stdout.write('ERR' + F + F.join(str(x) for x in fields) + R)
                """.formatted(mode);
    }
}
