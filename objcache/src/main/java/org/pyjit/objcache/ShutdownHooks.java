package org.pyjit.objcache;

/**
 * Registers a cache's close-at-exit hook, tolerating a JVM that is already exiting: a cache opened
 * on a background thread may finish opening after the program ended, and its opener, whose own
 * hook waits for that open, closes it then.
 */
final class ShutdownHooks {
    private ShutdownHooks() {}

    /** Adds {@code hook} unless the JVM is shutting down. */
    static void addUnlessExiting(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the opener closes the cache
        }
    }
}
