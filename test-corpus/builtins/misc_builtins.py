# Checks any/all, sorted/reversed results, isinstance/issubclass, type(), object(), super, format and repr builtins.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 2 for x in [1, 3]), all(c.isalpha() for c in "abc1"))
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({2: 0, 1: 0}), sorted([1, 2, 3], reverse=True))
print(isinstance(3, int), isinstance(3, (str, float)), isinstance("s", str), issubclass(int, (str, object)))
print(type(3), type("s"), type([]), type(None), type(type), type(len), type(object()))
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), hasattr(o, "__dict__"))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(format(3.14159, ".3"), format(12, "5d") + "|", format("txt", "^7") + "|", format(1e6, ".2e"), format(True), format(3, ""))
print(repr(1), repr("1"), repr([1, "1"]), repr(1.0), repr(None), repr(range(3)), repr(slice(1, 2)))
print(len([1, 2]), len("abc"), len({1: 2}), len(set()), len(range(10)), len(b"xy"), len((1,)))
print(abs(-1), round(1.5), divmod(7, 2), pow(2, 5), min(1, 2), max(1, 2), sum([1, 2]))
print(list(range(3)), list(range(1, 4)), list(range(0, 10, 5)), range(3)[1])
print(str(list(map(lambda x: x + 1, [1]))), list(filter(bool, [0, 1])), list(zip("a", "b")), list(enumerate("a")))
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
print(B().who(), super(B, B()).who())
print(callable(super), callable(property), isinstance(property(), property))
print(chr(65), ord("A"), hex(65), oct(65), bin(65))
print(iter([1]).__class__.__name__, next(iter("z")), type(reversed([])).__name__)
print(dir(A) == sorted(dir(A)), "who" in dir(A), type(dir()).__name__)
print(getattr(A, "who")(A()), hasattr(A, "who"), vars(A)["who"].__name__)
print(staticmethod.__name__, classmethod.__name__, property.__name__, object.__name__, super.__name__)
