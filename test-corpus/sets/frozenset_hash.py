# Checks frozenset: immutability, hashing, nesting in sets and dict keys, and methods returning frozensets.
fs = frozenset([3, 1, 2])
print(fs, len(fs), sorted(fs), 1 in fs, type(fs).__name__)
print(fs.union({4}), fs.intersection([1, 5]), fs.difference({1}), fs.symmetric_difference({1, 9}))
print(fs.copy() is fs, fs.issubset({1, 2, 3, 4}), fs.issuperset({1}), fs.isdisjoint({7}))
print(frozenset(), frozenset(""), frozenset(range(3)) == {0, 1, 2})
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(name, hasattr(fs, name))
groups = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(groups), sorted(sorted(g) for g in groups))
pairs = {}
for a in range(3):
    for b in range(3):
        if a != b:
            key = frozenset({a, b})
            pairs[key] = pairs.get(key, 0) + 1
print(sorted((sorted(k), v) for k, v in pairs.items()))
s = {1, 2}
try:
    {s}
except TypeError as e:
    print("TypeError:", e)
print({frozenset(s)}, frozenset({frozenset({1})}))
print(frozenset({1, 2}) | frozenset({2, 3}), frozenset({1}) < frozenset({1, 2}))
print(hash(frozenset()) == hash(frozenset()), frozenset([1]) == frozenset([1.0]))
