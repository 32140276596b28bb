# Checks bytes literals, construction, indexing (ints), slicing, repr escapes, hex/fromhex.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], type(b[0]).__name__, type(b[0:1]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes(), bytes("é", "utf-8"))
print(b"\x00\x01\x7f\x80\xff", b"tab\tnl\ncr\r", b"quote'", b'dq"', b"both'\"", b"\\")
print(repr(b"'"), repr(b'"'), list(b"AZ"), list(b"\x00\xff"))
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcd".hex(":", 2))
print(b"" == bytes(), b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x00")
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"b" in b"abc", 98 in b"abc", b"" in b"x")
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("str"), lambda: b"a" + "b",
            lambda: bytes(-1), lambda: bytes.fromhex("xyz"), lambda: b"abc"[5], lambda: bytes(1.5)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
print([x for x in b"hi!"], sum(b"abc"), max(b"abc"), sorted(b"cab"), bytes(sorted(b"cab")))
print(b"abc" == "abc", b"abc".decode() == "abc", hash(b"abc") == hash(b"abc"))
print(str(b"x\x00"), repr(b"x"), bytes(b"\x80abc")[1:], b"%s" % b"x")
print(bytes.fromhex("").hex() == "", b"\x0f".hex(), bytes([15, 16, 255]).hex().upper())
print(b"a\x00b".split(b"\x00"), len(b"\x00" * 10), b"\n".join([b"x", b"y"]))
d = {b"k": 1, "k": 2}
print(len(d), d[b"k"], d["k"])
