# tuple + tuple and list + list on exact types (the operator's direct path) against subclasses
# with __add__/__radd__, += on lists extending in place, empty-operand identity, and sorting by
# tuple and str keys (mixed item types, equal prefixes, different lengths).
a, b, e = (1, 2), (3,), ()
print(a + b, e + a, a + e, (e + a) is a, (a + e) is a, (e + e) is e)
try:
    print(a + [1])
except TypeError as x:
    print("TypeError", x)


class T(tuple):
    def __radd__(self, other):
        return "T.__radd__"


class U(tuple):
    pass


print(a + T((9,)), type(a + U((9,))).__name__, (e + U((5,))) is e, type(U((5,)) + e).__name__)
l1, l2 = [1], [2, 3]
alias = l1
l1 += l2
print(l1, alias is l1, l1 + l2, (l1 + []) is l1, type([] + l2).__name__)


class L(list):
    def __radd__(self, other):
        return "L.__radd__"


print([0] + L([1]), L([1]) + [0])
t = (1,)
t0 = t
t += (2,)
print(t, t0, t is t0)

words = ["b", "a", "ab", "ba", "", "abc", "\U0001f600", "\ue000", "B", "aa"]
print(sorted(words, key=lambda w: (len(w), w[::-1])))
print(sorted(words), sorted(words, reverse=True))
keys = [(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0), (1.5, "x"), (True, "c"), (1, 2.5), ()]
try:
    print(sorted(keys))
except TypeError as x:
    print("TypeError", x)
print(sorted(keys[:5] + keys[6:7] + keys[8:]))
print(sorted([(2, [1]), (1, [3]), (2, [0])]), sorted([(0, None), (1, None)]))
try:
    sorted([(0, None), (0, None), (0, 1)])
except TypeError as x:
    print("TypeError", x)
nan = float("nan")
print(sorted([(1, nan), (0, nan), (1, 0.5)]), sorted([("x", 1), ("x", 1.0), ("w", 2)]))
