package org.pyjit.tools;

import java.util.List;
import java.util.Set;

/**
 * The common command lines — {@code pyjit [-s] [-X OPT]… FILE [args]}, {@code -c CODE [args]},
 * {@code -m MODULE [args]} — read without picocli. Building picocli's command model reflects over
 * every subcommand's annotations and loads about 170 classes that the JDK's AOT cache cannot hold
 * (picocli is compiled for Java 5), a measurable share of a short program's start. Anything else
 * (a subcommand, {@code -h}, {@code -V}, {@code --}, a clustered or unknown option) goes to picocli.
 */
final class ProgramArguments {
    private ProgramArguments() {}

    /** Options that take no value and change nothing here (python3 compatibility). */
    private static final Set<String> IGNORED = Set.of("-u", "-B", "-E", "-I", "-S");
    /** Subcommand names, which take precedence over a script of the same name. */
    private static final Set<String> SUBCOMMANDS = Set.of("dis", "bench", "cache", "aot");

    /** {@code args} as a configured {@link Main}, or null when picocli must read them. */
    static Main parse(String[] args) {
        Main m = new Main();
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("-s")) {
                m.stats = true;
            } else if (IGNORED.contains(a)) {
                m.ignored = true;
            } else if (a.equals("-X")) {
                if (i + 1 >= args.length) return null;
                m.xOptions.add(args[++i]);
            } else if (a.startsWith("-X") && a.length() > 2) {
                m.xOptions.add(a.substring(2));
            } else if (a.equals("-c") || a.equals("-m")) {
                if (i + 1 >= args.length) return null;
                if (a.equals("-c")) m.command = args[i + 1];
                else m.module = args[i + 1];
                m.rest.addAll(List.of(args).subList(i + 2, args.length));
                return m;
            } else if (a.startsWith("-")) {
                return null; // -h, -V, --, "-" (stdin), a clustered or unknown option: picocli's rules
            } else {
                if (SUBCOMMANDS.contains(a)) return null;
                m.rest.addAll(List.of(args).subList(i, args.length));
                return m;
            }
            i++;
        }
        return null; // no program: stdin or the prompt, as picocli decides
    }
}
