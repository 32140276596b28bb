package org.pyjit.runtime;

import java.util.List;

/** Applies sys.argv (and, once the sys module is wired, the streams) for a program start. */
final class SysConfiguration {
    private SysConfiguration() {}

    static volatile List<String> argv = List.of();

    static void configure(List<String> a) {
        argv = List.copyOf(a);
    }
}
