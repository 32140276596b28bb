# Checks set algebra: | & - ^ and their methods, in-place forms, subset/superset tests, isdisjoint.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection([1, 2], {2}), a.difference([1], [2]))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, a > {1})
print({1, 2}.issubset([1, 2, 3]), a.issuperset(range(1, 3)), a.isdisjoint(b), a.isdisjoint({9}))
c = set(a)
c |= {10}
print(sorted(c))
c &= {1, 2, 10, 11}
print(sorted(c))
c -= {1}
print(sorted(c))
c ^= {2, 3}
print(sorted(c))
d = {1, 2, 3}
d.update([4], {5})
print(d)
d.intersection_update({1, 2, 3, 4, 9})
print(d)
d.difference_update([1])
print(d)
d.symmetric_difference_update({4, 5})
print(d)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a <= [1]
except TypeError as e:
    print("TypeError:", e)
fs = frozenset({1, 2})
print(fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__, fs & {2}, fs - {1})
print(frozenset({1}) == {1}, {1} == frozenset({1}), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
cache = {frozenset({1, 2}): "one-two"}
print(cache[frozenset({2, 1})])
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens - threes), sorted(evens ^ threes), len(evens | threes))
print(set().union(), set().intersection({1}), {1, 2}.difference(), set.union({1}, {2}))
