# Checks assignment forms: chained, tuple unpacking, starred targets, swaps, augmented, subscripts.
a = b = c = 7
print(a, b, c)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, *b, c = [1, 2]
print(a, b, c)
[m, n] = "mn"
print(m, n)
lst = [0, 0, 0, 0]
lst[0], lst[1] = 10, 20
print(lst)
i = 0
i, lst[i] = 2, 99
print(i, lst)
d = {}
d["k"] = d["j"] = 1
print(d)
s = [1, 2, 3, 4, 5]
s[1:3] = ["a", "b", "c"]
print(s)
t = [[1, 2], [3, 4]]
t[1][0] += 100
print(t)
for (k, v) in [("one", 1), ("two", 2)]:
    print(k, v)
for i, (u, w) in enumerate([(1, 2), (3, 4)]):
    print(i, u, w)
try:
    u, w = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, w, z = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    u, *w, z = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    u, w = 5
except TypeError as e:
    print("TypeError:", e)
counter = 0
counter += 1
counter += 1
print("counter", counter)
name: str = "annotated"
print(name)
