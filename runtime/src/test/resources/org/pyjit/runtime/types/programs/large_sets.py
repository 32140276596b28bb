# Sets past the 50000-element growth rule, with deletions, pops, copies and conversions.
s = set()
for i in range(120000):
    s.add((i * 2654435761) % 1000003)
for i in range(0, 120000, 3):
    s.discard((i * 2654435761) % 1000003)
t = set(s)
u = t.copy()
print(len(s), hash(frozenset(s)), list(s)[:50], list(s)[-50:], list(u)[1000:1050])
p = [s.pop() for _ in range(1000)]
print(p[:50], p[-20:])
w = set(range(100000))
w -= set(range(0, 100000, 2))
print(list(w)[:30], list(w)[-30:])
x = {i * 0.5 for i in range(2000)}
print(list(x)[:40])
print(list({(i, -i) for i in range(3000)})[:30])
d = dict.fromkeys(range(70000))
print(list(set(d))[:20], list(set(d.keys()))[-20:])
