package org.pyjit.runtime.io;

/** UTF-8 exactly as CPython decodes and encodes it (strict about overlongs and surrogates). */
final class Utf8Codec extends TextCodec {
    private final boolean bom;

    Utf8Codec(boolean bom) {
        this.bom = bom;
    }

    @Override
    public String name() {
        return bom ? "utf-8-sig" : "utf-8";
    }

    @Override
    public Decoder decoder(String errors) {
        CodecErrors.checkHandler(errors);
        return new Utf8Decoder(errors, bom);
    }

    @Override
    public Encoder encoder(String errors) {
        CodecErrors.checkHandler(errors);
        boolean[] bomPending = {bom};
        return (s, out) -> {
            if (bomPending[0] && !s.isEmpty()) {
                out.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, 0, 3);
                bomPending[0] = false;
            }
            encode(s, errors, out);
        };
    }

    /** Encodes {@code s}; lone surrogates go to the error handler. */
    static void encode(String s, String errors, ByteSink out) {
        int n = s.length();
        int cpIndex = 0;
        for (int i = 0; i < n; i++, cpIndex++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.writeByte(c);
            } else if (c < 0x800) {
                out.writeByte(0xc0 | (c >> 6));
                out.writeByte(0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    out.writeByte(0xf0 | (cp >> 18));
                    out.writeByte(0x80 | ((cp >> 12) & 0x3f));
                    out.writeByte(0x80 | ((cp >> 6) & 0x3f));
                    out.writeByte(0x80 | (cp & 0x3f));
                } else {
                    loneSurrogate(s, i, cpIndex, errors, out);
                }
            } else {
                out.writeByte(0xe0 | (c >> 12));
                out.writeByte(0x80 | ((c >> 6) & 0x3f));
                out.writeByte(0x80 | (c & 0x3f));
            }
        }
    }

    private static void loneSurrogate(String s, int i, int cpIndex, String errors, ByteSink out) {
        char c = s.charAt(i);
        switch (errors) {
            case "surrogateescape" -> {
                if (c >= 0xdc80 && c <= 0xdcff) {
                    out.writeByte(c - 0xdc00);
                    return;
                }
            }
            case "surrogatepass" -> {
                out.writeByte(0xe0 | (c >> 12));
                out.writeByte(0x80 | ((c >> 6) & 0x3f));
                out.writeByte(0x80 | (c & 0x3f));
                return;
            }
            case "ignore" -> {
                return;
            }
            case "replace" -> {
                out.writeByte('?');
                return;
            }
            case "backslashreplace" -> {
                byte[] esc = String.format("\\u%04x", (int) c).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                out.write(esc, 0, esc.length);
                return;
            }
            case "xmlcharrefreplace" -> {
                byte[] ref = CodecErrors.characterReference(c).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                out.write(ref, 0, ref.length);
                return;
            }
            default -> { }
        }
        // strict (or an escape that cannot apply): report the run of lone surrogates starting here
        int end = cpIndex + 1;
        for (int j = i + 1; j < s.length() && isLone(s, j); j++) end++;
        throw CodecErrors.encodeError("utf-8", s, cpIndex, end, "surrogates not allowed");
    }

    private static boolean isLone(String s, int j) {
        char c = s.charAt(j);
        if (Character.isLowSurrogate(c)) return !(j > 0 && Character.isHighSurrogate(s.charAt(j - 1)));
        if (Character.isHighSurrogate(c)) return !(j + 1 < s.length() && Character.isLowSurrogate(s.charAt(j + 1)));
        return false;
    }

    /** Incremental decoder: an incomplete sequence at a chunk's end waits for the next chunk. */
    private static final class Utf8Decoder implements Decoder {
        private final String errors;
        private boolean skipBom;
        private byte[] pending = new byte[0];
        /** Length of the input being decoded (for the error's {@code object}). */
        private int inputLength;

        Utf8Decoder(String errors, boolean bom) {
            this.errors = errors;
            this.skipBom = bom;
        }

        @Override
        public String decode(byte[] b, int off, int len, boolean last) {
            byte[] in;
            int n;
            if (pending.length == 0 && off == 0) {
                in = b;
                n = len;
            } else {
                in = new byte[pending.length + len];
                System.arraycopy(pending, 0, in, 0, pending.length);
                System.arraycopy(b, off, in, pending.length, len);
                n = in.length;
            }
            pending = new byte[0];
            inputLength = n;
            int i = 0;
            if (skipBom) {
                if (n < 3 && !last && startsWithBomPrefix(in, n)) {
                    pending = java.util.Arrays.copyOf(in, n);
                    return "";
                }
                skipBom = false;
                if (n >= 3 && (in[0] & 0xff) == 0xef && (in[1] & 0xff) == 0xbb && (in[2] & 0xff) == 0xbf) i = 3;
            }
            StringBuilder out = new StringBuilder(n);
            while (i < n) {
                int c = in[i] & 0xff;
                if (c < 0x80) {
                    out.append((char) c);
                    i++;
                    continue;
                }
                int need, lo = 0x80, hi = 0xbf;
                if (c < 0xc2) {
                    i = error(in, i, i + 1, "invalid start byte", out);
                    continue;
                } else if (c < 0xe0) {
                    need = 1;
                } else if (c < 0xf0) {
                    need = 2;
                    if (c == 0xe0) lo = 0xa0;
                    else if (c == 0xed && !errors.equals("surrogatepass")) hi = 0x9f;
                } else if (c < 0xf5) {
                    need = 3;
                    if (c == 0xf0) lo = 0x90;
                    else if (c == 0xf4) hi = 0x8f;
                } else {
                    i = error(in, i, i + 1, "invalid start byte", out);
                    continue;
                }
                int k = 1;
                boolean bad = false;
                for (; k <= need; k++) {
                    if (i + k >= n) break;
                    int cc = in[i + k] & 0xff;
                    int min = k == 1 ? lo : 0x80, max = k == 1 ? hi : 0xbf;
                    if (cc < min || cc > max) {
                        bad = true;
                        break;
                    }
                }
                if (bad) {
                    i = error(in, i, i + k, "invalid continuation byte", out);
                    continue;
                }
                if (k <= need) { // ran out of input mid-sequence
                    if (!last) {
                        pending = java.util.Arrays.copyOfRange(in, i, n);
                        break;
                    }
                    i = error(in, i, n, "unexpected end of data", out);
                    continue;
                }
                int cp = c & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
                for (int j = 1; j <= need; j++) cp = (cp << 6) | (in[i + j] & 0x3f);
                out.appendCodePoint(cp);
                i += need + 1;
            }
            return out.toString();
        }

        private static boolean startsWithBomPrefix(byte[] in, int n) {
            int[] bom = {0xef, 0xbb, 0xbf};
            for (int i = 0; i < n; i++) if ((in[i] & 0xff) != bom[i]) return false;
            return true;
        }

        /** Applies the error handler to bytes [start, end); returns where decoding resumes. */
        private int error(byte[] in, int start, int end, String reason, StringBuilder out) {
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> out.append('\ufffd');
                case "surrogateescape" -> {
                    for (int j = start; j < end; j++) out.append((char) (0xdc00 + (in[j] & 0xff)));
                }
                case "backslashreplace" -> {
                    for (int j = start; j < end; j++) out.append(String.format("\\x%02x", in[j] & 0xff));
                }
                default -> throw CodecErrors.decodeError("utf-8", java.util.Arrays.copyOf(in, inputLength), start, end, reason);
            }
            return end;
        }
    }
}
