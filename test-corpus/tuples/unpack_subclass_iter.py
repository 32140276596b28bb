# Unpacking and extending from tuple and list subclasses goes through their own __iter__ (CPython's
# fast paths are for the exact types only); plain subclasses unpack their items.
class T(tuple):
    def __iter__(self):
        return iter(("from", "iter"))


class L(list):
    def __iter__(self):
        return iter([-1, -2])


class Plain(tuple):
    pass


a, b = T((5, 6))
c, d = L([7, 8])
e, f = Plain((9, 10))
print(a, b, c, d, e, f)
first, *rest = T((1, 2, 3))
print(first, rest)
x = [0]
x.extend(L([3, 4, 5]))
x += T((6,))
print(x, [*T((1,)), *L([2])], (*L([1, 2, 3]),))
try:
    p, q, r = T((1, 2, 3))
except ValueError as err:
    print("ValueError", err)
for m, n in [T((0, 0)), L([0, 0]), (3, 4)]:
    print(m, n)
