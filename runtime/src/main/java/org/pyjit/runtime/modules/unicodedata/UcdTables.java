package org.pyjit.runtime.modules.unicodedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The Unicode 14.0.0 properties CPython 3.11's {@code unicodedata} answers with, read once from
 * {@code ucd.txt.gz} (made by {@code tools/unicode/generate_ucd_tables.py}): properties that
 * change rarely along the code points as runs (start, value), sparse ones as per-point maps.
 */
final class UcdTables {
    /** A property stored as runs: {@code values[i]} holds from {@code starts[i]} up to the next start. */
    record Runs(int[] starts, String[] values) {
        String at(int cp) {
            int i = Arrays.binarySearch(starts, cp);
            return values[i >= 0 ? i : -i - 2];
        }
    }

    final String version;
    final Runs category, eastAsianWidth, combining, bidirectional, mirrored;
    final Map<Integer, String> decimal, digit, numeric, decomposition;

    private static volatile UcdTables loaded;

    static UcdTables get() {
        UcdTables t = loaded;
        if (t == null) {
            synchronized (UcdTables.class) {
                if (loaded == null) loaded = read();
                t = loaded;
            }
        }
        return t;
    }

    private UcdTables(Map<String, Object> sections, String version) {
        this.version = version;
        category = (Runs) sections.get("category");
        eastAsianWidth = (Runs) sections.get("east_asian_width");
        combining = (Runs) sections.get("combining");
        bidirectional = (Runs) sections.get("bidirectional");
        mirrored = (Runs) sections.get("mirrored");
        decimal = points(sections, "decimal");
        digit = points(sections, "digit");
        numeric = points(sections, "numeric");
        decomposition = points(sections, "decomposition");
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, String> points(Map<String, Object> sections, String name) {
        return (Map<Integer, String>) sections.get(name);
    }

    private static UcdTables read() {
        try (InputStream raw = UcdTables.class.getResourceAsStream("ucd.txt.gz")) {
            if (raw == null) throw new IllegalStateException("ucd.txt.gz is missing from the runtime jar");
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII));
            Map<String, Object> sections = new HashMap<>();
            String version = "";
            String name = null;
            boolean isRuns = false;
            List<Integer> starts = new ArrayList<>();
            List<String> values = new ArrayList<>();
            Map<Integer, String> pts = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("@")) {
                    if (name != null && isRuns) sections.put(name, runs(starts, values));
                    String[] head = line.substring(1).split(" ");
                    if (head[0].equals("version")) {
                        version = head[1];
                        name = null;
                        continue;
                    }
                    name = head[0];
                    isRuns = head[1].equals("runs");
                    starts.clear();
                    values.clear();
                    if (!isRuns) {
                        pts = new HashMap<>();
                        sections.put(name, pts);
                    }
                    continue;
                }
                int space = line.indexOf(' ');
                int cp = Integer.parseInt(line, 0, space, 16);
                String value = line.substring(space + 1);
                if (isRuns) {
                    starts.add(cp);
                    values.add(value);
                } else {
                    pts.put(cp, value);
                }
            }
            if (name != null && isRuns) sections.put(name, runs(starts, values));
            return new UcdTables(sections, version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Runs runs(List<Integer> starts, List<String> values) {
        int[] s = new int[starts.size()];
        for (int i = 0; i < s.length; i++) s[i] = starts.get(i);
        return new Runs(s, values.toArray(new String[0]));
    }
}
