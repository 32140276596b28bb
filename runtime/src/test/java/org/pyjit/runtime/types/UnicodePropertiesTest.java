package org.pyjit.runtime.types;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.ops.Ops;

/**
 * Every code point CPython 3.11's unicodedata knows (Unicode 14), compared with pyjit's str
 * methods on the one-character string: the is* predicates, upper/lower/title/casefold/swapcase,
 * and the final-sigma rule of lower() around it (which depends on Cased and Case_Ignorable).
 */
class UnicodePropertiesTest {
    private static final String[] PREDICATES = {"isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable",
        "isidentifier", "islower", "isupper", "istitle", "isalnum"};
    private static final String[] MAPPINGS = {"upper", "lower", "title", "casefold", "swapcase", "capitalize"};

    private static final String SCRIPT = """
            import sys, unicodedata
            P = %s
            M = %s
            out = sys.stdout
            for c in range(0x110000):
                if 0xd800 <= c < 0xe000: continue
                ch = chr(c)
                if unicodedata.category(ch) == 'Cn': continue
                flags = ''.join('1' if getattr(ch, p)() else '0' for p in P)
                flags += '1' if ('a' + ch).isidentifier() else '0'
                cols = [format(c, 'x'), flags] + [getattr(ch, m)() for m in M]
                cols += [('A\\u03a3' + ch).lower(), ('A\\u03a3' + ch + 'a').lower(), (ch + '\\u03a3').lower()]
                out.write('\\t'.join(x.encode('unicode_escape').decode('ascii') for x in cols) + '\\n')
            """;

    @Test
    void everyCodePointMatchesCPython() throws Exception {
        TypeRegistry.bootstrap();
        Path script = Files.createTempFile("pyjit-unicode", ".py");
        Files.writeString(script, SCRIPT.formatted(pyList(PREDICATES), pyList(MAPPINGS)));
        Process p = new ProcessBuilder("python3", script.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> diffs = new ArrayList<>();
        int lines = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines++;
                String[] col = line.split("\t", -1);
                int c = Integer.parseInt(col[0], 16);
                String ch = Character.toString(c);
                String mine = predicates(ch) + "\t" + mappings(ch);
                String theirs = col[1];
                for (int i = 2; i < col.length; i++) theirs += "\t" + unescape(col[i]);
                if (!mine.equals(theirs) && diffs.size() < 40) {
                    diffs.add(Integer.toHexString(c) + ":\n  cpython " + theirs + "\n  pyjit   " + mine);
                }
            }
        }
        p.waitFor();
        Files.delete(script);
        assertTrue(lines > 280_000, "python3 listed only " + lines + " code points");
        if (!diffs.isEmpty()) fail(String.join("\n", diffs));
    }

    private static String predicates(String ch) {
        StringBuilder b = new StringBuilder();
        for (String m : PREDICATES) b.append(Ops.isTrue(Ops.call(Ops.getAttr(ch, m))) ? '1' : '0');
        b.append(Ops.isTrue(Ops.call(Ops.getAttr("a" + ch, "isidentifier"))) ? '1' : '0');
        return b.toString();
    }

    private static String mappings(String ch) {
        List<String> cols = new ArrayList<>();
        for (String m : MAPPINGS) cols.add((String) Ops.call(Ops.getAttr(ch, m)));
        for (String s : new String[] {"A\u03a3" + ch, "A\u03a3" + ch + "a", ch + "\u03a3"}) cols.add((String) Ops.call(Ops.getAttr(s, "lower")));
        return String.join("\t", cols);
    }

    private static String pyList(String[] names) {
        return "['" + String.join("', '", names) + "']";
    }

    /** Decodes Python's unicode_escape output (\\xhh, \\uhhhh, \\Uhhhhhhhh, \\t \\n \\r \\\\). */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 't' -> b.append('\t');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
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
                default -> b.append(n);
            }
        }
        return b.toString();
    }
}
