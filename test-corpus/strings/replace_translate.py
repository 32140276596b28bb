# Checks str.replace with counts and empty patterns, maketrans/translate, and str immutability.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("three", "3"), s.replace(" ", ""), "aaa".replace("a", "aa"), "aaaa".replace("aa", "b"))
print(repr("abc".replace("", "-")), repr("abc".replace("", "-", 2)), repr("".replace("", "x")))
print("hello".replace("l", ""), "a.b.c".replace(".", "/", 1))
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans({"a": "1", "b": None, "c": "ccc"})
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print(sorted(t3.items()), "abxyzab".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}), "hi".translate({}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)
s2 = "immutable"
try:
    s2[0] = "I"
except TypeError as e:
    print("TypeError:", e)
try:
    del s2[0]
except TypeError as e:
    print("TypeError:", e)
s3 = s2
s2 += "!"
print(s2, s3, s2 is s3)
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("hello world".translate(rot13), "hello world".translate(rot13).translate(rot13))
vowels = str.maketrans("", "", "aeiou")
print("programming language".translate(vowels))
