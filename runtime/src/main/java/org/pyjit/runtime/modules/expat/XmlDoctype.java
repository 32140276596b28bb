package org.pyjit.runtime.modules.expat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyjit.runtime.modules.expat.XmlEvents.Kind;

/**
 * The document type declaration for {@link XmlPushParser}: its header, the internal subset's
 * entity and attribute-list declarations (kept, to expand references and add default attributes),
 * and the expansion of entity references in content and attribute values.
 */
final class XmlDoctype {
    private static final int NEED_MORE = XmlPushParser.NEED_MORE;
    private final XmlPushParser p;
    boolean standalone;
    private final Map<String, String> internal;
    private final Map<String, String[]> external; // name -> {systemId, publicId}
    private final Map<String, LinkedHashMap<String, String>> defaults;
    private final Set<String> expanding;

    /** The declarations of a document, or ({@code shared} not null) a view of another parser's for entity text. */
    XmlDoctype(XmlPushParser parser, XmlDoctype shared) {
        this.p = parser;
        this.internal = shared == null ? new HashMap<>() : shared.internal;
        this.external = shared == null ? new HashMap<>() : shared.external;
        this.defaults = shared == null ? new HashMap<>() : shared.defaults;
        this.expanding = shared == null ? new HashSet<>() : shared.expanding;
        this.standalone = shared != null && shared.standalone;
    }

    private StringBuilder buf() {
        return p.buffer();
    }

    /** Parses {@code <!DOCTYPE ...>} once all of it is in the buffer. */
    int parse() {
        int start = p.position();
        int end = findEnd(start + 9);
        if (end == NEED_MORE) return p.incomplete(start);
        StringBuilder buf = buf();
        XmlEvents out = p.events();
        List<int[]> tokens = new ArrayList<>(); // header pieces for the default handler: {from, to}
        tokens.add(new int[] {start, start + 9});
        int i = space(start + 9, tokens, true);
        int nameEnd = p.scanName(i);
        if (nameEnd == i) throw p.errorAt(ExpatErrors.SYNTAX, i);
        String name = buf.substring(i, nameEnd);
        tokens.add(new int[] {i, nameEnd});
        i = space(nameEnd, tokens, false);
        String systemId = null, publicId = null;
        if (startsWith(i, "SYSTEM") || startsWith(i, "PUBLIC")) {
            boolean pub = startsWith(i, "PUBLIC");
            tokens.add(new int[] {i, i + 6});
            i = space(i + 6, tokens, true);
            int lit = literalEnd(i);
            tokens.add(new int[] {i, lit});
            if (pub) {
                publicId = buf.substring(i + 1, lit - 1);
                i = space(lit, tokens, true);
                lit = literalEnd(i);
                tokens.add(new int[] {i, lit});
            }
            systemId = buf.substring(i + 1, lit - 1);
            i = space(lit, tokens, false);
        }
        boolean subset = buf.charAt(i) == '[';
        if (!subset && buf.charAt(i) != '>') throw p.errorAt(ExpatErrors.SYNTAX, i);
        if (systemId != null && !standalone) {
            p.setSkipsUnknownEntities();
            if (out.hasHandler(Kind.NOT_STANDALONE) && !out.notStandalone()) throw p.errorAt(ExpatErrors.NOT_STANDALONE, i);
        }
        if (out.hasHandler(Kind.START_DOCTYPE)) {
            p.advance(i - start);
            p.markEvent();
            out.startDoctype(name, systemId, publicId, subset);
        } else {
            for (int[] t : tokens) p.emitDefault(t[1] - t[0]);
            if (p.position() < i) p.emitDefault(i - p.position());
        }
        if (subset) {
            p.skipMarkup(1, Kind.START_DOCTYPE);
            internalSubset();
            i = p.position(); // at ']'
            p.skipMarkup(1, Kind.END_DOCTYPE);
            int close = p.position();
            while (XmlPushParser.isSpace(buf.charAt(close))) close++;
            if (close > p.position()) p.emitDefault(close - p.position());
            if (buf.charAt(close) != '>') throw p.errorAt(ExpatErrors.SYNTAX, close);
        }
        p.markEvent();
        if (out.hasHandler(Kind.END_DOCTYPE)) out.endDoctype();
        else if (out.hasHandler(Kind.DEFAULT)) out.defaultText(">");
        p.advance(1);
        return end - start;
    }

    private boolean startsWith(int at, String s) {
        return Boolean.TRUE.equals(p.startsWith(at, s));
    }

    /** Skips white space from {@code at} (required if {@code needed}), recording it as a header piece. */
    private int space(int at, List<int[]> tokens, boolean needed) {
        StringBuilder buf = buf();
        int i = at;
        while (XmlPushParser.isSpace(buf.charAt(i))) i++;
        if (needed && i == at) throw p.errorAt(ExpatErrors.SYNTAX, at);
        if (i > at) tokens.add(new int[] {at, i});
        return i;
    }

    /** The index after the quoted literal at {@code at}. */
    private int literalEnd(int at) {
        StringBuilder buf = buf();
        char q = buf.charAt(at);
        if (q != '"' && q != '\'') throw p.errorAt(ExpatErrors.SYNTAX, at);
        int close = buf.indexOf(String.valueOf(q), at + 1);
        return close + 1;
    }

    /** The index after the declaration's final {@code >}, or NEED_MORE. */
    private int findEnd(int from) {
        StringBuilder buf = buf();
        boolean inSubset = false;
        for (int i = from; i < buf.length(); i++) {
            char c = buf.charAt(i);
            if (c == '"' || c == '\'') {
                int close = buf.indexOf(String.valueOf(c), i + 1);
                if (close < 0) return NEED_MORE;
                i = close;
            } else if (inSubset && c == '<' && i + 3 < buf.length() && buf.charAt(i + 1) == '!' && buf.charAt(i + 2) == '-'
                    && buf.charAt(i + 3) == '-') {
                int close = buf.indexOf("-->", i + 4);
                if (close < 0) return NEED_MORE;
                i = close + 2;
            } else if (c == '[' && !inSubset) {
                inSubset = true;
            } else if (c == ']' && inSubset) {
                inSubset = false;
            } else if (c == '>' && !inSubset) {
                return i + 1;
            }
        }
        return NEED_MORE;
    }

    private void internalSubset() {
        StringBuilder buf = buf();
        while (true) {
            int i = p.position();
            char c = buf.charAt(i);
            if (c == ']') return;
            if (XmlPushParser.isSpace(c)) {
                int e = i;
                while (XmlPushParser.isSpace(buf.charAt(e))) e++;
                p.emitDefault(e - i);
            } else if (startsWith(i, "<!--")) {
                p.comment();
            } else if (startsWith(i, "<?")) {
                p.processingInstruction();
            } else if (startsWith(i, "<!ENTITY")) {
                entityDeclaration(i);
            } else if (startsWith(i, "<!ATTLIST")) {
                attlistDeclaration(i);
            } else if (startsWith(i, "<!ELEMENT")) {
                elementDeclaration(i);
            } else if (startsWith(i, "<!NOTATION")) {
                notationDeclaration(i);
            } else if (c == '<' || c == '%') {
                p.emitDefault(declarationEnd(i) - i); // parameter entity references
            } else {
                throw p.errorAt(ExpatErrors.SYNTAX, i);
            }
        }
    }

    /** The index after the markup declaration or parameter-entity reference at {@code at}. */
    private int declarationEnd(int at) {
        StringBuilder buf = buf();
        if (buf.charAt(at) == '%') {
            int semi = buf.indexOf(";", at);
            if (semi < 0) throw p.errorAt(ExpatErrors.SYNTAX, at);
            return semi + 1;
        }
        for (int i = at; i < buf.length(); i++) {
            char c = buf.charAt(i);
            if (c == '"' || c == '\'') i = buf.indexOf(String.valueOf(c), i + 1);
            else if (c == '>') return i + 1;
        }
        throw p.errorAt(ExpatErrors.SYNTAX, at);
    }

    private void entityDeclaration(int at) {
        StringBuilder buf = buf();
        int end = declarationEnd(at);
        Cursor c = new Cursor(at + 8, end - 1);
        c.space(true);
        boolean parameter = false;
        if (buf.charAt(c.i) == '%') {
            parameter = true;
            c.i++;
            c.space(true);
        }
        String name = c.name();
        c.space(true);
        String value = null, systemId = null, publicId = null, notation = null;
        int reportAt = end - 1; // expat reports the declaration at its last token
        if (buf.charAt(c.i) == '"' || buf.charAt(c.i) == '\'') {
            reportAt = c.i;
            value = expandCharacterReferences(c.literal());
        } else {
            String[] ids = c.externalId();
            systemId = ids[0];
            publicId = ids[1];
            if (c.space(false) && startsWith(c.i, "NDATA")) {
                c.i += 5;
                c.space(true);
                notation = c.name();
            }
        }
        c.space(false);
        if (c.i != end - 1) throw p.errorAt(ExpatErrors.SYNTAX, c.i);
        if (!parameter && !internal.containsKey(name) && !external.containsKey(name)) {
            if (value != null) internal.put(name, value);
            else external.put(name, new String[] {systemId, publicId});
        }
        XmlEvents out = p.events();
        if (notation != null && out.hasHandler(Kind.UNPARSED_ENTITY_DECL)) {
            p.advance(end - 1 - at);
            p.markEvent();
            out.unparsedEntityDecl(name, systemId, publicId, notation);
            p.advance(1);
        } else if (out.hasHandler(Kind.ENTITY_DECL)) {
            p.advance(reportAt - at);
            p.markEvent();
            out.entityDecl(name, parameter, value, systemId, publicId, notation);
            p.advance(end - reportAt);
        } else {
            p.emitDefault(end - at);
        }
    }

    private void elementDeclaration(int at) {
        StringBuilder buf = buf();
        int end = declarationEnd(at);
        Cursor c = new Cursor(at + 9, end - 1);
        c.space(true);
        String name = c.name();
        c.space(true);
        ContentModel model = ContentModel.parse(buf.substring(c.i, end - 1));
        if (model == null) throw p.errorAt(ExpatErrors.SYNTAX, c.i);
        XmlEvents out = p.events();
        if (out.hasHandler(Kind.ELEMENT_DECL)) {
            p.advance(end - 1 - at);
            p.markEvent();
            out.elementDecl(name, model);
            p.advance(1);
        } else {
            p.emitDefault(end - at);
        }
    }

    private void notationDeclaration(int at) {
        StringBuilder buf = buf();
        int end = declarationEnd(at);
        Cursor c = new Cursor(at + 10, end - 1);
        c.space(true);
        String name = c.name();
        c.space(true);
        String systemId = null, publicId = null;
        if (startsWith(c.i, "PUBLIC")) {
            c.i += 6;
            c.space(true);
            publicId = c.literal();
            if (c.space(false) && c.i < end - 1) systemId = c.literal();
        } else if (startsWith(c.i, "SYSTEM")) {
            c.i += 6;
            c.space(true);
            systemId = c.literal();
        } else {
            throw p.errorAt(ExpatErrors.SYNTAX, c.i);
        }
        c.space(false);
        if (c.i != end - 1) throw p.errorAt(ExpatErrors.SYNTAX, c.i);
        XmlEvents out = p.events();
        if (out.hasHandler(Kind.NOTATION_DECL)) {
            p.advance(end - 1 - at);
            p.markEvent();
            out.notationDecl(name, systemId, publicId);
            p.advance(1);
        } else {
            p.emitDefault(end - at);
        }
    }

    private void attlistDeclaration(int at) {
        StringBuilder buf = buf();
        int end = declarationEnd(at);
        Cursor c = new Cursor(at + 9, end - 1);
        c.space(true);
        String element = c.name();
        List<String[]> declared = new ArrayList<>();
        int reportAt = end - 1;
        while (c.space(false) && c.i < end - 1) {
            String attribute = c.name();
            c.space(true);
            String type;
            if (buf.charAt(c.i) == '(' || startsWith(c.i, "NOTATION")) {
                int open = buf.indexOf("(", c.i);
                int close = buf.indexOf(")", open);
                type = buf.substring(c.i, open).trim() + buf.substring(open, close + 1).replaceAll("\\s", "");
                c.i = close + 1;
            } else {
                type = c.name();
            }
            c.space(true);
            String value = null;
            boolean required = false;
            reportAt = c.i;
            if (startsWith(c.i, "#REQUIRED")) {
                c.i += 9;
                required = true;
            } else if (startsWith(c.i, "#IMPLIED")) {
                c.i += 8;
            } else {
                if (startsWith(c.i, "#FIXED")) {
                    c.i += 6;
                    c.space(true);
                    required = true;
                    reportAt = c.i;
                }
                value = expandAttributeText(c.literal(), at).replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
                defaults.computeIfAbsent(element, k -> new LinkedHashMap<>()).putIfAbsent(attribute, value);
            }
            declared.add(new String[] {attribute, type, value, required ? "1" : ""});
        }
        if (c.i != end - 1) throw p.errorAt(ExpatErrors.SYNTAX, c.i);
        XmlEvents out = p.events();
        if (out.hasHandler(Kind.ATTLIST_DECL)) {
            p.advance(reportAt - at);
            p.markEvent();
            for (String[] d : declared) out.attlistDecl(element, d[0], d[1], d[2], !d[3].isEmpty());
            p.advance(end - reportAt);
        } else {
            p.emitDefault(end - at);
        }
    }

    /** Reads declaration syntax between {@code i} and {@code limit}. */
    private final class Cursor {
        int i;
        final int limit;

        Cursor(int i, int limit) {
            this.i = i;
            this.limit = limit;
        }

        boolean space(boolean needed) {
            int s = i;
            while (i < limit && XmlPushParser.isSpace(buf().charAt(i))) i++;
            if (needed && i == s) throw p.errorAt(ExpatErrors.SYNTAX, i);
            return i > s;
        }

        String name() {
            int e = p.scanName(i);
            if (e <= i || e > limit) throw p.errorAt(ExpatErrors.SYNTAX, i);
            String n = buf().substring(i, e);
            i = e;
            return n;
        }

        String literal() {
            char q = buf().charAt(i);
            if (q != '"' && q != '\'') throw p.errorAt(ExpatErrors.SYNTAX, i);
            int close = buf().indexOf(String.valueOf(q), i + 1);
            if (close < 0 || close >= limit) throw p.errorAt(ExpatErrors.SYNTAX, i);
            String v = buf().substring(i + 1, close);
            i = close + 1;
            return XmlPushParser.normalizeNewlines(v);
        }

        /** {SYSTEM id, PUBLIC id or null}. */
        String[] externalId() {
            if (startsWith(i, "SYSTEM")) {
                i += 6;
                space(true);
                return new String[] {literal(), null};
            }
            if (startsWith(i, "PUBLIC")) {
                i += 6;
                space(true);
                String pub = literal();
                space(true);
                return new String[] {literal(), pub};
            }
            throw p.errorAt(ExpatErrors.SYNTAX, i);
        }
    }

    private String expandCharacterReferences(String s) {
        if (s.indexOf("&#") < 0) return s;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            int semi;
            if (s.startsWith("&#", i) && (semi = s.indexOf(';', i)) > 0) {
                String ref = s.substring(i + 2, semi);
                boolean hex = ref.startsWith("x");
                try {
                    b.appendCodePoint(Integer.parseInt(hex ? ref.substring(1) : ref, hex ? 16 : 10));
                } catch (IllegalArgumentException e) {
                    throw p.errorAt(ExpatErrors.BAD_CHAR_REF, p.position());
                }
                i = semi;
            } else {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /** Adds the declared defaults of {@code element} missing from {@code attributes}; returns the count given in the tag. */
    int addDefaults(String element, List<String> attributes) {
        int specified = attributes.size() / 2;
        Map<String, String> d = defaults.get(element);
        if (d == null) return specified;
        for (Map.Entry<String, String> e : d.entrySet()) {
            boolean present = false;
            for (int k = 0; k < attributes.size(); k += 2) present |= attributes.get(k).equals(e.getKey());
            if (!present) {
                attributes.add(e.getKey());
                attributes.add(e.getValue());
            }
        }
        return specified;
    }

    /** The replacement text of entity reference {@code &name;} inside an attribute value. */
    String expandInAttribute(String name, int tagStart) {
        switch (name) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "apos": return "'";
            case "quot": return "\"";
            default: break;
        }
        String value = internal.get(name);
        if (value == null) {
            if (external.containsKey(name)) throw p.errorAt(16, tagStart);
            throw p.errorAt(ExpatErrors.UNDEFINED_ENTITY, tagStart);
        }
        if (!expanding.add(name)) throw p.errorAt(ExpatErrors.RECURSIVE_ENTITY_REF, tagStart);
        try {
            return expandAttributeText(value, tagStart);
        } finally {
            expanding.remove(name);
        }
    }

    private String expandAttributeText(String value, int tagStart) {
        if (value.indexOf('&') < 0) {
            if (value.indexOf('<') >= 0) throw p.errorAt(ExpatErrors.INVALID_TOKEN, tagStart);
            return value;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int semi;
            if (c == '&' && (semi = value.indexOf(';', i)) > 0) {
                String ref = value.substring(i + 1, semi);
                if (ref.startsWith("#")) b.append(expandCharacterReferences("&" + ref + ";"));
                else b.append(expandInAttribute(ref, tagStart));
                i = semi;
            } else if (c == '<') {
                throw p.errorAt(ExpatErrors.INVALID_TOKEN, tagStart);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Handles {@code &name;} ({@code n} characters at buffer index {@code at}) in content. */
    void expandInContent(String name, int at, int n) {
        XmlEvents out = p.events();
        String value = internal.get(name);
        if (value != null && !out.expandsInternalEntities()) {
            p.markEvent();
            if (out.hasHandler(Kind.SKIPPED_ENTITY)) out.skippedEntity(name, false);
            else if (out.hasHandler(Kind.DEFAULT)) out.defaultText("&" + name + ";");
            p.advance(n);
            return;
        }
        if (value != null) {
            if (!expanding.add(name)) throw p.errorAt(ExpatErrors.RECURSIVE_ENTITY_REF, at);
            try {
                p.markEvent();
                new XmlPushParser(p).feedEntity(value);
            } finally {
                expanding.remove(name);
            }
            p.advance(n);
            return;
        }
        String[] ids = external.get(name);
        p.markEvent();
        if (ids != null && out.hasHandler(Kind.EXTERNAL_ENTITY_REF)) {
            if (!out.externalEntityRef(name, ids[0], ids[1])) throw p.errorAt(ExpatErrors.EXTERNAL_ENTITY_HANDLING, at);
        } else if (ids != null || p.skipsUnknownEntities()) {
            if (ids == null && out.hasHandler(Kind.SKIPPED_ENTITY)) out.skippedEntity(name, false);
            else if (out.hasHandler(Kind.DEFAULT)) out.defaultText("&" + name + ";");
        } else {
            throw p.errorAt(ExpatErrors.UNDEFINED_ENTITY, at);
        }
        p.advance(n);
    }
}
