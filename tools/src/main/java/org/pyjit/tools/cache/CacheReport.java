package org.pyjit.tools.cache;

import com.google.gson.GsonBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pyjit.objcache.CacheEntryInfo;
import org.pyjit.objcache.CacheMode;
import org.pyjit.objcache.CacheStatistics;
import org.pyjit.objcache.MissReason;
import org.pyjit.objcache.RemoteMissReason;
import org.pyjit.objcache.RemoteStatistics;

/** Text and JSON renderings of the cache's statistics and entries for {@code pyjit cache}. */
final class CacheReport {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());
    private static final int LABEL_WIDTH = 22;

    private CacheReport() {}

    /** The human table of {@code pyjit cache stats}, in the spirit of {@code ccache -s}. */
    static String statsTable(Path directory, CacheMode mode, CacheStatistics s) {
        return statsTable(directory, mode, s, "");
    }

    /**
     * The table with the remote tier's part; {@code remoteUrl} is the configured remote (without
     * credentials), empty when none is configured in this environment.
     */
    static String statsTable(Path directory, CacheMode mode, CacheStatistics s, String remoteUrl) {
        StringBuilder out = new StringBuilder();
        row(out, "Cache directory", directory.toString());
        if (mode == CacheMode.SECONDARY) {
            row(out, "Mode", "read-only (another pyjit process owns the cache)");
        }
        row(out, "Stats since", s.since().equals(Instant.EPOCH) ? "-" : TIME.format(s.since()));
        row(out, "Lookups", Long.toString(s.lookups()));
        row(out, "  Hits", count(s.hits(), s.lookups()));
        row(out, "  Misses", count(s.totalMisses(), s.lookups()));
        for (MissReason reason : MissReason.values()) {
            if (reason != MissReason.UNAVAILABLE) {
                row(out, "    " + reason.description(), Long.toString(s.misses(reason)));
            }
        }
        row(out, "Stores", Long.toString(s.stores()));
        row(out, "Evictions", s.evictions() + " (" + size(s.evictedBytes()) + ")");
        row(out, "Compile time saved", duration(s.compileMicrosSaved()));
        row(out, "Entries", Long.toString(s.entries()));
        row(out, "Profiles", Long.toString(s.profiles()));
        row(out, "Cache size", size(s.bytesUsed()) + " of " + size(s.maxBytes())
                + String.format(Locale.ROOT, " (%.1f %%)", 100.0 * s.bytesUsed() / s.maxBytes()));
        if (s.pendingEntries() > 0) {
            row(out, "Not yet merged", s.pendingEntries() + " entries (" + size(s.pendingBytes()) + ")");
        }
        remoteTable(out, s.remote(), remoteUrl);
        return out.toString();
    }

    private static void remoteTable(StringBuilder out, RemoteStatistics r, String remoteUrl) {
        out.append(System.lineSeparator());
        row(out, "Remote cache", remoteUrl.isEmpty() ? "not configured here ($PYJIT_REMOTE_CACHE)" : remoteUrl);
        row(out, "Remote lookups", r.lookups() + " (" + duration(r.fetchMicros()) + ")");
        row(out, "  Hits", count(r.hits(), r.lookups()));
        row(out, "  Misses", count(r.totalMisses(), r.lookups()));
        for (RemoteMissReason reason : RemoteMissReason.values()) {
            row(out, "    " + reason.description(), Long.toString(r.misses(reason)));
        }
        row(out, "  Bytes fetched", size(r.bytesFetched()));
        row(out, "Remote stores", r.stores() + " (" + size(r.bytesSent()) + " sent, " + duration(r.storeMicros())
                + " in the background)");
        row(out, "  Failed", Long.toString(r.storeFailures()));
        row(out, "  Too large", Long.toString(r.storesTooLarge()));
        row(out, "Circuit opened", r.circuitOpenings() + (r.circuitOpenings() == 1 ? " run" : " runs"));
    }

    /** The statistics as a JSON object with stable snake_case names. */
    static String statsJson(Path directory, CacheMode mode, CacheStatistics s) {
        return statsJson(directory, mode, s, "");
    }

    /** The statistics as JSON, with a {@code remote} object for the remote tier. */
    static String statsJson(Path directory, CacheMode mode, CacheStatistics s, String remoteUrl) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("directory", directory.toString());
        json.put("mode", mode.name().toLowerCase(Locale.ROOT));
        json.put("since", s.since().toString());
        json.put("lookups", s.lookups());
        json.put("hits", s.hits());
        Map<String, Long> misses = new LinkedHashMap<>();
        for (MissReason reason : MissReason.values()) {
            if (reason != MissReason.UNAVAILABLE) {
                misses.put(reason.name().toLowerCase(Locale.ROOT), s.misses(reason));
            }
        }
        json.put("misses", misses);
        json.put("stores", s.stores());
        json.put("evictions", s.evictions());
        json.put("evicted_bytes", s.evictedBytes());
        json.put("compile_time_saved_us", s.compileMicrosSaved());
        json.put("entries", s.entries());
        json.put("profiles", s.profiles());
        json.put("bytes_used", s.bytesUsed());
        json.put("max_bytes", s.maxBytes());
        json.put("pending_entries", s.pendingEntries());
        json.put("pending_bytes", s.pendingBytes());
        json.put("remote", remoteJson(s.remote(), remoteUrl));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json);
    }

    private static Map<String, Object> remoteJson(RemoteStatistics r, String remoteUrl) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", remoteUrl);
        json.put("lookups", r.lookups());
        json.put("hits", r.hits());
        Map<String, Long> misses = new LinkedHashMap<>();
        for (RemoteMissReason reason : RemoteMissReason.values()) {
            misses.put(reason.name().toLowerCase(Locale.ROOT), r.misses(reason));
        }
        json.put("misses", misses);
        json.put("bytes_fetched", r.bytesFetched());
        json.put("fetch_time_us", r.fetchMicros());
        json.put("stores", r.stores());
        json.put("store_failures", r.storeFailures());
        json.put("stores_too_large", r.storesTooLarge());
        json.put("bytes_sent", r.bytesSent());
        json.put("store_time_us", r.storeMicros());
        json.put("circuit_openings", r.circuitOpenings());
        return json;
    }

    /** The header line of {@code pyjit cache list}. */
    static String listHeader() {
        return String.format(Locale.ROOT, "%-19s %6s %10s  %-8s  %s", "LAST USE", "HITS", "SIZE", "KIND", "LABEL");
    }

    /** One entry of {@code pyjit cache list}: last use, hits, stored size, kind, label. */
    static String listLine(CacheEntryInfo entry) {
        String kind = entry.kind() == null ? "?" : entry.kind().shortName();
        String label = entry.problem().isEmpty() ? entry.label() : "(damaged: " + entry.problem() + ")";
        if (entry.pending()) {
            label += "  [not yet merged]";
        }
        String lastUse = entry.lastUsed().equals(Instant.EPOCH) ? "-" : TIME.format(entry.lastUsed());
        return String.format(Locale.ROOT, "%-19s %6d %10s  %-8s  %s", lastUse, entry.hits(),
                size(entry.storedBytes()), kind, label);
    }

    /** A list's closing line. */
    static String listSummary(List<CacheEntryInfo> entries) {
        long bytes = entries.stream().mapToLong(CacheEntryInfo::storedBytes).sum();
        return entries.size() + (entries.size() == 1 ? " entry, " : " entries, ") + size(bytes);
    }

    /** 0 B, 512 B, 1.5 KiB, 3.2 MiB, 1.0 GiB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** 850 us, 12.3 ms, 4.5 s, 3.0 min. */
    static String duration(long micros) {
        if (micros < 1000) {
            return micros + " us";
        }
        if (micros < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f ms", micros / 1e3);
        }
        if (micros < 120_000_000) {
            return String.format(Locale.ROOT, "%.1f s", micros / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f min", micros / 6e7);
    }

    private static String count(long part, long whole) {
        double percent = whole == 0 ? 0 : 100.0 * part / whole;
        return String.format(Locale.ROOT, "%d (%.1f %%)", part, percent);
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "%-" + LABEL_WIDTH + "s %s%n", label, value));
    }
}
