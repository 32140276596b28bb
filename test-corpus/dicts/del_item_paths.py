# del d[k] on plain dicts (the direct path) and on dict subclasses with and without their own
# __delitem__; missing keys raise KeyError with the key (tuples wrapped as CPython shows them).
d = {i: i * i for i in range(10)}
d[(1, 2)] = "t"
d["s"] = 1
for k in [3, 3.0, True, (1, 2), "s"]:
    try:
        del d[k]
        print("deleted", repr(k), len(d))
    except KeyError as e:
        print("KeyError", repr(e), e.args)
for k in [3, (5, 6), "nope", (), None]:
    try:
        del d[k]
    except KeyError as e:
        print("KeyError", repr(e), e.args)
try:
    del d[[1]]
except TypeError as e:
    print("TypeError", e)


class Logged(dict):
    def __delitem__(self, key):
        print("Logged.__delitem__", key)
        super().__delitem__(key)


class Plain(dict):
    pass


for cls in (Logged, Plain):
    x = cls(a=1, b=2)
    del x["a"]
    try:
        del x["zz"]
    except KeyError as e:
        print(cls.__name__, "KeyError", e)
    print(cls.__name__, x)

# deleting while iterating is still detected
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
# churn: inserts and deletes keep insertion order and sizes
t = {}
for i in range(2000):
    t[i % 37] = i
    if i % 3 == 0:
        del t[i % 37]
print(len(t), list(t)[:8], sum(t.values()))
