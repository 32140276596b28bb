# Checks enumerate, zip (including strict), map with several iterables, filter, reversed, iter with sentinel, next default.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4), (5, 6)])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip("ab", "cd", strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(map(str.upper, "abc")), list(map(len, ["", "a", "ab"])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "x", [], [0], None, False, True])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda n: n % 2, range(10))), list(filter(None, [])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
data = iter([5, 6, 7, -1, 8])
print(list(iter(lambda: next(data), -1)), list(data))
counter = [0]
def step():
    counter[0] += 1
    return counter[0]
print(list(iter(step, 4)))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__)
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
e = enumerate("ab")
print(iter(e) is e, next(e))
z = zip(range(3), range(10, 13))
print(dict(z), dict(enumerate("xy")))
print(sorted(zip("cab", range(3))), max(enumerate("hello"), key=lambda p: p[1]))
print(all(map(str.isalpha, "abc")), any(map(str.isdigit, "abc")), sum(map(len, ["ab", "cde"])))
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 5)
except TypeError as e:
    print("TypeError:", e)
