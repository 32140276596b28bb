package org.pyjit.runtime.modules.expat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.testutil.CPython;

/**
 * The push parser's events and errors, fed whole and in small pieces, against pyexpat's on
 * CPython for the same documents (with no DefaultHandler set, so every event has its own handler).
 */
class XmlPushParserTest {
    private static final String[] DOCS = {
        "<?xml version='1.0' standalone='yes'?>\n<!-- c -->\n<r a='1' b=\"x&amp;y\tz\">ab\ncd&lt;&#x41;<![CDATA[ <x>\n]]><e/>\r\nh</r>\n<?pi  data ?>",
        "<r xmlns='urn:d' xmlns:p='urn:p' p:a='1' b='2'><p:c/><d xmlns=''/></r>",
        "<!DOCTYPE r [\n<!ENTITY e 'one &amp; two'>\n<!ENTITY m '<i>in</i>'>\n<!ATTLIST r d CDATA 'dv'>\n]>\n<r>&e;|&m;</r>",
        "<a><b></a>", "<a>", "", "<a></a><b/>", "<a x='1' x='2'/>", "<a>&foo;</a>", "<a b=1/>", "text",
        "<a>&#0;</a>", "<a><b</a>", "<a b='<'/>", "<a><!-- x", "<a><![CDATA[x", "<a>]]></a>", "<a><!--a--b--></a>",
        "<p:a/>", "<a xmlns:p=''/>", " <?xml version='1.0'?><a/>",
    };

    private static final String PY_RECORDER = """
            import pyexpat
            def record(doc, ns, piece):
                p = pyexpat.ParserCreate(namespace_separator=ns)
                p.ordered_attributes = True
                out = []
                def h(kind):
                    def f(*a):
                        if kind == 'data' and piece and out and out[-1][0] == 'data':
                            out[-1] = ('data', (out[-1][1][0] + a[0],))
                        else:
                            out.append((kind, a))
                    return f
                p.StartElementHandler = h('start')
                p.EndElementHandler = h('end')
                p.CharacterDataHandler = h('data')
                p.CommentHandler = h('comment')
                p.ProcessingInstructionHandler = h('pi')
                p.StartNamespaceDeclHandler = h('ns')
                p.EndNamespaceDeclHandler = h('endns')
                p.StartCdataSectionHandler = h('cdata')
                p.EndCdataSectionHandler = h('endcdata')
                p.XmlDeclHandler = h('decl')
                try:
                    if piece:
                        for i in range(0, len(doc), piece):
                            p.Parse(doc[i:i + piece], False)
                    p.Parse('' if piece else doc, True)
                except pyexpat.ExpatError as e:
                    out.append(('error', (e.code, e.lineno, e.offset)))
                return [k + repr(a) for k, a in out]
            """;

    /** Records events in the recorder script's format: kind + Python repr of the handler arguments. */
    private static final class Recorder implements XmlEvents {
        final List<String> out = new ArrayList<>();
        boolean mergeData;
        private String pendingData;

        private static String r(String s) {
            if (s == null) return "None";
            StringBuilder b = new StringBuilder("'");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    case '\'' -> b.append("\\'");
                    case '\\' -> b.append("\\\\");
                    default -> b.append(c);
                }
            }
            return b.append("'").toString();
        }

        private void add(String kind, String... args) {
            out.add(kind + "(" + String.join(", ", args) + (args.length == 1 ? ",)" : ")"));
        }

        @Override public boolean hasHandler(Kind kind) {
            return kind != Kind.DEFAULT && kind != Kind.NOT_STANDALONE && kind != Kind.EXTERNAL_ENTITY_REF && kind != Kind.SKIPPED_ENTITY
                    && kind != Kind.ENTITY_DECL && kind != Kind.ATTLIST_DECL && kind != Kind.START_DOCTYPE && kind != Kind.END_DOCTYPE
                    && kind != Kind.ELEMENT_DECL && kind != Kind.NOTATION_DECL && kind != Kind.UNPARSED_ENTITY_DECL;
        }
        @Override public boolean expandsInternalEntities() { return true; }
        @Override public void xmlDecl(String v, String e, int s) { add("decl", r(v), r(e), Integer.toString(s)); }
        @Override public void startDoctype(String n, String s, String p, boolean i) { }
        @Override public void endDoctype() { }
        @Override public void entityDecl(String n, boolean p, String v, String s, String pub, String no) { }
        @Override public void elementDecl(String name, ContentModel model) { }
        @Override public void notationDecl(String name, String systemId, String publicId) { }
        @Override public void unparsedEntityDecl(String name, String systemId, String publicId, String notation) { }
        @Override public void attlistDecl(String e, String a, String t, String d, boolean r) { }
        @Override public void startElement(String name, List<String> attributes, int specified) {
            List<String> items = new ArrayList<>();
            for (String a : attributes) items.add(r(a));
            out.add("start(" + r(name) + ", [" + String.join(", ", items) + "])");
        }
        @Override public void endElement(String name) { add("end", r(name)); }
        @Override public void characters(String text) {
            if (mergeData && pendingData != null && !out.isEmpty() && out.get(out.size() - 1).startsWith("data(")) {
                out.remove(out.size() - 1);
                text = pendingData + text;
            }
            pendingData = text;
            add("data", r(text));
        }
        @Override public void processingInstruction(String t, String d) { add("pi", r(t), r(d)); }
        @Override public void comment(String text) { add("comment", r(text)); }
        @Override public void startCdata() { out.add("cdata()"); }
        @Override public void endCdata() { out.add("endcdata()"); }
        @Override public void startNamespace(String prefix, String uri) { add("ns", r(prefix), r(uri)); }
        @Override public void endNamespace(String prefix) { add("endns", r(prefix)); }
        @Override public void skippedEntity(String name, boolean parameter) { }
        @Override public void defaultText(String text) { }
        @Override public boolean notStandalone() { return true; }
        @Override public boolean externalEntityRef(String c, String s, String p) { return true; }
    }

    private static List<String> parse(String doc, String separator, int piece) {
        Recorder rec = new Recorder();
        rec.mergeData = piece > 0;
        XmlPushParser p = new XmlPushParser(rec, separator);
        try {
            if (piece > 0) {
                for (int i = 0; i < doc.length(); i += piece) p.feed(doc.substring(i, Math.min(doc.length(), i + piece)), false);
            }
            p.feed(piece > 0 ? "" : doc, true);
        } catch (XmlError e) {
            rec.out.add("error(" + e.code + ", " + e.line + ", " + e.column + ")");
        }
        return rec.out;
    }

    private static String pyLiteral(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'";
    }

    @Test
    void eventsAndErrorsMatchPyexpat() {
        StringBuilder script = new StringBuilder(PY_RECORDER);
        StringBuilder mine = new StringBuilder();
        for (String doc : DOCS) {
            for (String ns : new String[] {null, "}"}) {
                for (int piece : new int[] {0, 1, 4}) {
                    script.append("print('\\n'.join(record(").append(pyLiteral(doc)).append(", ")
                            .append(ns == null ? "None" : pyLiteral(ns)).append(", ").append(piece).append(")))\nprint('--')\n");
                    List<String> events = parse(doc, ns, piece);
                    for (String e : events) mine.append(e).append('\n');
                    mine.append("--\n");
                }
            }
        }
        assertEquals(CPython.run(script.toString()), mine.toString());
    }
}
