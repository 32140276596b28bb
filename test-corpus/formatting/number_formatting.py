# Checks number-to-text formatting used in reports: tables, percentages, alignment of mixed values, thousands.
rows = [("alpha", 1234.5, 0.1234), ("beta", -17.25, 0.5), ("gamma", 1000000.0, 0.000123), ("delta", 0.0, 1.0)]
print(f"{'name':<8}{'amount':>15}{'share':>10}")
for name, amount, share in rows:
    print(f"{name:<8}{amount:>15,.2f}{share:>10.1%}")
total = sum(r[1] for r in rows)
print(f"{'total':<8}{total:>15,.2f}")
print("=" * 33)
for n in [0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567]:
    print(f"{n:>12,} {n:>12_} {n:>+12} {n:012d} {n:#12x}")
for f in [0.1, 0.25, 1 / 3, 2 / 3, 1.0, 1.5e-5, 123.456]:
    print(f"{f:8.3f} {f:10.2e} {f:8.2%} {f:10g} {round(f, 2)!s:>8}")
def human(nbytes):
    for unit in ["B", "KiB", "MiB", "GiB"]:
        if nbytes < 1024:
            return f"{nbytes:.1f} {unit}"
        nbytes /= 1024
    return f"{nbytes:.1f} TiB"
print([human(n) for n in [0, 512, 1024, 1536, 10 ** 6, 10 ** 9, 10 ** 13]])
print("{:,}".format(10 ** 12), "{:.3f}".format(2 / 3), "%.4f" % (22 / 7), str(round(22 / 7, 4)))
print(f"{12:3}|{123456:3}|{'toolong':3}|")
