# Checks str operators: +, *, in, comparisons, min/max, iteration, str(), len, and type errors.
a, b = "abc", "xyz"
print(a + b, a * 3, 3 * a, a * 0, repr(a * -2), (a + b) * 2)
print("b" in a, "bc" in a, "ac" in a, "" in a, "ABC" == a.upper())
print(a < b, a == "abc", a != "abd", "a" < "B", "apple" < "apricot", "Z" < "a" < "z")
print(min("hello"), max("hello"), sorted("hello"), sorted("hello", reverse=True))
print([c for c in "hi!"], list(enumerate("ab")), tuple("xy"), set("aab") == {"a", "b"})
print(len(""), len(" "), len("a\nb"), len("\\"), len("tab\t"))
print(str(1), str(1.5), str([1, "a"]), str((1,)), str({"k": "v"}), str(None), str(b"x"))
print(str(), str(""), str("x"), str(object) == "<class 'object'>")
for bad in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: "a" - "b", lambda: -"a"]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
acc = ""
for i in range(5):
    acc += str(i)
print(acc, acc[::-1], int(acc) + 1)
print("a" "b" "c", ("multi"
                     "line"))
print("%s and %s" % (a, b), "{} and {}".format(a, b), f"{a} and {b}")
print("abc".__len__(), "abc".__contains__("b"), "abc".__add__("d"), "ab".__mul__(2), "abc".__getitem__(1))
print(ord("A"), chr(97), [ord(c) for c in "AZaz09"], "".join(chr(c) for c in range(65, 71)))
print(hash("abc") == hash("ab" + "c"), "abc" != None)
print("x".join(["1", "2"]) + "y" * 2, "=" * 20)
