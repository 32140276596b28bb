package org.pyjit.compiler.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a source file into text as CPython's tokenizer does (PEP 263): a UTF-8 byte
 * order mark, or an encoding declaration in a comment on line 1 or 2, else UTF-8. Failures are
 * SyntaxErrors without a location ({@link SyntaxErrorException#lineno()} is -1), which CPython
 * prints as a bare {@code SyntaxError: message}.
 */
public final class SourceDecoder {
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
    private static final Pattern BLANK_OR_COMMENT = Pattern.compile("^[ \\t\\f]*(#.*)?$");

    private SourceDecoder() {
    }

    /** Decodes a source file's bytes; the BOM is removed. */
    public static String decode(byte[] data, String filename) {
        boolean bom = data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB
                && (data[2] & 0xff) == 0xBF;
        int start = bom ? 3 : 0;
        String declared = declaredEncoding(data, start);
        String normal = declared == null ? null : normalName(declared);
        if (bom && normal != null && !normal.equals("utf-8")) {
            throw noLocation("encoding problem: " + normal + " with BOM", filename);
        }
        Charset charset = StandardCharsets.UTF_8;
        if (normal != null && !normal.equals("utf-8")) {
            try {
                charset = Charset.forName(javaName(normal));
            } catch (IllegalArgumentException e) {
                throw noLocation("encoding problem: " + declared, filename);
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, start, data.length - start)).toString();
        } catch (CharacterCodingException e) {
            if (declared != null) {
                throw noLocation("encoding problem: " + declared, filename);
            }
            throw nonUtf8(data, start, filename);
        }
    }

    /** The name in a coding comment on the first line, or on the second after a blank or comment line. */
    private static String declaredEncoding(byte[] data, int start) {
        int end1 = lineEnd(data, start);
        String first = new String(data, start, end1 - start, StandardCharsets.ISO_8859_1);
        Matcher m = CODING.matcher(first);
        if (m.find()) {
            return m.group(1);
        }
        if (!BLANK_OR_COMMENT.matcher(first.stripTrailing()).matches() || end1 >= data.length) {
            return null;
        }
        int start2 = end1 + 1;
        String second = new String(data, start2, lineEnd(data, start2) - start2, StandardCharsets.ISO_8859_1);
        m = CODING.matcher(second);
        return m.find() ? m.group(1) : null;
    }

    private static int lineEnd(byte[] data, int from) {
        int i = from;
        while (i < data.length && data[i] != '\n' && data[i] != '\r') {
            i++;
        }
        return i;
    }

    /** CPython's get_normal_name: the spellings of UTF-8 and Latin-1 it recognises itself. */
    private static String normalName(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (lower.equals("utf-8") || lower.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (lower.equals(latin) || lower.startsWith(latin + "-")) {
                return "iso-8859-1";
            }
        }
        return name;
    }

    private static String javaName(String pythonName) {
        String lower = pythonName.toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (lower) {
            case "utf8", "u8" -> "UTF-8";
            case "latin1", "l1" -> "ISO-8859-1";
            case "ascii", "us-ascii", "646" -> "US-ASCII";
            default -> lower;
        };
    }

    private static SyntaxErrorException nonUtf8(byte[] data, int start, String filename) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        int line = 1;
        int lineStart = start;
        for (int i = start; i < data.length; i++) {
            if (data[i] == '\n') {
                try {
                    decoder.decode(ByteBuffer.wrap(data, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    break;
                }
                line++;
                lineStart = i + 1;
            }
        }
        int bad = firstInvalidByte(data, lineStart);
        return noLocation(String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no "
                + "encoding declared; see https://peps.python.org/pep-0263/ for details", data[bad] & 0xff,
                filename, line), filename);
    }

    private static int firstInvalidByte(byte[] data, int from) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        for (int end = from + 1; end <= data.length; end++) {
            try {
                decoder.reset().decode(ByteBuffer.wrap(data, from, end - from));
            } catch (CharacterCodingException e) {
                // the byte that made the prefix invalid, or the start of an incomplete sequence
                int i = end - 1;
                while (i > from && (data[i] & 0xC0) == 0x80) {
                    i--;
                }
                return i;
            }
        }
        return Math.max(from, data.length - 1);
    }

    private static SyntaxErrorException noLocation(String message, String filename) {
        return new SyntaxErrorException("SyntaxError", message, filename, -1, -1, null, -1, -1).markFromTokenizer();
    }
}
