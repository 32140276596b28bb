package org.pyjit.tools.bench;

import java.util.OptionalLong;

/**
 * One process run of one implementation on one benchmark, as stored in the results.
 *
 * @param timed       false for warm-up runs (the first of which also checks the output)
 * @param round       1-based round within its phase; each round runs every implementation once
 * @param wallSeconds wall-clock time of the whole process
 * @param maxRssKb    peak resident set size in KiB, when measured
 * @param exitCode    the process's exit status
 */
public record RunRecord(boolean timed, int round, double wallSeconds, OptionalLong maxRssKb, int exitCode) {}
