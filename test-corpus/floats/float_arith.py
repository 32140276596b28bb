# Checks float arithmetic: division, floor/mod signs, pow, mixed int/float, and float methods.
print(7.0 / 2, -7.0 / 2, 1 / 3 + 1 / 3 + 1 / 3, 2 / 3 * 3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2))
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 10 ** -2, (-8) ** 2.0, 0.0 ** 0)
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 2.0 ** 1023 * 2 if False else 2.0 ** 1023)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(abs(-2.5), -abs(2.5), +(-0.0), -(1.5))
print(3 * 1.1, 1.1 + 2.2, 3.3 - 1.1, 1.15 * 100, 0.57 * 100)
print(1e16 + 1.0 - 1e16, (1e16 + 1.0) - 1e16 == 0, 1e-16 + 1 == 1)
total = 0.0
for i in range(1, 1001):
    total += 1 / i
print(total)
prod = 1.0
for i in range(1, 171):
    prod *= i
print(prod, prod * 171)
print(int(prod) % 1000, int(1e300) % 1000)
print(5.0.__add__(2), 5.0.__radd__(2), (5.0).__truediv__(2), (2.0).__pow__(3), (2.0).__rpow__(3))
print(1.5.__floor__() if hasattr(1.5, "__floor__") else "no __floor__", (2.5).__trunc__())
print(float.__name__, type(1.5 + 1).__name__, type(3 / 1).__name__, isinstance(1.0, float))
print((1.5).real, (1.5).imag, (1.5).conjugate(), float(7).hex())
xs = [3.5, -1.25, 2.0, 0.1, -0.0, 1e-9]
print(sorted(xs), max(xs), min(xs), sum(xs))
print([x * x for x in xs])
print(0.1 * 0.1, 0.1 ** 2, 1 / 0.1, 1 / 0.3)
print(100 * 1.1, 1.1 * 100 == 110, round(100 * 1.1, 10))
print(7 / -0.5, -0.5 // 0.2, 0.5 % 0.2, 1.0 % 0.1, 3.0 % 0.5)
