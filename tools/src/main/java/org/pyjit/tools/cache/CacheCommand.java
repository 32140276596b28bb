package org.pyjit.tools.cache;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.pyjit.objcache.CacheConfig;
import org.pyjit.objcache.CacheEntryInfo;
import org.pyjit.objcache.CacheMaintenance;
import org.pyjit.objcache.CacheMode;
import org.pyjit.objcache.CacheUnavailableException;
import org.pyjit.objcache.GcReport;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.RemoteCacheSettings;
import org.pyjit.objcache.VerifyReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code pyjit cache}: inspect and maintain the object cache. Exit codes: 0 done, 1 the cache
 * could not be used (disabled, or busy for a command that changes it), 2 bad usage.
 */
@Command(name = "cache",
        description = "Inspect and maintain pyjit's cache of compiled code.",
        subcommands = {
                CacheCommand.Stats.class, CacheCommand.ListEntries.class, CacheCommand.Verify.class,
                CacheCommand.Gc.class, CacheCommand.Clear.class, CacheCommand.ZeroStats.class, CacheCommand.Dir.class,
                CacheCommand.RemotePing.class})
public final class CacheCommand implements Callable<Integer> {
    /** How long a command that changes the cache waits for a running pyjit to release it. */
    private static final Duration PRIMARY_WAIT = Duration.ofSeconds(2);

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
            description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--cache-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "The cache directory (default: $PYJIT_CACHE_DIR, else $XDG_CACHE_HOME/pyjit, else ~/.cache/pyjit).")
    Path cacheDir;

    @Option(names = "--max-size", scope = ScopeType.INHERIT, paramLabel = "SIZE",
            description = "The size limit, e.g. 512M or 2G (default: $PYJIT_CACHE_MAX_SIZE, else 1G).")
    String maxSize;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The configuration the options and the environment ask for, warnings going to stderr. */
    CacheConfig config(boolean changesCache) {
        PrintWriter err = spec.commandLine().getErr();
        CacheConfig config = CacheConfig.defaults();
        if (cacheDir != null) {
            config = config.withDirectory(cacheDir);
        }
        if (maxSize != null) {
            long bytes = CacheConfig.parseSize(maxSize);
            if (bytes <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--max-size: '" + maxSize + "' is not a size such as 512M or 2G");
            }
            config = config.withMaxBytes(bytes);
        }
        config = config.withWarnings(message -> {
            err.println("pyjit: warning: " + message);
            err.flush();
        });
        return changesCache ? config.withPrimaryWait(PRIMARY_WAIT) : config;
    }

    /** Opens the cache, runs {@code action} and reports a cache that cannot be used as exit code 1. */
    int withCache(CommandSpec command, boolean changesCache, CacheAction action) {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        // the commands inspect the local directory (where the remote tier's counters are kept too)
        try (ObjectCache cache = ObjectCache.open(config(changesCache).withRemote(RemoteCacheSettings.OFF))) {
            if (cache.mode() == CacheMode.DISABLED) {
                err.println("pyjit cache: the cache at " + cache.directory() + " cannot be used (see the warning above)");
                return 1;
            }
            action.run(cache, out);
            return 0;
        } catch (CacheUnavailableException e) {
            err.println("pyjit cache: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** What a subcommand does with an open cache. */
    interface CacheAction {
        void run(ObjectCache cache, PrintWriter out) throws CacheUnavailableException;
    }

    /** {@code pyjit cache stats [--json]}. */
    @Command(name = "stats", description = "Show hits, misses and size.")
    static final class Stats implements Callable<Integer> {
        @ParentCommand CacheCommand parent;
        @Spec CommandSpec spec;

        @Option(names = "--json", description = "Print a JSON object instead of the table.")
        boolean json;

        @Override
        public Integer call() {
            String remote = parent.config(false).remote().enabled() ? parent.config(false).remote().redactedUrl() : "";
            return parent.withCache(spec, false, (cache, out) -> out.print(json
                    ? CacheReport.statsJson(cache.directory(), cache.mode(), cache.statistics(), remote) + System.lineSeparator()
                    : CacheReport.statsTable(cache.directory(), cache.mode(), cache.statistics(), remote)));
        }
    }

    /** {@code pyjit cache list}. */
    @Command(name = "list",
            description = "List the entries, most recently used first: last use, hits, size, kind, label.")
    static final class ListEntries implements Callable<Integer> {
        @ParentCommand CacheCommand parent;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return parent.withCache(spec, false, (cache, out) -> {
                List<CacheEntryInfo> entries = cache.maintenance().entries();
                out.println(CacheReport.listHeader());
                entries.forEach(entry -> out.println(CacheReport.listLine(entry)));
                out.println(CacheReport.listSummary(entries));
            });
        }
    }

    /** {@code pyjit cache verify}. */
    @Command(name = "verify",
            description = "Check every entry completely; remove and report the damaged ones.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand CacheCommand parent;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return parent.withCache(spec, true, (cache, out) -> {
                VerifyReport report = cache.maintenance().verify();
                for (VerifyReport.Problem problem : report.removed()) {
                    out.println("removed " + problem.keyHex().substring(0, 16) + " "
                            + (problem.label().isEmpty() ? "(no label)" : problem.label()) + ": "
                            + problem.reason().description() + " (" + problem.detail() + ")");
                }
                out.println("checked " + report.checked() + " entries and " + report.profilesChecked()
                        + " profiles; removed " + report.removed().size() + " damaged entries and "
                        + report.profilesRemoved() + " damaged profiles");
            });
        }
    }

    /** {@code pyjit cache gc}. */
    @Command(name = "gc",
            description = "Merge other processes' spooled objects, evict least-recently-used entries down to 80 %%"
                    + " of the limit if it is exceeded, and compact.")
    static final class Gc implements Callable<Integer> {
        @ParentCommand CacheCommand parent;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return parent.withCache(spec, true, (cache, out) -> {
                CacheMaintenance maintenance = cache.maintenance();
                GcReport report = maintenance.gc();
                out.println("merged " + report.mergedFromSpool() + " spooled files; evicted " + report.evictedEntries()
                        + " entries (" + CacheReport.size(report.evictedBytes()) + "); dropped "
                        + report.recordsRepaired() + " stale records");
                out.println("cache size " + CacheReport.size(report.bytesAfter()) + " of "
                        + CacheReport.size(report.maxBytes()) + " (was " + CacheReport.size(report.bytesBefore()) + ")");
            });
        }
    }

    /** {@code pyjit cache clear}. */
    @Command(name = "clear",
            description = "Remove every entry and profile (statistics are kept; see zero-stats).")
    static final class Clear implements Callable<Integer> {
        @ParentCommand CacheCommand parent;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return parent.withCache(spec, true, (cache, out) -> {
                long entries = cache.statistics().entries();
                long bytes = cache.statistics().bytesUsed();
                cache.maintenance().clear();
                out.println("removed " + entries + " entries (" + CacheReport.size(bytes) + ")");
            });
        }
    }

    /** {@code pyjit cache zero-stats}. */
    @Command(name = "zero-stats", description = "Set the statistics counters to zero.")
    static final class ZeroStats implements Callable<Integer> {
        @ParentCommand CacheCommand parent;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return parent.withCache(spec, true, (cache, out) -> {
                cache.maintenance().zeroStatistics();
                out.println("statistics zeroed");
            });
        }
    }

    /** {@code pyjit cache dir}: prints the directory without opening the cache. */
    @Command(name = "dir", description = "Print the cache directory.")
    static final class Dir implements Callable<Integer> {
        @ParentCommand CacheCommand parent;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println(parent.config(false).directory());
            out.flush();
            return 0;
        }
    }

    /** {@code pyjit cache remote-ping}: checks the connection to the remote tier and the key. */
    @Command(name = "remote-ping",
            description = "Check the remote cache: connect, PING, store a sealed probe entry, read it back and verify it,"
                    + " and check that an existing entry verifies with this key.")
    static final class RemotePing implements Callable<Integer> {
        @ParentCommand CacheCommand parent;
        @Spec CommandSpec spec;

        @Option(names = "--remote", paramLabel = "URL", description = "The Redis URL (default: $PYJIT_REMOTE_CACHE).")
        String url;

        @Option(names = "--key-file", paramLabel = "FILE", description = "The HMAC key file (default: $PYJIT_REMOTE_CACHE_KEY_FILE).")
        Path keyFile;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                RemoteCacheSettings settings = parent.config(false).remote();
                if (url != null) {
                    settings = settings.withUrl(url);
                }
                if (keyFile != null) {
                    settings = settings.withKeyFile(keyFile);
                }
                if (!settings.enabled()) {
                    err.println("pyjit cache remote-ping: no remote cache configured (set PYJIT_REMOTE_CACHE or give --remote URL)");
                    return 1;
                }
                return RemotePingReport.run(settings, out, err);
            } finally {
                out.flush();
                err.flush();
            }
        }
    }
}
