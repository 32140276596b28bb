# Checks strip/lstrip/rstrip with and without chars, center/ljust/rjust/zfill, expandtabs, prefix/suffix.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("hello".strip("")), repr("hello".strip(None)), repr("".strip()), repr("aaa".strip("a")))
print(repr("abc".center(9)), repr("abc".center(8)), repr("abc".center(9, "*")), repr("abc".center(2)))
print(repr("ab".center(5)), repr("ab".center(6)), repr("a".center(4, "-")), repr("abc".center(6, "-")))
print(repr("abc".ljust(6)), repr("abc".rjust(6)), repr("abc".ljust(6, ".")), repr("abc".rjust(2)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "123456".zfill(3), "".zfill(2), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("ab\tc\n\td".expandtabs(3)), repr("\t".expandtabs(0)))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("x"), "body.txt".removesuffix(".txt"), "a".removesuffix(""))
try:
    "abc".center(5, "**")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".ljust("5")
except TypeError as e:
    print("TypeError:", e)
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in table:
    print(name.ljust(12) + str(qty).rjust(4) + str(price).rjust(8))
print("|" + "title".center(20, "=") + "|")
print("  mixed\t \n".rstrip(" "), "|")
