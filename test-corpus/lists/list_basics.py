# Checks list creation, indexing, slicing, mutation, len, nesting, aliasing and copies.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], a[1:], a[:-1], a[::-1], list(), list("abc"), list(range(4)), list((1, 2)))
a.append(4)
a[0] = 10
print(a)
b = a
b.append(5)
print(a, b, a is b)
c = a[:]
c.append(6)
print(a, c, a is c, a == c[:-1])
nested = [[1, 2], [3, [4, 5]], []]
print(nested, nested[1][1][0], len(nested), len(nested[2]))
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
shared = [[0] * 3] * 3
shared[0][0] = 1
print(shared, shared[0] is shared[1])
mixed = [1, "two", 3.0, None, True, [6], (7,), {8: 8}]
print(mixed, [type(x).__name__ for x in mixed])
x = [0] * 5
for i in range(5):
    x[i] = i * i
print(x, x[-2], x[1:4], sum(x))
x[1:3] = []
print(x)
x[1:1] = [100, 200]
print(x)
x[:] = "ab"
print(x)
e = []
print(e, bool(e), e == [], len(e), e[:5], e[::-1])
lst = [3, 1, 2]
lst2 = lst + [9]
lst += [8]
print(lst, lst2)
lst *= 2
print(lst)
print([1, [2, [3, [4]]]], str([1.5, "s", None]), repr(["q'"]))
rec = [1, 2]
rec.append(rec)
print(rec, len(rec), rec[2] is rec)
print([1, 2] * 0, [None] * 3, list(list([1])))
