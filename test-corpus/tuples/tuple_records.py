# Checks tuples as records: multiple returns, tuple(), zip, enumerate, sorting records, and counting.
def divide(a, b):
    return a // b, a % b
q, r = divide(17, 5)
print(q, r, divide(17, 5), type(divide(1, 1)).__name__)
def stats(values):
    n = len(values)
    mean = sum(values) / n
    return n, min(values), max(values), mean
print(stats([4, 8, 15, 16, 23, 42]))
n, *_, mean = stats([1, 2, 3])
print(n, mean)
records = [("widget", 3, 2.5), ("gadget", 1, 10.0), ("doohickey", 7, 0.75)]
for name, qty, price in records:
    print(f"{name:10} {qty:3} {price:6.2f} {qty * price:7.2f}")
print(sorted(records, key=lambda rec: rec[1] * rec[2]))
names, qtys, prices = zip(*records)
print(names, qtys, prices)
print(tuple(enumerate("abc")), tuple(zip((1, 2), "xy", [True, False])))
print(tuple(x * x for x in range(5)), tuple(map(len, ["a", "bb"])), tuple({3: 0, 1: 0}))
point = (3, 4)
print("distance^2", point[0] ** 2 + point[1] ** 2)
moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
pos = (0, 0)
for dx, dy in moves * 2:
    pos = (pos[0] + dx, pos[1] + dy)
    print(pos, end=" ")
print()
t = tuple(range(10))
print(t[2:8:2], t[::-3], len(t), t.index(7), t.count(11))
print(tuple(sorted((3, 1, 2), reverse=True)), tuple(reversed((1, 2, 3))))
nested = ((1, 2), (3, 4))
print(tuple(a + b for a, b in nested), sum(map(sum, nested)))
