# Uncaught TypeError from calling a function with a missing argument, raised in __init__ via a factory.
# Warm-up: ordinary work before the failure, so the error comes after real output.
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
for row in matrix:
    print("warm-up", row, sum(row))
print("warm-up", [list(col) for col in zip(*matrix)], max(map(max, matrix)))
text = "warm-up text"
print("warm-up", text.title(), text[::-1], len(text))
# Warm-up: ordinary work before the failure, so the error comes after real output.
def running_totals(xs):
    out, acc = [], 0
    for x in xs:
        acc += x
        out.append(acc)
    return out
print("warm-up", running_totals([3, 1, 4, 1, 5, 9, 2, 6]))
words = "the error below is expected".split()
print("warm-up", sorted(words, key=len), {w: len(w) for w in words[:2]})
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def make_points(coords):
    return [Point(*c) for c in coords]
print(len(make_points([(1, 2), (3, 4)])))
pts = make_points([(5, 6), (7,)])
