# Checks inf, nan and negative zero: arithmetic, comparisons, repr, and conversions.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, repr(inf), str(nan))
print(float("Infinity"), float("-INF"), float("NaN"), float("-nan"), float("+inf"))
print(inf + 1, inf * 2, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan is nan)
print(inf == inf, inf > 10 ** 400, -inf < -10 ** 400, inf == float("inf"))
print(nan + 1, nan * 0, max(1.0, 2.0), min(inf, 5))
print([nan] == [nan], nan in [nan], (nan,) == (nan,))
n2 = float("nan")
print([nan] == [n2], nan in [n2])
z = -0.0
print(z, 0.0, -0.0 == 0.0, repr(-0.0), str(-0.0), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 1)
print(0.0 * -1, -(0.0), abs(-0.0), round(-0.4), round(-0.4, 1), -0.0 // 1, 0.0 / -5)
print(1 / 1e-320 if False else 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(int(-0.0), float(int(-0.0)), 5e-324 / 2, 5e-324 * 0.5)
print(inf > nan, inf < nan, sorted([3.0, -inf, inf, 0.0, -0.0]))
print(float("inf") == 1e309, 1e309, -1e309)
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0))
print(inf // 1, inf % 2 if False else "skip", -7.0 % inf, 7.0 % -inf)
for bad in [lambda: int(inf), lambda: int(nan), lambda: round(inf), lambda: round(nan)]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(inf, 2), round(nan, 2), round(-0.0, 3))
d = {nan: 1}
print(d[nan], nan in d, n2 in d)
print(f"{inf:.2f} {nan:f} {-inf:e} {-0.0:.1f} {inf:10}|{nan:<6}|")
print(float("  nan  "), float("-iNfInItY"))
for s in ["nan1", "in f", "--1", "1e", "."]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
