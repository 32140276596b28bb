# A small text-processing workout over str methods, formatting and non-BMP text
text = """The quick brown fox — jumps over the lazy dog.
Ünïcödé text with emoji 😀 and CJK 漢字, tabs\tand   spaces.
numbers: 3.14159 2.71828 1e-7 12345678901234567890"""
words = text.split()
print(len(text), len(words), words[:6], words[-1])
print(sorted(set(w.strip(".,—").lower() for w in words if w.isalpha()))[:8])
for line in text.splitlines(keepends=True):
    print(repr(line[:20]), line.count("a"), line.find("o"), line.rfind("o"), line.startswith(("The", "num")), line.expandtabs(4).find("and"))
print(text.title()[:40], text.swapcase()[:20], text.casefold()[60:90])
print("|".join(w.center(9, ".") for w in ["a", "bb", "ccc", "😀😀"]))
print([w.zfill(6) for w in ["-3", "+42", "7", "😀"]], "x".rjust(3, "😀"), "ab".ljust(4, "-") + "|")
table = str.maketrans({"a": "4", "e": "3", "o": None, "😀": ":)"})
print(text.translate(table)[:70])
nums = [float(t) for t in text.split(":")[1].split()]
print(nums, sum(nums), max(nums), [f"{x:.3g}" for x in nums], [round(x, 3) for x in nums])
print(" ".join(f"{n:>12,}" for n in [0, 7, -1234, 10**12, 2**70]))
print("%-10s|%+8.3f|%08.2e|%x|%o|%c|%r|%5.1f%%" % ("left", 3.14159, 12345.678, 255, 8, 0x1F600, "q", 99.44))
print("{name:^12}|{value:>+10.4f}|{value:<10.1e}|{pct:.1%}|{big:_d}".format(name="pi", value=3.14159265, pct=0.256, big=10**9))
s = "a😀b😀c"
print(len(s), s[1], s[-2], s[::2], s[::-1], s.index("b"), s.split("😀"), list(s), [ord(c) for c in s], s.upper(), s.partition("😀"), s.rpartition("😀"), s.replace("😀", "-", 1))
print("ß".upper(), "ﬃ".title(), "ǆ".title(), "ΣΑΣ ΟΔΟΣ".lower(), "σ".upper(), "İstanbul".lower(), "straße".casefold() == "STRASSE".casefold())
print("Hello, World".removeprefix("Hello, "), "file.tar.gz".removesuffix(".gz"), "  x  ".strip(), "xxhixx".strip("x"), "a-b_c d".replace("-", " ").replace("_", " ").split(" "))
print("1,234".isdigit(), "١٢٣".isdecimal(), "½".isnumeric(), "²".isdigit(), "abc123".isalnum(), "_id".isidentifier(), "2x".isidentifier(), " \t\n".isspace(), "Title Case".istitle(), "\x07".isprintable())
print(int("١٢٣"), float(" -1_000.5 "), int("0o777", 0), complex(" (3-4j) "), float("inf"), float("-nan"), repr(float("1e400")))
