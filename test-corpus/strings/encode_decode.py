# Checks str.encode / bytes.decode with utf-8, latin-1, ascii, error handlers and error messages.
s = "héllo wörld €"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), len(s), len(s.encode()))
print(s.encode("latin-1", "replace"), s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
    print(e.encoding, e.start, e.end, e.reason)
try:
    s.encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
b = s.encode()
print(b.decode(), b.decode("utf-8") == s, b[:3].decode(), b.decode("latin-1"))
bad = b"abc\xff\xfedef"
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
    print(e.encoding, e.start, e.end, e.reason, e.object)
print(bad.decode("utf-8", "replace"), bad.decode("utf-8", "ignore"), bad.decode("utf-8", "backslashreplace"))
print(bad.decode("latin-1"), bad.decode("ascii", errors="replace"))
try:
    b"\xe2\x82".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    bad.decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("😀".encode("utf-16"), "😀".encode("utf-16-be"), "A".encode("utf-32-le"))
print(b"\xff\xfe=\xd8\x00\xde".decode("utf-16"), b"\x00A".decode("utf-16-be"))
print(str(b"abc", "ascii"), str(b"h\xc3\xa9", "utf-8"), str(b"x\xff", "utf-8", "replace"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print([c for c in "aé€😀".encode()], [len(c.encode()) for c in "aé€😀"])
print(bytes("abc", "ascii"), bytes("é", "utf-8"), bytearray("é", "utf-8") == b"\xc3\xa9")
