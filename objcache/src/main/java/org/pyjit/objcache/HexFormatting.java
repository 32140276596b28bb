package org.pyjit.objcache;

import java.util.HexFormat;

/** Lower-case hex for digests in file names, listings and messages. */
final class HexFormatting {
    private static final HexFormat HEX = HexFormat.of();

    private HexFormatting() {}

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** The bytes of a hex string, or {@code null} if it is not valid hex. */
    static byte[] parse(String hex) {
        try {
            return HEX.parseHex(hex);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
