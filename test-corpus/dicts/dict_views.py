# Checks dict views: dynamic updates, len, membership, set operations on keys/items, repr and iteration.
d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items, len(keys), len(values), len(items))
d["d"] = 4
del d["a"]
print(keys, values, items)
print("b" in keys, "a" in keys, 2 in values, 9 in values, ("b", 2) in items, ("b", 3) in items)
print(sorted(keys & {"b", "x"}), sorted(keys | {"x"}), sorted(keys - {"b"}), sorted(keys ^ {"b", "z"}))
print(keys == {"b", "c", "d"}, keys <= {"b", "c", "d", "e"}, keys.isdisjoint({"q"}), keys.isdisjoint(["b"]))
print(sorted(items & {("b", 2), ("c", 0)}), sorted(items - {("b", 2)}))
other = {"c": 30, "d": 4}
print(sorted(d.keys() & other.keys()), sorted(d.items() & other.items()))
print(list(map(str.upper, keys)), [v * 10 for v in values], dict(items))
print(type(keys).__name__, type(values).__name__, type(items).__name__)
it = iter(d)
print(next(it))
d["e"] = 5
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in d:
        if k == "b":
            del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
for k in list(d):
    if k in ("c", "e"):
        del d[k]
print(d)
for k in d:
    d[k] = d[k] * 100
print(d)
print(values == values, {"a": 1}.values() == {"a": 1}.values(), {"a": 1}.keys() == {"a": 1}.keys())
print(list(zip(d.keys(), d.values())), sorted(d.items(), reverse=True))
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()) == [])
print(len({"x": 1}.keys() | {"y"}), sorted({1: 0, 2: 0}.keys() - [1]))
