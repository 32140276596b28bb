package org.pyjit.runtime.interpreter;

/** {@code ascii()}: a repr with every non-ASCII character escaped. */
public final class Ascii {
    private Ascii() {}

    public static String of(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) sb.append((char) cp);
            else if (cp <= 0xff) sb.append(String.format("\\x%02x", cp));
            else if (cp <= 0xffff) sb.append(String.format("\\u%04x", cp));
            else sb.append(String.format("\\U%08x", cp));
        }
        return sb.toString();
    }
}
