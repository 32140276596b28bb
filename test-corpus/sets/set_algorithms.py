# Checks sets in algorithms: graph reachability, dedupe preserving order, primes by removal, common items.
graph = {0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [], 5: [1], 6: [0]}
def reachable(start):
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen
for n in [0, 4, 5, 6]:
    print(n, sorted(reachable(n)))
candidates = set(range(2, 60))
for p in range(2, 8):
    candidates -= set(range(p * p, 60, p))
print(sorted(candidates))
lists = [[1, 2, 3, 4], [2, 3, 5], [3, 2, 9, 2]]
common = set(lists[0])
for l in lists[1:]:
    common &= set(l)
print(sorted(common))
everything = set().union(*lists)
print(sorted(everything), len(everything))
text = "the quick brown fox jumps over the lazy dog"
letters = set(text) - {" "}
print(len(letters), letters == set("abcdefghijklmnopqrstuvwxyz"))
print(sorted(set("hello") & set("world")), sorted(set("hello") ^ set("world")))
dupes = {x for x in [1, 2, 2, 3, 3, 3, 4] if [1, 2, 2, 3, 3, 3, 4].count(x) > 1}
print(sorted(dupes))
a = set(range(10))
a -= {x for x in a if x % 3 == 0}
print(a)
print(len({i % 7 for i in range(1000)}), {i * i % 10 for i in range(10)})
