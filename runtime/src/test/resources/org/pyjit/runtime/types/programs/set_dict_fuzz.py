# Random operations on sets, dicts and lists (a fixed LCG): every repr must equal CPython's.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
out = []
for trial in range(60):
    s = set()
    f = set()
    d = {}
    l = []
    for step in range(rnd(400)):
        op = rnd(14)
        x = rnd(300) - 100
        if rnd(5) == 0:
            x = x * 1000003
        if rnd(7) == 0:
            x = (x, rnd(3))
        if rnd(9) == 0:
            x = x / 4 if isinstance(x, int) else x
        if op < 4:
            s.add(x)
        elif op == 4:
            s.discard(x)
        elif op == 5 and s:
            out.append(repr(s.pop()))
        elif op == 6:
            f.add(x)
        elif op == 7:
            s |= f
        elif op == 8:
            s -= {x, x + 1} if not isinstance(x, tuple) else {x}
        elif op == 9:
            s = s ^ f
        elif op == 10:
            s &= set(list(s)[: len(s) // 2 + 1] + list(f))
        elif op == 11:
            d[x] = step
        elif op == 12 and d:
            k = list(d)[rnd(len(d))]
            del d[k]
        else:
            l.insert(rnd(len(l) + 1), x)
            if len(l) > 50:
                del l[rnd(len(l)):rnd(len(l)) + 3]
    out.append(repr(s))
    out.append(repr(frozenset(s) | frozenset(f)))
    out.append(repr(s.union(f, d)))
    out.append(repr(s.difference(d)))
    out.append(repr(s.intersection(d.keys())))
    out.append(repr(set(d)))
    out.append(repr(d))
    out.append(repr(d.keys() & s))
    out.append(repr(d.keys() | f))
    out.append(repr(d.keys() - f))
    out.append(repr(d.keys() ^ s))
    out.append(repr(sorted(x for x in l if not isinstance(x, tuple))))
    out.append(repr(sorted(l, key=lambda v: v[0] if isinstance(v, tuple) else v)))
    out.append(str(hash(frozenset(s))))
    out.append(repr({frozenset({a}) for a in s}))
print("\n".join(out))
