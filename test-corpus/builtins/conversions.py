# Checks the type constructors: int float bool str list tuple dict set frozenset with many argument kinds.
print(int(), int(3.7), int("12"), int(" -4 "), int("ff", 16), int(True), int(-0.0))
print(float(), float(2), float("1.5"), float(" -inf "), float(True), float("1e3"))
print(bool(), bool(0), bool(3), bool(""), bool("0"), bool([]), bool([[]]), bool(None), bool(0.0), bool(-0.0))
print(repr(str()), str(12), str(1.0), str(None), str([1, "a"]), str((1,)), str({1: "a"}), str(True), str(b"bytes"))
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({"a": 1}.items()))
print(tuple(), tuple("ab"), tuple([1, 2]), tuple(range(2)), tuple({"k": 0}), tuple(x for x in "hi"))
print(dict(), dict(a=1), dict([("a", 1)]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])), dict([["k", "v"]]))
print(sorted(set()), sorted(set("hello")), sorted(set([3, 1, 3])), sorted(set(range(3))), sorted(set({"a": 1})))
print(frozenset() == frozenset([]), sorted(frozenset("aab")), type(frozenset([1])).__name__)
x = [1, 2]
print(list(x) is x, list(x) == x, tuple((1, 2)) == (1, 2), str("s") == "s")
t = (1, 2)
print(tuple(t) is t, str("abc") is not None)
print(int("0b101", 0), int("0o17", 0), int("0x1F", 0), float("0.1") + float("0.2"))
print(list(map(int, ["1", "2"])), list(map(float, ["1", "2.5"])), list(map(str, [1, 2.0])), list(map(bool, [0, 1])))
print(str(123)[::-1], int(str(123)[::-1]), float(str(1.5) + "5"))
print(type(int("5")).__name__, type(float(5)).__name__, type(str(5)).__name__, type(bool(5)).__name__)
print(list("😀a"), tuple(b"ab"), list(bytes(2)), set(b"aab") == {97, 98})
print(dict.fromkeys(range(3), 0), dict(sorted({"b": 1, "a": 2}.items())))
try:
    list(1)
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError:", e)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    str(1, 2)
except TypeError as e:
    print("TypeError:", e)
