# Checks sets: literals, set(), membership, add/discard/remove/pop, len, dedupe, frozenset basics.
s = {3, 1, 2, 3, 1}
print(s, len(s), 1 in s, 5 in s, 5 not in s)
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.discard(2)
print(s)
s.remove(3)
print(s)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError:", e)
print(set(), set([1, 2, 2]), set("aab") == {"a", "b"}, set(range(5)), set((1, 1)))
print(sorted(set("mississippi")), len(set("mississippi")))
e = set()
print(e, bool(e), len(e), type({}).__name__, type(set()).__name__)
try:
    e.pop()
except KeyError as err:
    print("KeyError:", err)
c = {5, 6}
popped = c.pop()
print(popped in (5, 6), len(c))
c.clear()
print(c)
words = ["b", "a", "c", "a", "b"]
print(sorted(set(words)), len(set(words)))
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
fs = frozenset([1, 2, 3])
print(fs, len(fs), 2 in fs, frozenset(), frozenset("aa") == frozenset({"a"}))
try:
    fs.add(4)
except AttributeError as err:
    print("AttributeError:", err)
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), {1} != {1, 2}, set([1.0, 1, True]))
for x in {0, 1, 2, 3}:
    print("item", x)
try:
    {[1, 2]}
except TypeError as err:
    print("TypeError:", err)
try:
    set([{}])
except TypeError as err:
    print("TypeError:", err)
print({(1, 2), (1, 2), (2, 1)} == {(1, 2), (2, 1)}, len({(1, 2), (1, 2)}))
print(repr({7}), str({0, 1}), {frozenset({1})}, sorted({-1, -5, 3}))
original = {1, 2, 3}
clone = original.copy()
clone.add(4)
print(sorted(original), sorted(clone), clone is original, type(clone).__name__)
