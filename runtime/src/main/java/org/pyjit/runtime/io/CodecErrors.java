package org.pyjit.runtime.io;

import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyType;

/** {@code UnicodeDecodeError}/{@code UnicodeEncodeError} with CPython's args and attributes. */
public final class CodecErrors {
    private CodecErrors() {}

    /** The error handlers the codecs here understand. */
    public static void checkHandler(String errors) {
        switch (errors) {
            case "strict", "ignore", "replace", "surrogateescape", "backslashreplace", "surrogatepass", "xmlcharrefreplace" -> { }
            default -> throw new PyException(new PyBaseException(ExceptionTypes.LOOKUP_ERROR,
                    "unknown error handler name '" + errors + "'"));
        }
    }

    /** The {@code xmlcharrefreplace} text for an unencodable code point. */
    public static String characterReference(int cp) {
        return "&#" + cp + ";";
    }

    /** "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte". */
    public static PyException decodeError(String encoding, byte[] input, int start, int end, String reason) {
        return error(ExceptionTypes.UNICODE_DECODE_ERROR, encoding, new PyBytes(input), start, end, reason);
    }

    /** "'utf-8' codec can't encode character '\udcff' in position 0: surrogates not allowed". */
    public static PyException encodeError(String encoding, String input, int start, int end, String reason) {
        return error(ExceptionTypes.UNICODE_ENCODE_ERROR, encoding, input, start, end, reason);
    }

    private static PyException error(PyType type, String encoding, Object object, int start, int end, String reason) {
        return new PyException(PyBaseException.create(type, encoding, object, (long) start, (long) end, reason));
    }
}
