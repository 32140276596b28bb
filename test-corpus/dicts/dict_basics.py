# Checks dicts: literals, insertion order, get/set/del, len, in, iteration, repr, and constructors.
d = {"one": 1, "two": 2, "three": 3}
print(d, len(d), d["two"], "one" in d, 1 in d, "four" not in d)
d["four"] = 4
d["one"] = 100
print(d)
del d["two"]
print(d, list(d))
d["two"] = 2
print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True), dict(zip("abc", range(3))))
print({}, {1: {2: {3: "deep"}}}, {(1, 2): "tuple key", None: "none key", 1.5: "float key"})
nested = {"list": [1, 2], "dict": {"a": 1}}
nested["list"].append(3)
nested["dict"]["b"] = 2
print(nested)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverse = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverse)
d2 = d
d2["new"] = 0
print(d is d2, len(d), d == d2)
d3 = dict(d)
d3["other"] = 1
print(len(d), len(d3), d == d3)
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: "a"} != {1: "b"}, list({2: 0, 1: 0}))
print(repr({"q'": "\n"}), str({1: None}), {True: "yes", False: "no"}[1 == 1])
empty = {}
print(bool(empty), bool({0: 0}), len(empty))
print(dict.fromkeys("abc"), dict.fromkeys(range(3), "x"), dict.fromkeys([]))
x = {"a": [1]}
y = x.copy()
y["a"].append(2)
y["b"] = 3
print(x, y)
