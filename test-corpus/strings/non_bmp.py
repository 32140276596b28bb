# Checks code-point semantics for non-BMP text: len, indexing, slicing, ord/chr, iteration, methods.
s = "a😀b𝄞c"
print(s, len(s))
print(s[0], s[1], s[2], s[3], s[4], s[-1], s[-2], s[-4])
print(s[1:4], s[::-1], s[::2], s[1::2], repr(s[3:3]))
print([ord(c) for c in s])
print([hex(ord(c)) for c in s])
print(chr(0x1F600), chr(128512) == "😀", chr(0x10FFFF) == "\U0010ffff", len(chr(0x10FFFF)))
print("\U0001F600" == "😀", "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
emoji = "👍🏽"
print(len(emoji), [hex(ord(c)) for c in emoji])
family = "👨‍👩‍👧"
print(len(family), family.count("\u200d"), family.split("\u200d") == ["👨", "👩", "👧"])
text = "I ❤ 🐍 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢!"
print(len(text), text.find("🐍"), text.index("𝔫"), text.count("𝔢"), "🐍" in text)
print(text.upper(), text.split(" "), text.replace("🐍", "snake"))
print(list("x🐍y"), "🐍".join(["a", "b", "c"]), "-".join("🐍🐍"))
print(repr("😀"), ascii("😀"), ascii("é"), repr("\u200b"), repr("\x7f"), repr("\U000e0001"))
print(len("😀".encode("utf-8")), "😀".encode("utf-8"), "é".encode("utf-8"))
print(len("😀".encode("utf-16-le")), b"\xf0\x9f\x98\x80".decode("utf-8"))
print(sorted("b😀a€"), max("a😀€"), min("😀€"))
print("😀" > "\uffff", "\uffff" > "\ue000", "😀" < "😁")
print("😀x".center(6, "*"), "😀".ljust(3, "🐍"), "😀".rjust(3) + "|", "%3s|" % "😀")
print(f"{'😀':^5}|{'𝄞':>3}|{'é':<3}|")
print(s.startswith("a😀"), s.endswith("𝄞c"), s.rfind("😀"), s.partition("b"))
print("😀😀😀"[1], "😀😀😀"[1:], len("😀" * 100))
r = ""
for ch in "a😀b":
    r = ch + r
print(r, r == "a😀b"[::-1])
print(str(reversed("ab😀")) != "", "".join(reversed("ab😀")))
print("ǅ".lower(), "ǅ".upper(), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("Σ".lower(), "ΟΔΟΣ".lower(), "straße".casefold(), "ΣΑΣ".casefold())
print("😀".isprintable(), "\u200b".isprintable(), "😀".isalpha(), "𝔘".isalpha(), "٣".isdigit())
