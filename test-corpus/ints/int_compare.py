# Checks int comparisons with floats, bools and big values, and int/float conversions.
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -10 ** 400 > float("-inf"))
print(3 < 3.5 < 4, -1 < -0.5, 0 == -0.0, 0 == 0.0)
print(float(2 ** 63), float(10 ** 20), float(-(2 ** 70)))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400 + 1) % 10)
print(7 / 7, type(7 / 7).__name__, 2 ** -2, type(2 ** -2).__name__)
print(int(1e15), int(1.5e16), int(-2.5e-3))
print(True < 2, False < True, True == 1.0, max(1, True), max(True, 1))
print(sorted([3, 1.5, True, 0, -2.5, 2 ** 65]))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print(5 .__eq__(5.0), (5).__eq__("5"), (5).__lt__(6.5))
print(1 != 1.0000000000000002, 9007199254740993 == 9007199254740992.0)
print([x for x in range(-3, 4) if x], [abs(x) for x in range(-3, 1)])
print(min(3, 2.5, 4), max([1, 2.0, 2]), max([2, 2.0]), max([2.0, 2]))
i = 0
while i < 2 ** 64:
    i = i * 2 + 1
print(i, i == 2 ** 64 * 2 - 1)
print(0 < 1 < 10 ** 30 < 1e31 < 10 ** 32)
