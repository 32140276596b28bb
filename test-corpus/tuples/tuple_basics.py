# Checks tuples: literals, singletons, indexing, slicing, immutability, concatenation, nesting.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], (), (1,), tuple(), tuple([1, 2]), tuple("ab"))
single = 5,
print(single, type(single).__name__, (5), type((5)).__name__)
print(t + (4, 5), t * 2, 2 in t, 9 not in t, t == (1, 2, 3), t < (1, 2, 4), (1, 2) < (1, 2, 0))
nested = (1, (2, (3, 4)), [5, 6])
print(nested, nested[1][1][1], nested[2])
nested[2].append(7)
print(nested)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    nested[2] += [8]
except TypeError as e:
    print("TypeError:", e)
print(nested)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    t[3]
except IndexError as e:
    print("IndexError:", e)
try:
    t + [4]
except TypeError as e:
    print("TypeError:", e)
print(t.count(2), t.index(3), (1, 1, 2, 1).count(1), ("a", "b", "a").index("a", 1))
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
x = t
x += (4,)
print(t, x, x is t)
print(repr(()), repr((None,)), str((1.5, "s")), tuple(range(3)), tuple(x * 2 for x in t))
print(min(t), max(t), sum(t), sorted((3, 1, 2)), list(reversed(t)))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), (1, 2) != None)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(tuple.__name__, isinstance(t, tuple), type(t) is tuple, ((1, 2),)[0][1])
