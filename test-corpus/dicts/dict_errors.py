# Checks dict error cases: missing keys, mutation during iteration, bad constructors, and __missing__.
d = {"a": 1}
tests = [
    ("missing key", lambda: d["b"]),
    ("missing int key", lambda: d[42]),
    ("missing tuple key", lambda: d[(1, "x")]),
    ("pop missing", lambda: d.copy().pop("nope")),
    ("popitem empty", lambda: {}.popitem()),
    ("unhashable", lambda: d[[1, 2]]),
    ("dict of int", lambda: dict(5)),
    ("dict of strs", lambda: dict(["ab", "cde"])),
    ("dict bad seq", lambda: dict([1, 2])),
    ("fromkeys none", lambda: dict.fromkeys(None)),
    ("add dicts", lambda: d + d),
    ("compare dicts", lambda: d < d),
    ("attribute", lambda: d.has_key("a")),
    ("call", lambda: d("a")),
]
for name, fn in tests:
    try:
        print(name, "->", fn())
    except Exception as e:
        print(name, "->", type(e).__name__ + ":", e)
class Counter(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0
c = Counter()
c["x"] += 1
c["x"] += 1
print(c, c["y"], "y" in c, c.get("z"))
class Default(dict):
    def __missing__(self, key):
        value = self[key] = [key]
        return value
df = Default()
df["a"].append(1)
print(df)
src = {"k1": 1, "k2": 2}
try:
    for k in src:
        src[k + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(src))
