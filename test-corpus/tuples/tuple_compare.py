# Checks tuple comparison (lexicographic), use as dict keys and in sets, and tuples in sorting.
pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((2,), (1, 9)), ((), (0,)), ((1, "a"), (1, "b")),
         ((1, 2, 3), (1, 2)), ((0.5, 1), (0.5, 1.0)), (("a", 1), ("a", 1))]
for p, q in pairs:
    print(p, q, p == q, p != q, p < q, p <= q, p > q, p >= q)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print((1, "a") < (2, 3), (1, 2) == (1, "x"))
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (3, 3) in grid, len(grid))
visited = {(0, 0), (0, 1), (0, 0)}
print(len(visited), sorted(visited))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(1, 9), (2, 0), (1, 10)]), min([(3,), (1, 2), (1,)]))
print((1, 2) == [1, 2], tuple([1, 2]) == (1, 2), (1,) + (2,) == (1, 2))
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), [t] == [t])
print(hash((1, 2)) == hash((1.0, 2.0)), {(1, 2): "a"}[(1.0, 2.0)])
counts = {}
for word in "a b a c b a".split():
    key = (word, len(word))
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))
