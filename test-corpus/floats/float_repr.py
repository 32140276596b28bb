# Checks float repr: shortest round-trip digits, exponent thresholds, and str() agreeing with repr().
values = [0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 1.0, 10.0, 100.0, 1e15, 1e16, 1e17,
          123456789012345678.0, 1e22, 1e23, 1.5e300, 1e-4, 1e-5, 1e-7, 0.0001234,
          0.00001234, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          3.141592653589793, 2.718281828459045, 0.1 * 3, 1.1 * 1.1, 9007199254740993.0,
          123.456, -0.5, 1e100, 12345678901234567.0, 0.5e-6, 4.35, 2.675, 100.0 / 3]
for v in values:
    print(repr(v), str(v), v)
print(float(1), float(-7), float("1.50"), float("  -2.5e3 "))
print(0.1 + 0.7, 0.7 - 0.1, 3 * 0.1, 0.3 / 0.1, 1 - 0.9)
print(1e16 + 1, 1e16 + 2, 2 ** 0.5 * 2 ** 0.5)
print(sum([0.1] * 10), 0.1 * 10)
x = 1.0
for i in range(10):
    x /= 7
print(x)
print([i / 10 for i in range(11)])
print([1 / 2 ** i for i in range(0, 60, 7)])
print([10.0 ** i for i in range(14, 18)], [10.0 ** -i for i in range(3, 7)])
print(float("1e500"), float("-1e500"), float("1e-500"), float("-1e-500"))
print(1.0 == 1, 0.5 + 0.25, 7.0 // 2, 7.0 % 2.5)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2))
print(f"{0.1:.20f}", f"{1/3:.17g}", f"{0.1+0.2!r}")
