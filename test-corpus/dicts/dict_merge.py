# Checks dict merging: | and |=, ** unpacking in literals and calls, update order, and key precedence.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
print({**a, **b}, {**b, **a}, {**a, "y": 99}, {"y": 99, **a}, {**{}, **{}})
def show(**kwargs):
    return sorted(kwargs.items())
print(show(**a), show(**a, z=3), show(**a, **{"k": "v"}))
try:
    show(**a, **{"x": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1])
except TypeError as e:
    print("TypeError:", e)
defaults = {"color": "red", "size": "M", "qty": 1}
override = {"size": "L", "qty": 3}
final = {**defaults, **override, "note": None}
print(final, list(final))
merged = {}
for part in [{"a": 1}, {"b": 2}, {"a": 3, "c": 4}]:
    merged.update(part)
print(merged)
d = {"k": 1}
d2 = d | {}
print(d2, d2 is d, d2 == d)
print(dict(a, y=0, q=1), dict(**a), dict(a.items() | b.items()) == {"x": 1, "y": 2, "z": 30} or "order varies")
