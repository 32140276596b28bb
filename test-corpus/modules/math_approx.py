# Checks transcendental math functions with results rounded to 10 places (and -0.0 folded to 0.0), so libm differences do not matter.
import math
def r(x):
    return round(x, 10) + 0.0
for deg in [0, 30, 45, 60, 90, 120, 180, 270, 360]:
    rad = math.radians(deg)
    print(deg, r(math.sin(rad)), r(math.cos(rad)), r(math.tan(rad)) if deg % 180 != 90 else "inf-ish")
print(r(math.asin(0.5)), r(math.acos(0.5)), r(math.atan(1)), r(math.atan2(1, -1)), r(math.atan2(-1, -1)))
print(r(math.exp(1)), r(math.exp(-1)), r(math.log(10)), r(math.log2(3)), r(math.log10(2)), r(math.log(100, 10)))
print(r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(0.5)), r(math.asinh(1)), r(math.acosh(2)), r(math.atanh(0.5)))
print(r(math.gamma(5)), r(math.gamma(0.5) ** 2), r(math.lgamma(10)), r(math.erf(1)), r(math.erfc(1)))
print(r(math.pow(2, 0.5)), r(math.cbrt(27)) if hasattr(math, "cbrt") else "no cbrt", r(math.expm1(1e-5)), r(math.log1p(1e-5)))
approx_pi = sum((-1) ** k / (2 * k + 1) for k in range(100000)) * 4
print(round(approx_pi, 4), r(abs(approx_pi - math.pi)) < 1e-4)
def newton_sqrt(x):
    g = x / 2
    for _ in range(30):
        g = (g + x / g) / 2
    return g
print([r(newton_sqrt(n)) == r(math.sqrt(n)) for n in [2, 3, 10, 1e6]])
e_series = sum(1 / math.factorial(k) for k in range(20))
print(r(e_series), r(e_series - math.e) == 0)
print(math.isclose(math.sin(math.pi), 0, abs_tol=1e-12), math.isclose(math.cos(math.pi / 3), 0.5))
