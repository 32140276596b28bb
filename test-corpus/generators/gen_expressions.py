# Checks generator expressions: laziness, single use, sum/any/all consumers, scoping of the first iterable.
evaluated = []
def track(x):
    evaluated.append(x)
    return x * x
gen = (track(x) for x in range(5))
print(evaluated, type(gen).__name__)
print(next(gen), evaluated)
print(list(gen), evaluated)
print(list(gen))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), min(x % 7 for x in range(3, 10)))
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in [1, 5, 0]), any(()), all(()))
checked = []
def pred(x):
    checked.append(x)
    return x > 2
print(any(pred(x) for x in [1, 2, 3, 4, 5]), checked)
print(sorted((w for w in "banana apple cherry".split()), key=len))
print(dict((k, len(k)) for k in ["xx", "y"]), set(c for c in "hello"), tuple(i for i in range(3)))
print(" ".join(str(i) for i in range(5)), list(x for x in "ab" for _ in range(2)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
xs = [1, 2, 3]
g2 = (x * 10 for x in xs)
xs = [100]
print(list(g2))
ys = [1, 2]
g3 = (y for y in ys)
ys.append(3)
print(list(g3))
try:
    bad = (1 / x for x in [1, 0])
    print("gen created")
    print(list(bad))
except ZeroDivisionError as e:
    print("ZeroDivisionError when consumed:", e)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
print(sum(1 for _ in range(1000)), len(list(x for x in range(10) if x % 3 == 0)))
