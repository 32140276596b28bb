package org.pyjit.runtime.modules.expat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code pyexpat.xmlparser}: the object {@code ParserCreate} returns. It feeds {@code Parse}'s
 * data to an {@link XmlPushParser} and turns its events into calls of the handlers the program
 * set, with pyexpat's attribute forms ({@code ordered_attributes}, {@code specified_attributes})
 * and character-data buffering ({@code buffer_text}).
 */
final class XmlParserObject extends PyObject implements XmlEvents {
    /** Handler attribute names, by the event kind they receive. */
    static final Map<String, Kind> HANDLERS = new java.util.LinkedHashMap<>();

    static {
        HANDLERS.put("StartElementHandler", Kind.START_ELEMENT);
        HANDLERS.put("EndElementHandler", Kind.END_ELEMENT);
        HANDLERS.put("ProcessingInstructionHandler", Kind.PROCESSING_INSTRUCTION);
        HANDLERS.put("CharacterDataHandler", Kind.CHARACTERS);
        HANDLERS.put("UnparsedEntityDeclHandler", Kind.UNPARSED_ENTITY_DECL);
        HANDLERS.put("NotationDeclHandler", Kind.NOTATION_DECL);
        HANDLERS.put("StartNamespaceDeclHandler", Kind.START_NAMESPACE);
        HANDLERS.put("EndNamespaceDeclHandler", Kind.END_NAMESPACE);
        HANDLERS.put("CommentHandler", Kind.COMMENT);
        HANDLERS.put("StartCdataSectionHandler", Kind.START_CDATA);
        HANDLERS.put("EndCdataSectionHandler", Kind.END_CDATA);
        HANDLERS.put("DefaultHandler", Kind.DEFAULT);
        HANDLERS.put("DefaultHandlerExpand", Kind.DEFAULT);
        HANDLERS.put("NotStandaloneHandler", Kind.NOT_STANDALONE);
        HANDLERS.put("ExternalEntityRefHandler", Kind.EXTERNAL_ENTITY_REF);
        HANDLERS.put("StartDoctypeDeclHandler", Kind.START_DOCTYPE);
        HANDLERS.put("EndDoctypeDeclHandler", Kind.END_DOCTYPE);
        HANDLERS.put("EntityDeclHandler", Kind.ENTITY_DECL);
        HANDLERS.put("XmlDeclHandler", Kind.XML_DECL);
        HANDLERS.put("ElementDeclHandler", Kind.ELEMENT_DECL);
        HANDLERS.put("AttlistDeclHandler", Kind.ATTLIST_DECL);
        HANDLERS.put("SkippedEntityHandler", Kind.SKIPPED_ENTITY);
    }

    final Map<String, Object> handlers = new java.util.HashMap<>();
    private final Map<Kind, Object> byKind = new EnumMap<>(Kind.class);
    final XmlPushParser parser;
    private final XmlInputDecoder decoder;
    boolean bufferText, orderedAttributes, specifiedAttributes;
    int bufferSize = 8192;
    private final StringBuilder textBuffer = new StringBuilder();
    Object intern;
    private boolean finished;
    private boolean firstText = true;
    XmlError error;
    String base;

    XmlParserObject(String encoding, String separator, Object intern) {
        super(ExpatModule.PARSER_TYPE);
        this.parser = new XmlPushParser(this, separator);
        this.decoder = new XmlInputDecoder(encoding);
        this.intern = intern;
    }

    void setHandler(String name, Object handler) {
        Object h = handler == PyNone.NONE ? null : handler;
        if (h == null) handlers.remove(name);
        else handlers.put(name, h);
        Kind k = HANDLERS.get(name);
        if (k == null) return;
        if (k == Kind.DEFAULT) {
            Object d = handlers.get("DefaultHandlerExpand");
            if (d == null) d = handlers.get("DefaultHandler");
            if (d == null) byKind.remove(k);
            else byKind.put(k, d);
        } else if (h == null) {
            byKind.remove(k);
        } else {
            byKind.put(k, h);
        }
    }

    /** {@code Parse(data, isfinal=False)}. */
    Object parse(Object data, boolean isFinal) {
        if (finished) throw ExpatModule.error(new XmlError(ExpatErrors.FINISHED, parser.line, parser.column, parser.byteIndex));
        String text = org.pyjit.runtime.types.string.Strings.asStr(data);
        try {
            if (text == null) {
                byte[] bytes = org.pyjit.runtime.objects.Buffers.bytesOf(data);
                text = decoder.decode(bytes, isFinal, parser);
                parser.width = decoder.width;
                if (text == null) return 1L;
            }
            if (firstText && !text.isEmpty()) {
                firstText = false;
                if (text.charAt(0) == '\uFEFF') text = text.substring(1);
            }
            parser.specifiedAttributesOnly = specifiedAttributes;
            parser.feed(text, isFinal);
        } catch (XmlError e) {
            flushText();
            error = e;
            throw ExpatModule.error(e);
        }
        parser.markEvent(); // text flushed now is reported at the end of the data, as pyexpat does
        flushText();
        if (isFinal) finished = true;
        return 1L;
    }

    // ------------------------------------------------------------------ events to handlers

    @Override
    public boolean expandsInternalEntities() {
        return handlers.get("DefaultHandler") == null || handlers.get("DefaultHandlerExpand") != null;
    }

    @Override
    public boolean hasHandler(Kind kind) {
        return byKind.containsKey(kind);
    }

    private Object call(Kind kind, Object... args) {
        if (kind != Kind.CHARACTERS) flushText();
        Object h = byKind.get(kind);
        return h == null ? PyNone.NONE : Ops.call(h, args);
    }

    private static Object orNone(String s) {
        return s == null ? PyNone.NONE : s;
    }

    @Override
    public void xmlDecl(String version, String encoding, int standalone) {
        call(Kind.XML_DECL, version, orNone(encoding), (long) standalone);
    }

    @Override
    public void startDoctype(String name, String systemId, String publicId, boolean hasInternalSubset) {
        call(Kind.START_DOCTYPE, name, orNone(systemId), orNone(publicId), hasInternalSubset ? 1L : 0L);
    }

    @Override
    public void endDoctype() {
        call(Kind.END_DOCTYPE);
    }

    @Override
    public void entityDecl(String name, boolean parameter, String value, String systemId, String publicId, String notation) {
        call(Kind.ENTITY_DECL, name, parameter ? 1L : 0L, orNone(value), orNone(base), orNone(systemId), orNone(publicId),
                orNone(notation));
    }

    @Override
    public void elementDecl(String name, ContentModel model) {
        call(Kind.ELEMENT_DECL, name, modelTuple(model));
    }

    private static Object modelTuple(ContentModel m) {
        Object[] children = new Object[m.children().size()];
        for (int i = 0; i < children.length; i++) children[i] = modelTuple(m.children().get(i));
        return org.pyjit.runtime.objects.PyTuple.of((long) m.type(), (long) m.quantifier(), orNone(m.name()),
                new org.pyjit.runtime.objects.PyTuple(children));
    }

    @Override
    public void notationDecl(String name, String systemId, String publicId) {
        call(Kind.NOTATION_DECL, name, orNone(base), orNone(systemId), orNone(publicId));
    }

    @Override
    public void unparsedEntityDecl(String name, String systemId, String publicId, String notation) {
        call(Kind.UNPARSED_ENTITY_DECL, name, orNone(base), orNone(systemId), orNone(publicId), notation);
    }

    @Override
    public void attlistDecl(String element, String attribute, String type, String defaultValue, boolean required) {
        call(Kind.ATTLIST_DECL, element, attribute, type, orNone(defaultValue), required ? 1L : 0L);
    }

    @Override
    public void startElement(String name, List<String> attributes, int specified) {
        int n = specifiedAttributes ? specified * 2 : attributes.size();
        Object attrs;
        if (orderedAttributes) {
            PyList l = new PyList();
            for (int i = 0; i < n; i++) l.append(attributes.get(i));
            attrs = l;
        } else {
            PyDict d = new PyDict();
            for (int i = 0; i < n; i += 2) d.put(attributes.get(i), attributes.get(i + 1));
            attrs = d;
        }
        call(Kind.START_ELEMENT, name, attrs);
    }

    @Override
    public void endElement(String name) {
        call(Kind.END_ELEMENT, name);
    }

    @Override
    public void characters(String text) {
        if (!bufferText) {
            call(Kind.CHARACTERS, text);
            return;
        }
        if (textBuffer.length() + text.length() > bufferSize) flushText();
        if (text.length() > bufferSize) call(Kind.CHARACTERS, text);
        else textBuffer.append(text);
    }

    /** Hands buffered character data to the handler. */
    void flushText() {
        if (textBuffer.isEmpty()) return;
        String s = textBuffer.toString();
        textBuffer.setLength(0);
        Object h = byKind.get(Kind.CHARACTERS);
        if (h != null) Ops.call(h, s);
    }

    int bufferUsed() {
        return textBuffer.length();
    }

    @Override
    public void processingInstruction(String target, String data) {
        call(Kind.PROCESSING_INSTRUCTION, target, data);
    }

    @Override
    public void comment(String text) {
        call(Kind.COMMENT, text);
    }

    @Override
    public void startCdata() {
        call(Kind.START_CDATA);
    }

    @Override
    public void endCdata() {
        call(Kind.END_CDATA);
    }

    @Override
    public void startNamespace(String prefix, String uri) {
        call(Kind.START_NAMESPACE, orNone(prefix), orNone(uri));
    }

    @Override
    public void endNamespace(String prefix) {
        call(Kind.END_NAMESPACE, orNone(prefix));
    }

    @Override
    public void skippedEntity(String name, boolean parameter) {
        call(Kind.SKIPPED_ENTITY, name, parameter ? 1L : 0L);
    }

    @Override
    public void defaultText(String text) {
        call(Kind.DEFAULT, text);
    }

    @Override
    public boolean notStandalone() {
        return Ops.isTrue(call(Kind.NOT_STANDALONE));
    }

    @Override
    public boolean externalEntityRef(String context, String systemId, String publicId) {
        return Ops.isTrue(call(Kind.EXTERNAL_ENTITY_REF, context, orNone(base), orNone(systemId), orNone(publicId)));
    }

}
