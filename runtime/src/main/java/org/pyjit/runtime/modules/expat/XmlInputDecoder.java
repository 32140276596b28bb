package org.pyjit.runtime.modules.expat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes given to {@code Parse} into text: the encoding named at parser creation, else a
 * byte order mark, else the XML declaration's {@code encoding}, else UTF-8. Multi-byte characters
 * split between two pieces are kept until the next one.
 */
final class XmlInputDecoder {
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    private final String forced;
    private CharsetDecoder decoder;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    XmlPushParser.ByteWidth width = XmlPushParser.ByteWidth.UTF8;

    XmlInputDecoder(String encoding) {
        this.forced = encoding;
    }

    /** The text of {@code data}; null if the encoding is not known yet. Throws XmlError for unknown encodings. */
    String decode(byte[] data, boolean isFinal, XmlPushParser parser) {
        if (decoder == null) {
            pending.writeBytes(data);
            byte[] head = pending.toByteArray();
            Charset cs = choose(head, isFinal, parser);
            if (cs == null) return null;
            decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            width = cs.equals(StandardCharsets.UTF_8) ? XmlPushParser.ByteWidth.UTF8
                    : cs.name().startsWith("UTF-16") ? XmlPushParser.ByteWidth.UTF16 : XmlPushParser.ByteWidth.ONE;
            data = head;
            pending.reset();
        } else if (pending.size() > 0) {
            pending.writeBytes(data);
            data = pending.toByteArray();
            pending.reset();
        }
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate(data.length + 2);
        CoderResult r = decoder.decode(in, out, isFinal);
        if (r.isError()) throw parser.errorAt(ExpatErrors.INVALID_TOKEN, parser.buffer().length() + out.position());
        if (isFinal) {
            r = decoder.flush(out);
            if (in.hasRemaining()) throw parser.errorAt(6, parser.buffer().length() + out.position()); // partial character
        } else if (in.hasRemaining()) {
            pending.write(data, in.position(), in.remaining());
        }
        out.flip();
        return out.toString();
    }

    private Charset choose(byte[] head, boolean isFinal, XmlPushParser parser) {
        if (forced != null) return lookup(forced, parser);
        if (head.length < 4 && !isFinal) return null;
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16;
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8; // the JDK's decoder keeps the BOM as U+FEFF; dropped by the parser
        }
        // no BOM: "<?" in UTF-16 shows by its zero bytes (XML 1.0 appendix F)
        if (head.length >= 4 && head[0] == '<' && head[1] == 0 && head[2] != 0 && head[3] == 0) return StandardCharsets.UTF_16LE;
        if (head.length >= 4 && head[0] == 0 && head[1] == '<' && head[2] == 0 && head[3] != 0) return StandardCharsets.UTF_16BE;
        String ascii = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1);
        if (!ascii.startsWith("<?xml")) return StandardCharsets.UTF_8;
        if (ascii.indexOf("?>") < 0 && !isFinal && head.length < 512) return null;
        Matcher m = DECLARED.matcher(ascii);
        if (!m.find()) return StandardCharsets.UTF_8;
        Charset declared = lookup(m.group(1), parser);
        // the bytes read so far are ASCII-compatible: a declared UTF-16/32 without a BOM cannot be right
        return declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32") ? StandardCharsets.UTF_8 : declared;
    }

    /** The JDK charset for an encoding name, found as Python's codec registry names it ("iso8859" is Latin-1). */
    private static Charset lookup(String name, XmlPushParser parser) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            // not a JDK name: ask Python's codec registry for the canonical one
        }
        Object codecs = org.pyjit.runtime.ops.Ops.call(org.pyjit.runtime.ops.Ops.getAttr(
                org.pyjit.runtime.modules.BuiltinModuleRegistry.get("builtins"), "__import__"), "codecs");
        Object info = org.pyjit.runtime.ops.Ops.call(org.pyjit.runtime.ops.Ops.getAttr(codecs, "lookup"), name);
        String canonical = org.pyjit.runtime.ops.Ops.str(org.pyjit.runtime.ops.Ops.getAttr(info, "name"));
        for (String candidate : new String[] {canonical, canonical.replace('_', '-'), canonical.replace("iso", "iso-")}) {
            try {
                return Charset.forName(candidate);
            } catch (IllegalArgumentException e) {
                // try the next spelling
            }
        }
        throw parser.errorAt(ExpatErrors.UNKNOWN_ENCODING, parser.position());
    }

}
