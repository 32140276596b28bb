# Checks dict methods: get/setdefault/pop/popitem/update/clear/copy/keys/values/items/fromkeys.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", "default"), d.get("a", "unused"))
print(d.setdefault("a", 99), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("zz", "fallback"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d.popitem(), d)
d.update({"x": 10, "a": -1})
print(d)
d.update([("y", 20)], z=30)
print(d)
d.update(w=0)
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
c = d.copy()
d.clear()
print(d, c, len(c))
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.update(5)
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
print(dict.fromkeys(["k1", "k2"], []), {}.fromkeys("ab", 0))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(sorted(c), sorted(c.values()), sum(c.values()), max(c, key=c.get), min(c.items(), key=lambda kv: kv[1]))
print(len(c), c.__len__(), c.__contains__("x"), c.__getitem__("x"))
c.__setitem__("q", 1)
c.__delitem__("x")
print(c, reversed(c).__class__.__name__, list(reversed(c)))
print(list(reversed(c.items())), list(reversed(c.values())))
