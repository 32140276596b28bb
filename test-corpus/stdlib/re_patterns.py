# re: groups, named groups, lookaround, sub with a function, findall, split, flags, fullmatch, unicode classes, backreferences, repeats.
import re

m = re.match(r"(\w+)@(\w+)\.(com|org)", "alice@example.org rest")
print(m.group(0), m.group(1, 3), m.groups(), m.span(2), m.start(), m.end(3), m.lastindex, m[2], m.re.pattern)
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?", "date: 2023-07 and 2024-01-15")
print(m.groupdict(), m.group("year"), m.lastgroup, m.groupdict("?"), m.expand(r"\g<month>/\g<year>"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(a)|b", "ab"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;d"), re.split(r"(-)", "1-2-3"), re.split(r"x*", "axbc"), re.split(r"\W+", "Words, words.", maxsplit=1))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"), re.subn(r"o", "0", "foo boo"), re.sub(r"a", r"\n", "bab") == "b\nb")
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples, 12 pears"), re.sub("x*", "-", "abxd"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"))
print(re.sub(r"^", "> ", "line1\nline2", flags=re.M), re.sub(r"$", "!", "a\nb\n"), re.findall(r"^\w", "ab\ncd", re.MULTILINE))
print(re.findall(r"a.c", "abc a\nc", re.S), re.findall(r"A", "aAa", re.I), re.match(r"""(\d+)  # number
    \s* (\w+)   # word""", "42  apples", re.X).groups())
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.match(r"\d*", "abc").span(), re.search(r"$", "abc").span())
print(re.findall(r"(?<=\$)\d+", "cost: $30, $45"), re.findall(r"\w+(?=!)", "hi! yo bye!"), re.findall(r"(?<!x)y", "xy ay y"), re.findall(r"q(?!u)", "qu qa q"))
print(re.match(r"(a+)+b", "aaab").group(), re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups(), re.match(r"(?:a|b)*?c", "ababc").group())
print(re.findall(r"<.*?>", "<a><b></b>"), re.findall(r"<.*>", "<a><b></b>"), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,3}?", "aaaa").group())
print(re.match(r"(\w)\1", "aa"), re.search(r"(?P<c>.)(?P=c)", "abccd").group(), re.match(r"(?i)(a)\1", "aA").group())
print(re.findall(r"\bcat\b", "cat concat cat's bobcat"), re.findall(r"\Bcat", "concat cat"), re.search(r"\Aab", "ab"), re.search(r"b\Z", "ab\n"))
print(re.findall(r"\w+", "naïve café ПРИВЕТ 日本"), re.findall(r"\w+", "naïve café", re.ASCII), re.findall(r"\d", "١٢3"), re.findall(r"\s", "a\u2003b\tc"))
print(re.match(r"[à-ÿ]+", "éèç").group(), re.findall(r"[^a-z]", "aBc1"), re.findall(r"[\w.-]+@[\w.-]+", "x.y@z.com, bad@, q@r.s"))
print(re.findall(r"(?i)[a-z]+", "ABC def"), re.match(r"(?i)ǅ", "ǆ"), re.match(r"(?i)K", "\u212a"))
print(re.escape("a.b*c?"), re.escape("hello world"), re.match(re.escape("1+1=2"), "1+1=2").group())
pat = re.compile(r"(?P<key>\w+)=(?P<val>[^;]*)")
print([m.groupdict() for m in pat.finditer("a=1;b=two;c=")], pat.groups, pat.groupindex, pat.flags == re.UNICODE)
print(pat.match("xx=1", 0).group(), pat.search("zz k=v", 3).group(), pat.match("k=v", 1, 2), pat.findall("a=1;b=2", 2))
print(re.match(r"(?(1)a|b)", "b"), re.match(r"(x)?(?(1)a|b)", "xa").group(), re.match(r"(x)?(?(1)a|b)", "b").group())
print(re.match(r"(?>a+)b", "aaab").group(), re.match(r"a++b", "aaab").group(), re.match(r"a*+a", "aaa"))
print(re.findall(rb"\d+", b"a1b22"), re.sub(rb"(\w)", rb"[\1]", b"ab"), re.match(rb"\xff", b"\xff").span())
for bad in [r"(", r"a{2,1}", r"(?P<n>a)(?P<n>b)", r"\1", "[z-a]", r"(?<=a+)b"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error:", e)
try:
    re.match("a", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    m = re.match("(a)", "a")
    m.group(2)
except IndexError as e:
    print("IndexError:", e)
print(re.compile("a|b") == re.compile("a|b"), repr(re.compile(r"\d+", re.I | re.X)), re.purge() is None)
print(re.match("ab", "ab").__class__.__name__, isinstance(re.compile("x"), re.Pattern), re.template if hasattr(re, "template") else "no template")
s = re.compile(r"\d").scanner("a1b2")
print(s.search().group(), s.search().group(), s.search())
print(re.sub(r"(?m)^\s+", "", "  a\n    b"), re.findall(r"(?s:.)\n", "a\nb\n"), len(re.findall(r".", "x" * 5000)))
