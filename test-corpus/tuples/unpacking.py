# Checks tuple packing/unpacking: swaps, nested targets, starred, returns, loops, and call unpacking.
a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *middle, last = (1, 2, 3, 4, 5)
print(first, middle, last, type(middle).__name__)
*init, = (7, 8)
print(init)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 9, 1])
print(lo, hi, minmax("hello"))
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
points = [(1, 2), (3, 4), (5, 6)]
for px, py in points:
    print(px + py, end=" ")
print()
print(*points)
print([px * py for px, py in points])
def f(p, q, r):
    return p * 100 + q * 10 + r
print(f(*(1, 2, 3)), f(*[4, 5], 6), f(7, *range(2)))
t = 1, 2
u = (*t, 3, *t)
print(u, (*"ab",), (*range(3), *[9]))
m, n = "hi"
print(m, n)
((p1, p2), (p3, p4)) = [[1, 2], "xy"]
print(p1, p2, p3, p4)
head, *tail = "python"
print(head, tail)
a, *b, c = range(2)
print(a, b, c)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = None
except TypeError as e:
    print("TypeError:", e)
