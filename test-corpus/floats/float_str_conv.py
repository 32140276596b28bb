# Checks float to text: str/repr/format defaults, %-style, and round trips through strings.
nums = [0.0, 1.0, -1.5, 0.1, 1 / 3, 1e16, 1.23e-5, 123456.789, 1e21, 1e-4, 2.5e-7, 1e300 * 1e10]
for x in nums:
    print(str(x), "%s" % x, "%r" % x, "%f" % x, "%g" % x, "%e" % x, "%.3g" % x, format(x))
for x in nums:
    print(f"{x}|{x:g}|{x:.2f}|{x:10.3e}|{x:<12g}|{x:+.1f}")
for x in nums[:10]:
    print(float(repr(x)) == x, float(str(x)) == x, float("%.17g" % x) == x)
print(str(1e15), str(1e16), str(123456789012345.6), str(1234567890123456.7))
print(str(0.0001), str(0.00001), str(-0.00001))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%.2f %.2f %.2f" % (2.675, 1.005, 0.125))
print("%5.1f|%-8.2f|%08.3f|%+.2e" % (3.14159, 2.5, -1.5, 12345.678))
print("{:.10f} {:.15g} {:.17g}".format(0.1, 0.1, 0.1))
print(format(1e16, ".0f"), format(2 ** 0.5, ".30f"))
print(str(1.0e-5 * 3), repr(2.0 ** -1074), str(2.0 ** 1023), str(-1e-300))
print(["%.1f" % (i / 20) for i in range(11)])
print([f"{i / 8:.2f}" for i in range(9)])
print(float("%.3f" % 2.0005), float(format(0.1 + 0.2, ".15f")), repr(float("0.30000000000000004")))
print(format(-1.5e-7, "g"), format(1.5e-7, ".3e"), format(123e45, ".4g"), format(1e-320, "g"))
