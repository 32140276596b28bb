# xmlcharrefreplace (and other handlers) through every encoder path: str.encode, charmap codecs
# from the encodings package, incremental encoders, and text files over BytesIO.
import codecs
import io

text = "caf\u00e9 \u20ac \u0100 \U0001f600 \udc80"
for enc in ("ascii", "latin-1", "iso-8859-15", "cp1252", "utf-8", "koi8-r"):
    print(enc, text.encode(enc, "xmlcharrefreplace"))
    print(enc, codecs.getincrementalencoder(enc)("xmlcharrefreplace").encode(text))
    b = io.BytesIO()
    w = io.TextIOWrapper(b, encoding=enc, errors="xmlcharrefreplace")
    w.write(text)
    w.flush()
    print(enc, b.getvalue())
print(codecs.charmap_encode("ab\u0100\u0101c", "backslashreplace", None))
codecs.register_error("stars", lambda e: ("*" * (e.end - e.start), e.end))
print(codecs.charmap_encode("x\u0100\u0101y", "stars", None))
