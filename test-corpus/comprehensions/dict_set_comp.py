# Checks dict and set comprehensions: key collisions, filters, inversion, nested and conditional values.
print({x: x * x for x in range(6)})
print({c: ord(c) for c in "hello"})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
print({w: len(w) for w in "one two three two one".split() if len(w) > 3})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({x % 5 for x in range(20)}, {c for c in "mississippi"} == set("misp"))
print(sorted({w.lower() for w in ["A", "a", "B", "b", "c"]}))
print({abs(x) for x in range(-3, 4)})
squares = {x * x for x in range(-5, 6)}
print(sorted(squares), len(squares))
nested = {k: {j: k * j for j in range(2)} for k in range(3)}
print(nested, nested[2][1])
counts = {ch: "hello world".count(ch) for ch in sorted(set("hello world")) if ch != " "}
print(counts)
print({i: [j for j in range(i)] for i in range(4)})
keys = ["a", "b", "c"]
values = [1, 2, 3]
print({k: v for k, v in zip(keys, values)}, dict(zip(keys, values)) == {k: v for k, v in zip(keys, values)})
print({k: v for k, v in sorted({"b": 2, "a": 1}.items())})
print({frozenset({i, i + 1}) for i in range(3)} == {frozenset({0, 1}), frozenset({1, 2}), frozenset({2, 3})})
try:
    {[x]: x for x in range(2)}
except TypeError as e:
    print("TypeError:", e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print("TypeError:", e)
