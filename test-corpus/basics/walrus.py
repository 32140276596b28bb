# Checks assignment expressions (:=) in if, while, comprehensions and calls.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print("n after if", n)
values = iter([5, 4, 0, 7])
while (v := next(values)) != 0:
    print("got", v)
print("stopped at", v)
squares = [y for x in range(6) if (y := x * x) % 2 == 0]
print(squares, "y leaked:", y)
print((z := 10) + z)
print(z)
def f(a):
    return a * 2
print([r for x in data if (r := f(x)) > 7])
print("r is", r)
total = 0
chunks = [[1, 2], [], [3], [4, 5, 6]]
for c in chunks:
    if (k := len(c)) == 0:
        print("empty chunk")
        continue
    total += k
print("total", total)
print(any((hit := x) > 8 for x in data), "hit", hit)
print(all((miss := x) < 9 for x in data), "miss", miss)
def g():
    [q := i for i in range(3)]
    return q
print(g())
a = (b := 3, 4)
print(a, b)
print(f"{(w := 7)} then {w * 2}")
