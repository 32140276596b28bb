package org.pyjit.tools.cache;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.pyjit.objcache.RemoteCacheSettings;
import org.pyjit.objcache.remote.RedisRemoteTier;

/** What {@code pyjit cache remote-ping} does and prints; kept apart so the Redis classes load only for it. */
final class RemotePingReport {
    private RemotePingReport() {}

    /** Pings the remote tier {@code settings} describe; 0 if it works with this key, else 1. */
    static int run(RemoteCacheSettings settings, PrintWriter out, PrintWriter err) {
        RedisRemoteTier tier;
        try {
            tier = RedisRemoteTier.open(settings, SILENT, message -> { });
        } catch (IOException e) {
            err.println("pyjit cache remote-ping: " + e.getMessage());
            return 1;
        }
        try {
            RedisRemoteTier.PingReport report = tier.ping();
            out.println("remote cache     " + report.server());
            out.println(String.format(Locale.ROOT, "connect + PING   %.1f ms", report.pingMicros() / 1e3));
            out.println(String.format(Locale.ROOT, "sealed probe     stored, read back and verified in %.1f ms",
                    report.roundTripMicros() / 1e3));
            out.println("existing entry   " + report.existingEntry()
                    + (report.existingEntry().equals("does not verify") ? " with this key (another key file?)" : ""));
            out.println(String.format(Locale.ROOT, "timeout          %d ms per call", settings.timeout().toMillis()));
            return report.existingEntry().equals("does not verify") ? 1 : 0;
        } catch (IOException e) {
            err.println("pyjit cache remote-ping: " + tier.display() + ": " + e.getMessage());
            return 1;
        } finally {
            tier.close(Duration.ZERO);
        }
    }

    private static final RedisRemoteTier.Listener SILENT = new RedisRemoteTier.Listener() {
        @Override
        public void stored(long bytes, long micros) {}

        @Override
        public void storeFailed(long micros) {}

        @Override
        public void storeTooLarge() {}

        @Override
        public void circuitOpened() {}
    };
}
