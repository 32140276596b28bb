package org.pyjit.runtime.io;

/** {@code latin-1} (every byte is the code point) and {@code ascii} (bytes below 128). */
final class SingleByteCodec extends TextCodec {
    private final String name;
    private final int limit;

    SingleByteCodec(String name, int limit) {
        this.name = name;
        this.limit = limit;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Decoder decoder(String errors) {
        CodecErrors.checkHandler(errors);
        return (b, off, len, last) -> {
            StringBuilder out = new StringBuilder(len);
            for (int i = off; i < off + len; i++) {
                int c = b[i] & 0xff;
                if (c < limit) {
                    out.append((char) c);
                    continue;
                }
                switch (errors) {
                    case "ignore" -> { }
                    case "replace" -> out.append('\ufffd');
                    case "surrogateescape" -> out.append((char) (0xdc00 + c));
                    case "backslashreplace" -> out.append(String.format("\\x%02x", c));
                    default -> throw CodecErrors.decodeError(name, java.util.Arrays.copyOfRange(b, off, off + len), i - off,
                            i - off + 1, "ordinal not in range(" + limit + ")");
                }
            }
            return out.toString();
        };
    }

    @Override
    public Encoder encoder(String errors) {
        CodecErrors.checkHandler(errors);
        return (s, out) -> {
            int cpIndex = 0;
            for (int i = 0; i < s.length(); cpIndex++) {
                int cp = s.codePointAt(i);
                int w = Character.charCount(cp);
                if (cp < limit) {
                    out.writeByte(cp);
                } else if (errors.equals("surrogateescape") && cp >= 0xdc80 && cp <= 0xdcff) {
                    out.writeByte(cp - 0xdc00);
                } else {
                    switch (errors) {
                        case "ignore" -> { }
                        case "replace" -> out.writeByte('?');
                        case "backslashreplace" -> {
                            String esc = cp <= 0xff ? String.format("\\x%02x", cp)
                                    : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                            for (int k = 0; k < esc.length(); k++) out.writeByte(esc.charAt(k));
                        }
                        case "xmlcharrefreplace" -> {
                            String ref = CodecErrors.characterReference(cp);
                            for (int k = 0; k < ref.length(); k++) out.writeByte(ref.charAt(k));
                        }
                        default -> throw unencodable(s, i, cpIndex);
                    }
                }
                i += w;
            }
        };
    }

    private RuntimeException unencodable(String s, int i, int cpIndex) {
        int end = cpIndex + 1;
        for (int j = i + Character.charCount(s.codePointAt(i)); j < s.length(); ) {
            int cp = s.codePointAt(j);
            if (cp < limit) break;
            end++;
            j += Character.charCount(cp);
        }
        return CodecErrors.encodeError(name, s, cpIndex, end, "ordinal not in range(" + limit + ")");
    }
}
