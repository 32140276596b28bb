# Checks bytes methods: split/join/replace/strip/find/count/startswith/upper/lower/is*/partition/center.
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !"), b.upper(), b.lower(), b.swapcase(), b.title())
print(b.split(), b.split(b","), b.strip().split(b", "), b"a,b,c".rsplit(b",", 1), b"x y  z".split(b" "))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join((b"x", b"y")))
print(b.find(b"World"), b.find(b"x"), b.rfind(b"l"), b.index(b"o"), b.rindex(b"o"), b.count(b"l"), b.find(111))
print(b.replace(b"l", b"L"), b.replace(b"l", b"L", 1), b"aaa".replace(b"a", b"bb"))
print(b"hello".startswith(b"he"), b"hello".endswith((b"lo", b"x")), b"hello".startswith(b"l", 2))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"".isalpha())
print(b"key=val".partition(b"="), b"a=b=c".rpartition(b"="), b"none".partition(b"="))
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"-7".zfill(4))
print(b"a\tb".expandtabs(4), b"line1\nline2\r\n".splitlines(), b"line1\nline2\r\n".splitlines(keepends=True))
print(b"hello".capitalize(), b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py"))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcabc".translate(None, b"b"))
print(b"hello world".title(), b"Hello".istitle(), b"\x80abc".isascii(), b"abc".isascii())
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc".split(b"")
except ValueError as e:
    print("ValueError:", e)
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".find("a")
except TypeError as e:
    print("TypeError:", e)
print(b"abc".decode("ascii"), b"%d-%s-%r" % (5, b"x", b"y"), b"%05.1f|%x|%c" % (3.14159, 255, 65))
print(b"%(a)s %(b)s" % {b"a": b"1", b"b": b"2"}, b"100%%" % ())
print(bytes.count(b"banana", b"an"), b"banana".count(b"a", 2, 5), b"x".__len__())
