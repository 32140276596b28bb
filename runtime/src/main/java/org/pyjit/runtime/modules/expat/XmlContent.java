package org.pyjit.runtime.modules.expat;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.modules.expat.XmlEvents.Kind;

/**
 * The content of elements for {@link XmlPushParser}: start and end tags, character data (split
 * where expat splits it), CDATA sections, comments, processing instructions and references.
 */
final class XmlContent {
    private static final int NEED_MORE = XmlPushParser.NEED_MORE;
    private final XmlPushParser p;

    XmlContent(XmlPushParser parser) {
        this.p = parser;
    }

    private StringBuilder buf() {
        return p.buffer();
    }

    int step() {
        StringBuilder buf = buf();
        int pos = p.position();
        char c = buf.charAt(pos);
        if (c == '<') return markup(pos);
        if (c == '&') return reference(pos);
        if (c == '\n' || c == '\r') return newline(pos);
        return text(pos);
    }

    private int markup(int pos) {
        StringBuilder buf = buf();
        if (pos + 1 >= buf.length()) return p.incomplete(pos);
        char d = buf.charAt(pos + 1);
        if (d == '/') return endTag(pos);
        if (d == '?') {
            if (pos + 5 >= buf.length() && !p.finalPiece()) return NEED_MORE;
            if (buf.length() >= pos + 6 && buf.substring(pos + 2, pos + 5).equalsIgnoreCase("xml")
                    && !XmlPushParser.isNameChar(buf.charAt(pos + 5))) {
                throw p.errorAt(ExpatErrors.MISPLACED_XML_PI, pos);
            }
            return p.processingInstruction();
        }
        if (d == '!') {
            Boolean comment = p.startsWith(pos, "<!--");
            if (comment == null) return NEED_MORE;
            if (comment) return p.comment();
            Boolean cdata = p.startsWith(pos, "<![CDATA[");
            if (cdata == null) return NEED_MORE;
            if (cdata) return cdata(pos);
            throw p.errorAt(ExpatErrors.INVALID_TOKEN, pos + 2);
        }
        return startTag();
    }

    /** A start or empty-element tag at the position; also the root element's from the prolog. */
    int startTag() {
        StringBuilder buf = buf();
        int pos = p.position();
        int nameEnd = p.scanName(pos + 1);
        if (nameEnd == NEED_MORE) return p.incomplete(pos);
        if (nameEnd == pos + 1) throw p.errorAt(ExpatErrors.INVALID_TOKEN, pos + 1);
        String qname = buf.substring(pos + 1, nameEnd);
        List<String> attributes = new ArrayList<>();
        int i = nameEnd;
        boolean empty;
        while (true) {
            int s = i;
            while (i < buf.length() && XmlPushParser.isSpace(buf.charAt(i))) i++;
            if (i >= buf.length()) return p.incomplete(pos);
            char c = buf.charAt(i);
            if (c == '>') {
                empty = false;
                i++;
                break;
            }
            if (c == '/') {
                if (i + 1 >= buf.length()) return p.incomplete(pos);
                if (buf.charAt(i + 1) != '>') throw p.errorAt(ExpatErrors.INVALID_TOKEN, i + 1);
                empty = true;
                i += 2;
                break;
            }
            if (i == s) throw p.errorAt(ExpatErrors.INVALID_TOKEN, i); // attributes need space between them
            int an = p.scanName(i);
            if (an == NEED_MORE) return p.incomplete(pos);
            if (an == i) throw p.errorAt(ExpatErrors.INVALID_TOKEN, i);
            String name = buf.substring(i, an);
            for (int k = 0; k < attributes.size(); k += 2) {
                if (attributes.get(k).equals(name)) throw p.errorAt(ExpatErrors.DUPLICATE_ATTRIBUTE, i);
            }
            i = an;
            while (i < buf.length() && XmlPushParser.isSpace(buf.charAt(i))) i++;
            if (i >= buf.length()) return p.incomplete(pos);
            if (buf.charAt(i) != '=') throw p.errorAt(ExpatErrors.INVALID_TOKEN, i);
            i++;
            while (i < buf.length() && XmlPushParser.isSpace(buf.charAt(i))) i++;
            if (i >= buf.length()) return p.incomplete(pos);
            char q = buf.charAt(i);
            if (q != '"' && q != '\'') throw p.errorAt(ExpatErrors.INVALID_TOKEN, i);
            int close = buf.indexOf(String.valueOf(q), i + 1);
            if (close < 0) return p.incomplete(pos);
            attributes.add(name);
            attributes.add(attributeValue(i + 1, close, pos));
            i = close + 1;
        }
        int specified = attributes.size() / 2;
        if (!p.specifiedAttributesOnly) specified = p.doctype.addDefaults(qname, attributes);
        else p.doctype.addDefaults(qname, new ArrayList<>(attributes));
        int n = i - pos;
        p.markEvent();
        int before = attributes.size();
        String expanded = p.openScope(qname, attributes, pos);
        specified -= (before - attributes.size()) / 2; // xmlns attributes are declarations, not attributes
        p.markEvent();
        XmlEvents out = p.events();
        if (out.hasHandler(Kind.START_ELEMENT)) out.startElement(expanded, attributes, specified);
        else if (out.hasHandler(Kind.DEFAULT)) out.defaultText(buf.substring(pos, pos + n));
        p.advance(n);
        if (empty) {
            p.markEvent();
            if (out.hasHandler(Kind.END_ELEMENT)) out.endElement(expanded);
            p.closeScope();
            if (p.openElements.isEmpty()) p.rootEnded();
        } else {
            p.openElements.push(new String[] {qname, expanded});
        }
        return n;
    }

    /** The value of the attribute literal between {@code from} and {@code to}: references expanded, white space normalized. */
    private String attributeValue(int from, int to, int tagStart) {
        StringBuilder buf = buf();
        StringBuilder v = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = buf.charAt(i);
            if (c == '<') throw p.errorAt(ExpatErrors.INVALID_TOKEN, i);
            if (c == '&') {
                int semi = buf.indexOf(";", i);
                if (semi < 0 || semi > to) throw p.errorAt(ExpatErrors.INVALID_TOKEN, semi < 0 ? to : Math.min(to, i + 1));
                String ref = buf.substring(i + 1, semi);
                if (ref.startsWith("#")) {
                    v.appendCodePoint(characterReference(ref, i));
                } else {
                    String text = p.doctype.expandInAttribute(ref, tagStart);
                    v.append(text);
                }
                i = semi;
            } else if (c == '\r') {
                v.append(' ');
                if (i + 1 < to && buf.charAt(i + 1) == '\n') i++;
            } else if (c == '\n' || c == '\t') {
                v.append(' ');
            } else {
                v.append(c);
            }
        }
        return v.toString();
    }

    /** The code point of {@code &#...;} ({@code ref} without {@code &} and {@code ;}) at buffer index {@code at}. */
    int characterReference(String ref, int at) {
        boolean hex = ref.startsWith("#x");
        String digits = ref.substring(hex ? 2 : 1);
        if (digits.isEmpty()) throw p.errorAt(ExpatErrors.INVALID_TOKEN, at + ref.length() + 1);
        long value = 0;
        for (int k = 0; k < digits.length(); k++) {
            int d = Character.digit(digits.charAt(k), hex ? 16 : 10);
            if (d < 0 || (!hex && digits.charAt(k) > '9')) throw p.errorAt(ExpatErrors.INVALID_TOKEN, at + (hex ? 3 : 2) + k);
            value = Math.min(value * (hex ? 16 : 10) + d, 0x110000);
        }
        if (!isXmlChar(value)) throw p.errorAt(ExpatErrors.BAD_CHAR_REF, at);
        return (int) value;
    }

    private static boolean isXmlChar(long c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private int endTag(int pos) {
        StringBuilder buf = buf();
        int nameEnd = p.scanName(pos + 2);
        if (nameEnd == NEED_MORE) return p.incomplete(pos);
        if (nameEnd == pos + 2) throw p.errorAt(ExpatErrors.INVALID_TOKEN, pos + 2);
        int i = nameEnd;
        while (i < buf.length() && XmlPushParser.isSpace(buf.charAt(i))) i++;
        if (i >= buf.length()) return p.incomplete(pos);
        if (buf.charAt(i) != '>') throw p.errorAt(ExpatErrors.INVALID_TOKEN, i);
        String qname = buf.substring(pos + 2, nameEnd);
        String[] open = p.openElements.peek();
        if (open == null || !open[0].equals(qname)) throw p.errorAt(ExpatErrors.TAG_MISMATCH, pos + 2);
        p.openElements.pop();
        int n = i + 1 - pos;
        p.markEvent();
        XmlEvents out = p.events();
        if (out.hasHandler(Kind.END_ELEMENT)) out.endElement(open[1]);
        else if (out.hasHandler(Kind.DEFAULT)) out.defaultText(buf.substring(pos, pos + n));
        p.closeScope();
        p.advance(n);
        if (p.openElements.isEmpty()) p.rootEnded();
        return n;
    }

    private int newline(int pos) {
        StringBuilder buf = buf();
        int n = 1;
        if (buf.charAt(pos) == '\r') {
            if (pos + 1 >= buf.length() && !p.finalPiece()) return NEED_MORE;
            if (pos + 1 < buf.length() && buf.charAt(pos + 1) == '\n') n = 2;
        }
        characters("\n", n);
        return n;
    }

    private int text(int pos) {
        StringBuilder buf = buf();
        int i = pos;
        while (i < buf.length()) {
            char c = buf.charAt(i);
            if (c == '<' || c == '&' || c == '\n' || c == '\r') break;
            if (c == ']' && i + 2 < buf.length() && buf.charAt(i + 1) == ']' && buf.charAt(i + 2) == '>') {
                throw p.errorAt(ExpatErrors.INVALID_TOKEN, i + 2);
            }
            if (c < 0x20 && c != '\t' || c == 0xFFFE || c == 0xFFFF) throw p.errorAt(ExpatErrors.INVALID_TOKEN, i);
            i++;
        }
        if (i == buf.length() && !p.finalPiece()) {
            // "]]>" might be split over two pieces; so might a surrogate pair
            while (i > pos && (buf.charAt(i - 1) == ']' || Character.isHighSurrogate(buf.charAt(i - 1)))) i--;
            if (i == pos) return NEED_MORE;
        }
        characters(buf.substring(pos, i), i - pos);
        return i - pos;
    }

    /** Reports character data {@code text} covering {@code n} buffer characters, and moves past them. */
    private void characters(String text, int n) {
        p.markEvent();
        XmlEvents out = p.events();
        if (out.hasHandler(Kind.CHARACTERS)) out.characters(text);
        else if (out.hasHandler(Kind.DEFAULT)) out.defaultText(text);
        p.advance(n);
    }

    private int cdata(int pos) {
        StringBuilder buf = buf();
        int start = pos + 9;
        int end = buf.indexOf("]]>", start);
        boolean unclosed = end < 0;
        if (unclosed) {
            if (!p.finalPiece()) return NEED_MORE;
            end = buf.length(); // expat reports the section's start and text before the error
        }
        XmlEvents out = p.events();
        p.markEvent();
        if (out.hasHandler(Kind.START_CDATA)) out.startCdata();
        else if (out.hasHandler(Kind.DEFAULT)) out.defaultText("<![CDATA[");
        p.advance(9);
        int i = start;
        while (i < end) {
            char c = buf.charAt(i);
            if (c == '\n' || c == '\r') {
                int n = c == '\r' && i + 1 < end && buf.charAt(i + 1) == '\n' ? 2 : 1;
                characters("\n", n);
                i += n;
            } else {
                int j = i;
                while (j < end && buf.charAt(j) != '\n' && buf.charAt(j) != '\r') j++;
                characters(buf.substring(i, j), j - i);
                i = j;
            }
        }
        if (unclosed) throw p.errorAt(ExpatErrors.UNCLOSED_CDATA_SECTION, buf.length());
        p.markEvent();
        if (out.hasHandler(Kind.END_CDATA)) out.endCdata();
        else if (out.hasHandler(Kind.DEFAULT)) out.defaultText("]]>");
        p.advance(3);
        return end + 3 - pos;
    }

    private int reference(int pos) {
        StringBuilder buf = buf();
        int i = pos + 1;
        if (i >= buf.length()) return p.incomplete(pos);
        if (buf.charAt(i) == '#') {
            i++;
            if (i < buf.length() && buf.charAt(i) == 'x') i++;
            while (i < buf.length() && Character.isLetterOrDigit(buf.charAt(i))) i++;
        } else {
            int e = p.scanName(i);
            if (e == NEED_MORE) return p.incomplete(pos);
            if (e == i) throw p.errorAt(ExpatErrors.INVALID_TOKEN, i);
            i = e;
        }
        if (i >= buf.length()) return p.incomplete(pos);
        if (buf.charAt(i) != ';') throw p.errorAt(ExpatErrors.INVALID_TOKEN, i);
        String ref = buf.substring(pos + 1, i);
        int n = i + 1 - pos;
        if (ref.startsWith("#")) {
            characters(Character.toString(characterReference(ref, pos)), n);
            return n;
        }
        String predefined = switch (ref) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "apos" -> "'";
            case "quot" -> "\"";
            default -> null;
        };
        if (predefined != null) {
            characters(predefined, n);
            return n;
        }
        p.doctype.expandInContent(ref, pos, n);
        return n;
    }
}
