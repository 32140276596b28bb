package org.pyjit.runtime.modules.expat;

import java.util.List;

/**
 * What {@link XmlPushParser} reports, in document order. Names are already namespace-expanded
 * when the parser processes namespaces. {@link #hasHandler} lets the parser send the text of
 * events nobody handles to {@link #defaultText}, as expat does.
 */
interface XmlEvents {
    /** Event kinds, to ask whether a specific handler exists. */
    enum Kind { XML_DECL, START_DOCTYPE, END_DOCTYPE, ENTITY_DECL, ATTLIST_DECL, START_ELEMENT, END_ELEMENT, CHARACTERS,
        PROCESSING_INSTRUCTION, COMMENT, START_CDATA, END_CDATA, START_NAMESPACE, END_NAMESPACE, SKIPPED_ENTITY, DEFAULT,
        NOT_STANDALONE, EXTERNAL_ENTITY_REF, ELEMENT_DECL, NOTATION_DECL, UNPARSED_ENTITY_DECL }

    boolean hasHandler(Kind kind);

    /** False while a non-expanding default handler is set: references to internal entities then go to it unexpanded. */
    boolean expandsInternalEntities();

    void xmlDecl(String version, String encoding, int standalone);

    void startDoctype(String name, String systemId, String publicId, boolean hasInternalSubset);

    void endDoctype();

    void entityDecl(String name, boolean parameter, String value, String systemId, String publicId, String notation);

    void elementDecl(String name, ContentModel model);

    void notationDecl(String name, String systemId, String publicId);

    void unparsedEntityDecl(String name, String systemId, String publicId, String notation);

    void attlistDecl(String element, String attribute, String type, String defaultValue, boolean required);

    /** {@code attributes} alternates names and values; the first {@code specified} pairs were written in the tag. */
    void startElement(String name, List<String> attributes, int specified);

    void endElement(String name);

    void characters(String text);

    void processingInstruction(String target, String data);

    void comment(String text);

    void startCdata();

    void endCdata();

    void startNamespace(String prefix, String uri);

    void endNamespace(String prefix);

    void skippedEntity(String name, boolean parameter);

    /** Markup or text no specific handler took, as written. */
    void defaultText(String text);

    /** Returns whether the document may go on (expat's NotStandaloneHandler result). */
    boolean notStandalone();

    /** Returns false to stop with "error in processing external entity reference". */
    boolean externalEntityRef(String context, String systemId, String publicId);
}
