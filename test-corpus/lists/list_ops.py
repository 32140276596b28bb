# Checks list operators and builtins over lists: +, *, in, comparisons, min/max/sum, unpacking, errors.
a, b = [1, 2, 3], [4, 5]
print(a + b, b + a, a * 2, [0] * 4, 3 in a, 7 not in a, [2, 3] in [[2, 3]], [] * 5)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1] < [1, 0], [2] > [1, 9], [] < [0])
print(min(a), max(a), sum(a), sum(a, 10), sum([[1], [2]], []), len(a + b))
print(list(map(str, a)), list(filter(None, [0, 1, "", "x", None])), list(zip(a, b)))
print(list(reversed(a)), list(enumerate(b, 1)), sorted(a + b, reverse=True))
print(*a, sep="|")
first, *rest = a + b
print(first, rest)
print([*a, *b, 6], [*"hi", *range(2)])
for bad in [lambda: a + (1,), lambda: a + "x", lambda: a * 1.5, lambda: a - b, lambda: a < ["x"]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    a += 5
except TypeError as e:
    print("TypeError:", e)
a += (7, 8)
print(a)
a += "xy"
print(a)
print(list(range(3)) * 2, [[0] * 2] * 2, [i for i in a if isinstance(i, int)])
x = [1, 2, 3]
y = x
x += [4]
print(y, x is y)
x = x + [5]
print(y, x is y)
print([1, 2, 3].__len__(), [1, 2].__contains__(2), [1].__add__([2]), [3].__mul__(2), [1, 2].__getitem__(-1))
print(list.__name__, type([]).__name__, isinstance([], list), [] is not [])
m = [[1, 2], [3, 4]]
print([row[:] for row in m], [list(col) for col in zip(*m)], sum(sum(r) for r in m))
print(hash((1, 2)) == hash((1, 2)))
try:
    hash([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
