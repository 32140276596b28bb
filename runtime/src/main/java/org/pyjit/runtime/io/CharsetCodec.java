package org.pyjit.runtime.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/** Any other encoding, through the JVM's charset of that name (UTF-16, cp1252, …). */
final class CharsetCodec extends TextCodec {
    private final String name;
    private final Charset charset;

    CharsetCodec(String name, Charset charset) {
        this.name = name;
        this.charset = charset;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Decoder decoder(String errors) {
        CodecErrors.checkHandler(errors);
        CharsetDecoder dec = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[][] pending = {new byte[0]};
        return (b, off, len, last) -> {
            byte[] all = new byte[pending[0].length + len];
            System.arraycopy(pending[0], 0, all, 0, pending[0].length);
            System.arraycopy(b, off, all, pending[0].length, len);
            pending[0] = new byte[0];
            ByteBuffer in = ByteBuffer.wrap(all);
            CharBuffer out = CharBuffer.allocate(all.length * 2 + 16);
            StringBuilder sb = new StringBuilder();
            while (true) {
                CoderResult r = dec.decode(in, out, last);
                if (r.isOverflow()) {
                    out.flip();
                    sb.append(out);
                    out.clear();
                    continue;
                }
                if (r.isError()) {
                    out.flip();
                    sb.append(out);
                    out.clear();
                    int start = in.position(), end = start + r.length();
                    switch (errors) {
                        case "ignore" -> { }
                        case "replace" -> sb.append('\ufffd');
                        case "surrogateescape" -> {
                            for (int j = start; j < end; j++) sb.append((char) (0xdc00 + (all[j] & 0xff)));
                        }
                        case "backslashreplace" -> {
                            for (int j = start; j < end; j++) sb.append(String.format("\\x%02x", all[j] & 0xff));
                        }
                        default -> throw CodecErrors.decodeError(name, all, start, end, "illegal multibyte sequence");
                    }
                    in.position(end);
                    continue;
                }
                break; // underflow
            }
            if (last) dec.flush(out);
            out.flip();
            sb.append(out);
            if (!last && in.hasRemaining()) {
                pending[0] = new byte[in.remaining()];
                in.get(pending[0]);
            }
            return sb.toString();
        };
    }

    @Override
    public Encoder encoder(String errors) {
        CodecErrors.checkHandler(errors);
        CharsetEncoder enc = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return (s, sink) -> {
            CharBuffer in = CharBuffer.wrap(s);
            ByteBuffer out = ByteBuffer.allocate(s.length() * 4 + 16);
            while (true) {
                CoderResult r = enc.encode(in, out, false);
                if (r.isOverflow()) {
                    drain(out, sink);
                    continue;
                }
                if (r.isError()) {
                    int start = in.position(), end = start + r.length();
                    String bad = s.substring(start, end);
                    switch (errors) {
                        case "ignore" -> { }
                        case "replace" -> out.put((byte) '?');
                        case "surrogateescape" -> {
                            for (char c : bad.toCharArray()) {
                                if (c < 0xdc80 || c > 0xdcff) throw unencodable(s, start, end);
                                out.put((byte) (c - 0xdc00));
                            }
                        }
                        case "backslashreplace" -> bad.codePoints().forEach(cp -> {
                            String esc = cp <= 0xff ? String.format("\\x%02x", cp)
                                    : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                            for (char c : esc.toCharArray()) out.put((byte) c);
                        });
                        case "xmlcharrefreplace" -> bad.codePoints().forEach(cp -> {
                            for (char c : CodecErrors.characterReference(cp).toCharArray()) out.put((byte) c);
                        });
                        default -> throw unencodable(s, start, end);
                    }
                    in.position(end);
                    continue;
                }
                break;
            }
            drain(out, sink);
        };
    }

    private RuntimeException unencodable(String s, int start, int end) {
        int cpStart = s.codePointCount(0, start), cpEnd = s.codePointCount(0, end);
        return CodecErrors.encodeError(name, s, cpStart, cpEnd, "character maps to <undefined>");
    }

    private static void drain(ByteBuffer out, ByteSink sink) {
        out.flip();
        sink.write(out.array(), 0, out.limit());
        out.clear();
    }
}
