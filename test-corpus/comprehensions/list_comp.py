# Checks list comprehensions: filters, nested loops, conditional expressions, nesting, and evaluation order.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([x if x % 2 else -x for x in range(6)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([c.upper() for c in "hello" if c != "l"])
print([len(w) for w in "the quick brown fox".split()])
print([(i, c) for i, c in enumerate("abc")])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([x for x in [] if x], [[]for _ in range(2)])
order = []
def src(n):
    order.append("src%d" % n)
    return range(n)
def cond(x):
    order.append("cond%d" % x)
    return x > 0
def val(x):
    order.append("val%d" % x)
    return x
print([val(x) for x in src(3) if cond(x)])
print(order)
words = ["apple", "Banana", "cherry", "date", "Elder"]
print([w for w in words if w[0].isupper()], [w[::-1] for w in words if len(w) > 4])
print(sorted([w.lower() for w in words], key=len))
print([i for i in range(30) if all(i % p for p in range(2, i)) and i > 1])
print([[x for x in range(y)] for y in range(4)])
print(sum([x for x in range(101)]), len([1 for _ in "abcdef"]))
print([str(x) + "!" for x in (1, 2.5, None, "s")])
print([f(3) for f in [abs, str, float, lambda v: v * 2]])
