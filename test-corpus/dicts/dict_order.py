# Checks insertion order: reinsertion after delete, updates keep position, popitem LIFO, order in equality.
d = {}
for k in ["banana", "apple", "cherry"]:
    d[k] = len(k)
print(list(d))
d["apple"] = 0
print(list(d.items()))
del d["banana"]
d["banana"] = 1
print(list(d.items()))
d.pop("apple")
d["apple"] = 2
print(list(d))
print(d.popitem(), list(d))
d.update({"cherry": 9, "date": 4})
print(d)
e = {"z": 1, "a": 2}
f = {"a": 2, "z": 1}
print(e == f, list(e) == list(f), list(e), list(f))
g = dict.fromkeys([5, 3, 9, 1])
print(list(g), list(g.keys()) == [5, 3, 9, 1])
big = {}
for i in range(100):
    big[(i * 37) % 101] = i
print(list(big)[:10], list(big)[-5:])
for i in range(0, 100, 2):
    del big[(i * 37) % 101]
print(list(big)[:10], len(big))
for i in range(10):
    big[i * 1000] = i
print(list(big)[-12:])
h = {3: "c"}
h[1] = "a"
h[2] = "b"
print(h, sorted(h), list(reversed(h)))
print({k: v for k, v in sorted(h.items(), key=lambda kv: kv[1], reverse=True)})
