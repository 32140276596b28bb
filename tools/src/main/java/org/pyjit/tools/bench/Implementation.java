package org.pyjit.tools.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One Python implementation taking part in a comparison: a display name, the command that
 * starts it (the benchmark's own arguments are appended), and the version it reported.
 *
 * @param name    what tables and charts call it, e.g. {@code pyjit}, {@code python3}
 * @param command the program and its fixed leading arguments
 * @param version what the implementation said about itself, or {@code "unknown"}
 * @param statisticsArguments arguments (before the program) that make it print pyjit's runtime
 *                statistics on standard error, added to its untimed checking run; empty for
 *                implementations that are not pyjit
 */
public record Implementation(String name, List<String> command, String version, List<String> statisticsArguments) {

    /** Name the harness gives to the implementation under test. */
    public static final String UNDER_TEST = "pyjit";

    public Implementation {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("the command of " + name + " is empty");
        }
        command = List.copyOf(command);
        statisticsArguments = List.copyOf(statisticsArguments);
    }

    /** An implementation that prints no statistics. */
    public Implementation(String name, List<String> command, String version) {
        this(name, command, version, List.of());
    }

    /** The command line of the checking run: with the statistics arguments, if any. */
    public List<String> checkingCommandFor(List<String> arguments) {
        List<String> full = new ArrayList<>(command);
        full.addAll(statisticsArguments);
        full.addAll(arguments);
        return full;
    }

    /** The full command line that runs a benchmark with the given arguments. */
    public List<String> commandFor(List<String> arguments) {
        List<String> full = new ArrayList<>(command);
        full.addAll(arguments);
        return full;
    }
}
