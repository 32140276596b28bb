# Checks float comparisons, truncation towards zero, sorting with mixed types, and float keys.
vals = [2.5, -2.5, 0.5, -0.5, 1.9999999999999998, -1e-300, 3.0, 1e20]
for v in vals:
    print(v, int(v), v.is_integer(), v == int(v), v < int(v), -v)
print(sorted(vals), sorted(vals, key=abs), sorted(vals, reverse=True)[:3])
print(max(vals), min(vals), sum(vals), sum(vals) - 1e20)
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 < 0.30000000000000005, 1.0 < 1.0000000000000002)
print(2.0 ** 63 == 2 ** 63, 2.0 ** 63 > 2 ** 63 - 1, float(2 ** 63 - 1) == 2 ** 63)
print(1e308 < 10 ** 309, 1e308 > 10 ** 308, 1e308 == 10 ** 308)
print(-0.0 < 0.0, -0.0 <= 0.0, 5e-324 > 0, -5e-324 < -0.0)
d = {0.5: "half", 1.0: "one", 2: "two"}
print(d[0.5], d[1], d[2.0], 1 in d, 2.0 in d, 1.5 in d)
print({0.1 + 0.2: 1}.get(0.3, "missing"), {0.3: 1}.get(0.1 + 0.2, "missing"))
s = {1.0, 1, 2.0, 2, 3.5}
print(len(s), sorted(s))
for a, b in [(1.5, 1.5), (1.5, 2), (-1, -1.0), (0.3, 0.1 * 3)]:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
print(float.__eq__(1.0, 1), float.__lt__(1.0, "x"), (1.0).__eq__(None))
print([x / 4 for x in range(-4, 5) if x / 4 == x // 4])
print(3.0 in [1, 2, 3], "%.1f" % 3 in ["3.0"], 0.0 in [-0.0])
