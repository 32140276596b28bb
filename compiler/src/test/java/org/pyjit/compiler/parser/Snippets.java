package org.pyjit.compiler.parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads test inputs from a resource file where a line of four hashes ends each snippet. */
final class Snippets {
    private Snippets() {
    }

    static List<String> load(String resource) throws IOException {
        try (InputStream in = Snippets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean header = true;
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("####")) {
                    if (!header) {
                        out.add(current.toString());
                    }
                    header = false;
                    current.setLength(0);
                } else if (!header) {
                    current.append(line).append('\n');
                }
            }
            if (!current.toString().isBlank()) {
                out.add(current.toString());
            }
            return out;
        }
    }
}
