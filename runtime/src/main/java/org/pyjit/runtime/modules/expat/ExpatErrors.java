package org.pyjit.runtime.modules.expat;

/** expat 2.5's error codes and their messages ({@code pyexpat.errors}, {@code ErrorString}). */
final class ExpatErrors {
    private ExpatErrors() {}

    static final int SYNTAX = 2, NO_ELEMENTS = 3, INVALID_TOKEN = 4, UNCLOSED_TOKEN = 5, TAG_MISMATCH = 7,
            DUPLICATE_ATTRIBUTE = 8, JUNK_AFTER_DOC_ELEMENT = 9, UNDEFINED_ENTITY = 11, RECURSIVE_ENTITY_REF = 12,
            BAD_CHAR_REF = 14, MISPLACED_XML_PI = 17, UNKNOWN_ENCODING = 18, UNCLOSED_CDATA_SECTION = 20,
            EXTERNAL_ENTITY_HANDLING = 21, NOT_STANDALONE = 22, UNBOUND_PREFIX = 27, UNDECLARING_PREFIX = 28,
            XML_DECL = 30, FINISHED = 36;

    /** Index = code; the names are {@code XML_ERROR_} + name. */
    static final String[][] TABLE = {
        {"NONE", null},
        {"NO_MEMORY", "out of memory"},
        {"SYNTAX", "syntax error"},
        {"NO_ELEMENTS", "no element found"},
        {"INVALID_TOKEN", "not well-formed (invalid token)"},
        {"UNCLOSED_TOKEN", "unclosed token"},
        {"PARTIAL_CHAR", "partial character"},
        {"TAG_MISMATCH", "mismatched tag"},
        {"DUPLICATE_ATTRIBUTE", "duplicate attribute"},
        {"JUNK_AFTER_DOC_ELEMENT", "junk after document element"},
        {"PARAM_ENTITY_REF", "illegal parameter entity reference"},
        {"UNDEFINED_ENTITY", "undefined entity"},
        {"RECURSIVE_ENTITY_REF", "recursive entity reference"},
        {"ASYNC_ENTITY", "asynchronous entity"},
        {"BAD_CHAR_REF", "reference to invalid character number"},
        {"BINARY_ENTITY_REF", "reference to binary entity"},
        {"ATTRIBUTE_EXTERNAL_ENTITY_REF", "reference to external entity in attribute"},
        {"MISPLACED_XML_PI", "XML or text declaration not at start of entity"},
        {"UNKNOWN_ENCODING", "unknown encoding"},
        {"INCORRECT_ENCODING", "encoding specified in XML declaration is incorrect"},
        {"UNCLOSED_CDATA_SECTION", "unclosed CDATA section"},
        {"EXTERNAL_ENTITY_HANDLING", "error in processing external entity reference"},
        {"NOT_STANDALONE", "document is not standalone"},
        {"UNEXPECTED_STATE", "unexpected parser state - please send a bug report"},
        {"ENTITY_DECLARED_IN_PE", "entity declared in parameter entity"},
        {"FEATURE_REQUIRES_XML_DTD", "requested feature requires XML_DTD support in Expat"},
        {"CANT_CHANGE_FEATURE_ONCE_PARSING", "cannot change setting once parsing has begun"},
        {"UNBOUND_PREFIX", "unbound prefix"},
        {"UNDECLARING_PREFIX", "must not undeclare prefix"},
        {"INCOMPLETE_PE", "incomplete markup in parameter entity"},
        {"XML_DECL", "XML declaration not well-formed"},
        {"TEXT_DECL", "text declaration not well-formed"},
        {"PUBLICID", "illegal character(s) in public id"},
        {"SUSPENDED", "parser suspended"},
        {"NOT_SUSPENDED", "parser not suspended"},
        {"ABORTED", "parsing aborted"},
        {"FINISHED", "parsing finished"},
        {"SUSPEND_PE", "cannot suspend in external parameter entity"},
        {"RESERVED_PREFIX_XML", "reserved prefix (xml) must not be undeclared or bound to another namespace name"},
        {"RESERVED_PREFIX_XMLNS", "reserved prefix (xmlns) must not be declared or undeclared"},
        {"RESERVED_NAMESPACE_URI", "prefix must not be bound to one of the reserved namespace names"},
        {"INVALID_ARGUMENT", "invalid argument"},
        {"NO_BUFFER", "a successful prior call to function XML_GetBuffer is required"},
        {"AMPLIFICATION_LIMIT_BREACH", "limit on input amplification factor (from DTD and entities) breached"},
    };

    /** The message of {@code code}, or null for codes expat does not have. */
    static String message(int code) {
        return code > 0 && code < TABLE.length ? TABLE[code][1] : null;
    }
}
