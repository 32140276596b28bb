package org.pyjit.runtime.modules.expat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.runtime.modules.expat.XmlEvents.Kind;

/**
 * A non-validating XML parser fed in pieces, as expat is: each {@link #feed} reports every event
 * the text so far completes and keeps an unfinished token for the next piece. It follows expat's
 * choices where programs can see them: character data split at newlines, references and piece
 * boundaries, the error codes and the positions expat gives them, internal entities expanded, the
 * defaults of {@code <!ATTLIST>} applied, and namespace processing with a separator.
 */
final class XmlPushParser {
    static final int NEED_MORE = -1;
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

    private enum Phase { PROLOG, CONTENT, EPILOG }

    private final XmlEvents out;
    private final String separator;
    boolean namespacePrefixes;
    boolean specifiedAttributesOnly;
    /** How many bytes a character took in the input (for the byte indexes). */
    ByteWidth width = ByteWidth.UTF8;

    private final StringBuilder buf = new StringBuilder();
    private int pos;
    private boolean fin;
    private Phase phase = Phase.PROLOG;
    private boolean started;
    private boolean sawDoctype;
    private boolean unknownEntitiesSkipped;

    int line = 1, column;
    long byteIndex;
    private boolean afterCR;
    int eventLine = 1, eventColumn;
    long eventByte;

    private final XmlContent content;
    final XmlDoctype doctype;
    /** This parser, or for the text of an internal entity the document's parser (positions and errors are its). */
    private final XmlPushParser top;
    final ArrayDeque<String[]> openElements = new ArrayDeque<>(); // {qname, expanded name}
    private final ArrayDeque<List<String>> declaredPrefixes = new ArrayDeque<>();
    private final ArrayDeque<Map<String, String>> scopes = new ArrayDeque<>();

    /** Character widths of the supported input encodings. */
    enum ByteWidth { UTF8, ONE, UTF16 }

    XmlPushParser(XmlEvents out, String separator) {
        this.out = out;
        this.separator = separator;
        this.content = new XmlContent(this);
        this.doctype = new XmlDoctype(this, null);
        this.top = this;
        Map<String, String> root = new HashMap<>();
        root.put("xml", XML_NAMESPACE);
        scopes.push(root);
    }

    /** A parser for the replacement text of an internal entity referenced in {@code parent}'s content. */
    XmlPushParser(XmlPushParser parent) {
        this.out = parent.out;
        this.separator = parent.separator;
        this.namespacePrefixes = parent.namespacePrefixes;
        this.specifiedAttributesOnly = parent.specifiedAttributesOnly;
        this.content = new XmlContent(this);
        this.doctype = new XmlDoctype(this, parent.doctype);
        this.top = parent.top;
        this.phase = Phase.CONTENT;
        scopes.push(parent.scopes.peek());
        openElements.push(new String[] {"", null}); // matches no end tag: elements must close inside the entity
    }

    /** Parses an internal entity's replacement text as content. */
    void feedEntity(String text) {
        buf.append(text);
        fin = true;
        while (pos < buf.length()) step();
        if (openElements.size() != 1) throw top.errorAt(13, top.pos);
    }

    XmlEvents events() {
        return out;
    }

    boolean finalPiece() {
        return fin;
    }

    StringBuilder buffer() {
        return buf;
    }

    int position() {
        return pos;
    }

    /** Parses {@code text}; {@code isFinal} says no more will come. */
    void feed(String text, boolean isFinal) {
        buf.append(text);
        fin = isFinal;
        while (pos < buf.length()) {
            int n = step();
            if (n == NEED_MORE) break;
        }
        if (isFinal) finish();
        buf.delete(0, pos);
        pos = 0;
    }

    private void finish() {
        if (pos < buf.length()) throw errorAt(ExpatErrors.UNCLOSED_TOKEN, pos);
        if (phase != Phase.EPILOG) throw errorAt(ExpatErrors.NO_ELEMENTS, buf.length());
    }

    private int step() {
        return switch (phase) {
            case PROLOG -> prolog();
            case CONTENT -> content.step();
            case EPILOG -> epilog();
        };
    }

    // ------------------------------------------------------------------ positions

    /** Moves past {@code n} characters, counting lines and bytes. */
    void advance(int n) {
        for (int i = 0; i < n; i++) {
            char c = buf.charAt(pos++);
            if (c == '\n') {
                if (!afterCR) {
                    line++;
                    column = 0;
                }
            } else if (c == '\r') {
                line++;
                column = 0;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
            afterCR = c == '\r';
            byteIndex += switch (width) {
                case ONE -> 1;
                case UTF16 -> 2;
                case UTF8 -> c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            };
        }
        started = true;
    }

    /** Makes the token at the current position the one handlers see as current. */
    void markEvent() {
        if (top != this) {
            top.markEvent();
            return;
        }
        eventLine = line;
        eventColumn = column;
        eventByte = byteIndex;
    }

    /** An error located at buffer index {@code index} (at or after the current position). */
    XmlError errorAt(int code, int index) {
        if (top != this) return top.errorAt(code, top.pos);
        int savedPos = pos, savedLine = line, savedColumn = column;
        long savedByte = byteIndex;
        boolean savedCR = afterCR;
        advance(Math.min(index, buf.length()) - pos);
        XmlError e = new XmlError(code, line, column, byteIndex);
        pos = savedPos;
        line = savedLine;
        column = savedColumn;
        byteIndex = savedByte;
        afterCR = savedCR;
        return e;
    }

    /** NEED_MORE while more text may come, else the error of an unfinished token starting at {@code start}. */
    int incomplete(int start) {
        if (!fin) return NEED_MORE;
        throw errorAt(ExpatErrors.UNCLOSED_TOKEN, start);
    }

    // ------------------------------------------------------------------ prolog and epilog

    private int prolog() {
        char c = buf.charAt(pos);
        if (isSpace(c)) return whitespace();
        if (c != '<') throw errorAt(ExpatErrors.SYNTAX, pos);
        if (pos + 1 >= buf.length()) return incomplete(pos);
        char d = buf.charAt(pos + 1);
        if (d == '?') {
            if (startsWithXmlTarget(pos + 2) == null) return incomplete(pos);
            if (startsWithXmlTarget(pos + 2)) {
                if (started) throw errorAt(ExpatErrors.MISPLACED_XML_PI, pos);
                return xmlDeclaration();
            }
            return processingInstruction();
        }
        if (d == '!') {
            Boolean comment = startsWith(pos, "<!--");
            if (comment == null) return incomplete(pos);
            if (comment) return comment();
            Boolean dt = startsWith(pos, "<!DOCTYPE");
            if (dt == null) return incomplete(pos);
            if (dt) {
                if (sawDoctype) throw errorAt(ExpatErrors.SYNTAX, pos);
                int n = doctype.parse();
                sawDoctype = n != NEED_MORE;
                return n;
            }
            throw errorAt(ExpatErrors.SYNTAX, pos);
        }
        int n = content.startTag();
        if (n != NEED_MORE) phase = openElements.isEmpty() ? Phase.EPILOG : Phase.CONTENT;
        return n;
    }

    private int epilog() {
        char c = buf.charAt(pos);
        if (isSpace(c)) return whitespace();
        if (c == '<' && pos + 1 >= buf.length()) return incomplete(pos);
        if (c == '<' && buf.charAt(pos + 1) == '?') {
            Boolean xml = startsWithXmlTarget(pos + 2);
            if (xml == null) return incomplete(pos);
            if (!xml) return processingInstruction();
        } else if (c == '<' && buf.charAt(pos + 1) == '!') {
            Boolean comment = startsWith(pos, "<!--");
            if (comment == null) return incomplete(pos);
            if (comment) return comment();
        }
        throw errorAt(ExpatErrors.JUNK_AFTER_DOC_ELEMENT, pos);
    }

    /** Called by the content parser when the root element has ended. */
    void rootEnded() {
        phase = Phase.EPILOG;
    }

    private int whitespace() {
        int end = pos;
        while (end < buf.length() && isSpace(buf.charAt(end))) end++;
        if (end == buf.length() && !fin) {
            if (buf.charAt(end - 1) == '\r') end--; // its \n may follow
            if (end == pos) return NEED_MORE;
        }
        emitDefault(end - pos);
        return end - pos;
    }

    /** Moves past {@code n} characters of markup that handler {@code owner} reported, or gives them to the default handler. */
    void skipMarkup(int n, Kind owner) {
        if (out.hasHandler(owner)) advance(n);
        else emitDefault(n);
    }

    /** Sends {@code n} characters at the position to the default handler (if any) and moves past them. */
    void emitDefault(int n) {
        markEvent();
        if (out.hasHandler(Kind.DEFAULT)) out.defaultText(normalizeNewlines(buf.substring(pos, pos + n)));
        advance(n);
    }

    // ------------------------------------------------------------------ markup shared by all phases

    /** Whether the buffer at {@code at} reads {@code s}; null when it ends before that is known. */
    Boolean startsWith(int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (at + i >= buf.length()) return fin ? Boolean.FALSE : null;
            if (buf.charAt(at + i) != s.charAt(i)) return false;
        }
        return true;
    }

    /** Whether a PI target at {@code at} is "xml" (any case) followed by a non-name character. */
    private Boolean startsWithXmlTarget(int at) {
        if (at + 3 >= buf.length()) return fin ? Boolean.FALSE : null;
        return buf.substring(at, at + 3).equalsIgnoreCase("xml") && !isNameChar(buf.charAt(at + 3));
    }

    int comment() {
        int start = pos + 4;
        int i = start;
        while (true) {
            int dash = buf.indexOf("--", i);
            if (dash < 0 || dash + 2 >= buf.length()) return incomplete(pos);
            if (buf.charAt(dash + 2) != '>') throw errorAt(ExpatErrors.INVALID_TOKEN, dash + 2);
            String text = buf.substring(start, dash);
            int n = dash + 3 - pos;
            markEvent();
            if (out.hasHandler(Kind.COMMENT)) out.comment(normalizeNewlines(text));
            else if (out.hasHandler(Kind.DEFAULT)) out.defaultText(normalizeNewlines(buf.substring(pos, pos + n)));
            advance(n);
            return n;
        }
    }

    int processingInstruction() {
        int nameEnd = scanName(pos + 2);
        if (nameEnd == NEED_MORE) return incomplete(pos);
        if (nameEnd == pos + 2) throw errorAt(ExpatErrors.INVALID_TOKEN, pos + 2);
        int end = buf.indexOf("?>", nameEnd);
        if (end < 0) return incomplete(pos);
        int dataStart = nameEnd;
        if (dataStart < end && !isSpace(buf.charAt(dataStart))) throw errorAt(ExpatErrors.INVALID_TOKEN, dataStart);
        while (dataStart < end && isSpace(buf.charAt(dataStart))) dataStart++;
        String target = buf.substring(pos + 2, nameEnd);
        String data = normalizeNewlines(buf.substring(dataStart, end));
        int n = end + 2 - pos;
        markEvent();
        if (out.hasHandler(Kind.PROCESSING_INSTRUCTION)) out.processingInstruction(target, data);
        else if (out.hasHandler(Kind.DEFAULT)) out.defaultText(normalizeNewlines(buf.substring(pos, pos + n)));
        advance(n);
        return n;
    }

    private int xmlDeclaration() {
        int end = buf.indexOf("?>", pos);
        if (end < 0) return incomplete(pos);
        Map<String, String> pseudo = new HashMap<>();
        int i = pos + 5;
        List<String> order = new ArrayList<>();
        while (true) {
            int s = i;
            while (i < end && isSpace(buf.charAt(i))) i++;
            if (i == end) break;
            if (i == s) throw errorAt(ExpatErrors.XML_DECL, pos);
            int ne = i;
            while (ne < end && isNameChar(buf.charAt(ne))) ne++;
            String name = buf.substring(i, ne);
            i = ne;
            while (i < end && isSpace(buf.charAt(i))) i++;
            if (i >= end || buf.charAt(i) != '=') throw errorAt(ExpatErrors.XML_DECL, pos);
            i++;
            while (i < end && isSpace(buf.charAt(i))) i++;
            if (i >= end || (buf.charAt(i) != '"' && buf.charAt(i) != '\'')) throw errorAt(ExpatErrors.XML_DECL, pos);
            int close = buf.indexOf(String.valueOf(buf.charAt(i)), i + 1);
            if (close < 0 || close > end) throw errorAt(ExpatErrors.XML_DECL, pos);
            pseudo.put(name, buf.substring(i + 1, close));
            order.add(name);
            i = close + 1;
        }
        String version = pseudo.get("version");
        String standalone = pseudo.get("standalone");
        if (version == null || !order.get(0).equals("version") || !List.of("version", "encoding", "standalone").containsAll(order)
                || (standalone != null && !standalone.equals("yes") && !standalone.equals("no"))) {
            throw errorAt(ExpatErrors.XML_DECL, pos);
        }
        if ("yes".equals(standalone)) doctype.standalone = true;
        int n = end + 2 - pos;
        markEvent();
        if (out.hasHandler(Kind.XML_DECL)) {
            out.xmlDecl(version, pseudo.get("encoding"), standalone == null ? -1 : standalone.equals("yes") ? 1 : 0);
        } else if (out.hasHandler(Kind.DEFAULT)) {
            out.defaultText(buf.substring(pos, pos + n));
        }
        advance(n);
        return n;
    }

    // ------------------------------------------------------------------ names and namespaces

    /** The end of the XML name starting at {@code at} ({@code at} itself if none); NEED_MORE at the buffer's end. */
    int scanName(int at) {
        int i = at;
        if (i >= buf.length()) return fin ? at : NEED_MORE;
        if (!isNameStart(buf.charAt(i))) return at;
        while (i < buf.length() && isNameChar(buf.charAt(i))) i++;
        if (i == buf.length() && !fin) return NEED_MORE;
        return i;
    }

    static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == ':' || (c >= 0xC0 && !Character.isWhitespace(c) && c != 0xD7 && c != 0xF7);
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || Character.isDigit(c) || c == '.' || c == '-' || c == 0xB7;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    static String normalizeNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    boolean namespaces() {
        return separator != null;
    }

    /**
     * Opens an element's namespace scope from its attributes ({@code xmlns} ones are removed and
     * reported), then expands the element and attribute names. {@code tagStart} locates errors.
     */
    String openScope(String qname, List<String> attributes, int tagStart) {
        if (separator == null) return qname;
        Map<String, String> scope = new HashMap<>(scopes.peek());
        List<String> declared = new ArrayList<>();
        for (int i = 0; i < attributes.size(); ) {
            String name = attributes.get(i);
            String prefix = name.equals("xmlns") ? "" : name.startsWith("xmlns:") ? name.substring(6) : null;
            if (prefix == null) {
                i += 2;
                continue;
            }
            String uri = attributes.get(i + 1);
            if (!prefix.isEmpty() && uri.isEmpty()) throw errorAt(ExpatErrors.UNDECLARING_PREFIX, tagStart);
            scope.put(prefix, uri);
            declared.add(prefix);
            attributes.remove(i);
            attributes.remove(i);
            markEvent();
            out.startNamespace(prefix.isEmpty() ? null : prefix, uri.isEmpty() ? null : uri);
        }
        scopes.push(scope);
        declaredPrefixes.push(declared);
        for (int i = 0; i < attributes.size(); i += 2) {
            String a = attributes.get(i);
            if (a.indexOf(':') > 0) attributes.set(i, expand(a, scope, false, tagStart));
        }
        return expand(qname, scope, true, tagStart);
    }

    private String expand(String qname, Map<String, String> scope, boolean element, int tagStart) {
        int colon = qname.indexOf(':');
        if (colon <= 0) {
            String uri = element ? scope.get("") : null;
            return uri == null || uri.isEmpty() ? qname : uri + separator + qname;
        }
        String prefix = qname.substring(0, colon);
        String uri = scope.get(prefix);
        if (uri == null) throw errorAt(ExpatErrors.UNBOUND_PREFIX, tagStart);
        String local = qname.substring(colon + 1);
        return namespacePrefixes ? uri + separator + local + separator + prefix : uri + separator + local;
    }

    /** Closes the innermost namespace scope, reporting its prefixes in reverse order. */
    void closeScope() {
        if (separator == null) return;
        scopes.pop();
        List<String> declared = declaredPrefixes.pop();
        for (int i = declared.size() - 1; i >= 0; i--) {
            String p = declared.get(i);
            out.endNamespace(p.isEmpty() ? null : p);
        }
    }

    /** Whether a reference to an undeclared entity is skipped rather than an error (external DTD, not standalone). */
    boolean skipsUnknownEntities() {
        return unknownEntitiesSkipped;
    }

    void setSkipsUnknownEntities() {
        unknownEntitiesSkipped = true;
    }
}
