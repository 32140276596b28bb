# XML through CPython's xml package on pyjit's pyexpat: ElementTree (parse, find, iterparse,
# namespaces, serialization), minidom, SAX, plistlib, and pyexpat's own handlers and errors.
import io
import plistlib
import xml.dom.minidom
import xml.etree.ElementTree as ET
import xml.sax
import xml.sax.handler
from xml.parsers import expat

DOC = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE library [
  <!ENTITY pub "ACME &amp; Sons">
  <!ATTLIST book lang CDATA "en">
]>
<library xmlns:dc="http://purl.org/dc/elements/1.1/">
  <!-- a comment -->
  <book id="b1" year="1999"><dc:title>Learning &quot;XML&quot;</dc:title><price>12.50</price></book>
  <book id="b2" lang="fr"><dc:title>Caf\u00e9 &#x26; cr\u00e8me</dc:title><price>8</price><note><![CDATA[<raw> & text]]></note></book>
  <publisher>&pub;</publisher>
  <?render mode="fast"?>
</library>
"""

root = ET.fromstring(DOC)
print(root.tag, root.attrib, len(root))
for book in root.iter("book"):
    title = book.find("{http://purl.org/dc/elements/1.1/}title")
    print(book.get("id"), book.get("lang"), repr(title.text), float(book.findtext("price")), repr(book.findtext("note")))
print(repr(root.findtext("publisher")))
print(ET.tostring(root.find("book"), encoding="unicode"))
ns = {"dc": "http://purl.org/dc/elements/1.1/"}
print([t.text for t in root.findall(".//dc:title", ns)])

events = []
for event, elem in ET.iterparse(io.BytesIO(DOC.encode("utf-8")), events=("start", "end", "start-ns")):
    events.append((event, elem if event == "start-ns" else elem.tag))
print(events[:6], len(events))

pull = ET.XMLPullParser(events=("start", "end"))
for piece in ("<a><b x='1'>te", "xt</b><c/>", "</a>"):
    pull.feed(piece)
    print([(e, el.tag) for e, el in pull.read_events()])
pull.close()

tree = ET.ElementTree(ET.fromstring("<r><x a='1'>\u00e9</x><y/></r>"))
out = io.BytesIO()
tree.write(out, encoding="iso-8859-1", xml_declaration=True)
print(out.getvalue())
print(ET.tostring(ET.fromstring("<r>\u0100</r>"), encoding="ascii"))

for bad in ["<a><b></a>", "<a>", "<a x='1' x='2'/>", "<a>&nope;</a>", "text", "<a/><b/>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), e, e.code, e.position)

dom = xml.dom.minidom.parseString("<doc a='1'><item>one</item><item>two</item><!--c--></doc>")
print([n.firstChild.data for n in dom.getElementsByTagName("item")], dom.documentElement.getAttribute("a"))
print(dom.toprettyxml(indent="  "))
print(dom.toxml(encoding="latin-1"))


class Collector(xml.sax.handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.seen = []

    def startElement(self, name, attrs):
        self.seen.append(("start", name, dict(attrs)))

    def endElement(self, name):
        self.seen.append(("end", name))

    def characters(self, content):
        self.seen.append(("chars", content))


handler = Collector()
xml.sax.parseString(b"<r><i n='1'>a&amp;b</i>\n<i n='2'/></r>", handler)
print(handler.seen)

data = {"name": "pyjit", "tiers": [1, 2, 3], "ratio": 1.5, "ok": True, "blob": b"\x00\x01"}
text = plistlib.dumps(data)
print(text.decode())
print(plistlib.loads(text) == data)

p = expat.ParserCreate(namespace_separator="|")
log = []
p.StartElementHandler = lambda name, attrs: log.append(("start", name, attrs))
p.EndElementHandler = lambda name: log.append(("end", name))
p.CharacterDataHandler = lambda data: log.append(("data", data))
p.StartNamespaceDeclHandler = lambda prefix, uri: log.append(("ns", prefix, uri))
p.CommentHandler = lambda text: log.append(("comment", text))
p.ProcessingInstructionHandler = lambda target, data: log.append(("pi", target, data))
p.XmlDeclHandler = lambda version, encoding, standalone: log.append(("decl", version, encoding, standalone))
p.Parse(b"<?xml version='1.0'?><r xmlns='urn:x' xmlns:q='urn:q' q:a='1'>line1\nline2<!--c--><?pi x?><q:e/>", False)
p.Parse(b"</r>", True)
for entry in log:
    print(entry)
print(expat.ErrorString(3), expat.errors.XML_ERROR_SYNTAX, expat.version_info >= (2, 0, 0))
try:
    expat.ParserCreate().Parse("<a>\n<b>\n</c></a>", True)
except expat.ExpatError as e:
    print(e, e.code, e.lineno, e.offset, expat.errors.messages[e.code])
