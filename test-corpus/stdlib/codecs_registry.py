# codecs: lookup, encode/decode through the registry, table codecs (cp1252, cp437), rot13, escapes, incremental decoders, error handlers.
import codecs

info = codecs.lookup("UTF8")
print(info.name, info.encode("é"), info.decode(b"\xc3\xa9"), codecs.lookup("latin_1").name, codecs.lookup("CP-1252").name)
print(codecs.encode("héllo", "utf-16-le"), codecs.decode(b"h\x00i\x00", "utf-16-le"), codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"))
print("é€‚".encode("cp1252"), b"\x80\x85\x99".decode("cp1252"), "│┤".encode("cp437"), bytes(range(0xb0, 0xb4)).decode("cp437"))
print("naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"), "naïve".encode("ascii", "backslashreplace"), "naïve".encode("ascii", "xmlcharrefreplace"))
print(b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("utf-8", "backslashreplace"), repr(b"caf\xe9".decode("utf-8", "surrogateescape")))
print(codecs.encode(b"a\nb\\", "unicode_escape") if False else codecs.decode(b"a\\nb\\u00e9\\x41", "unicode_escape"), codecs.encode("a\nbé\u20ac", "unicode_escape"))
print(codecs.escape_decode(b"\\x41\\n")[0], codecs.escape_encode(b"a\n'\xff")[0], codecs.decode(b"\\u00e9x", "raw_unicode_escape"))
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), repr(dec.decode(b"\xac!")), repr(dec.decode(b"", final=True)))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.utf_8_decode(b"ab\xc3", None, False), codecs.utf_8_encode("é"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    b"\xff".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.encoding, e.start, e.end, e.reason)
try:
    "€".encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(codecs.lookup_error("strict").__name__, codecs.lookup_error("ignore")(UnicodeDecodeError("utf-8", b"ab", 0, 1, "r")))
try:
    codecs.lookup_error("no-such-handler")
except LookupError as e:
    print("LookupError:", e)
def search(name):
    if name == "shout":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)), lambda b, errors="strict": (b.decode().lower(), len(b)), name="shout")
    return None
codecs.register(search)
print(codecs.encode("hey", "shout"), codecs.decode(b"HEY", "shout"), "ok".encode("shout"), codecs.lookup("SHOUT").name)
