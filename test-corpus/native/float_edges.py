# Floats at the edges: inf, nan, -0.0, exact int/float comparisons, min/max, conversions.
import math

INF = float("inf")
NAN = float("nan")

def ops(a, b):
    return (a + b, a - b, a * b, a < b, a <= b, a == b, a != b, a > b, a >= b)

def conv(x):
    return (int(x), float(int(x)), abs(x), -x, x == int(x))

def cmp_int(i, f):
    return (i == f, i < f, i > f, f <= i)

def extremes(a, b, c):
    return (min(a, b), max(a, b), min(a, b, c), max(c, b, a))

def trig(x):
    return (math.sqrt(x), math.floor(x), math.ceil(x), math.trunc(x), math.isnan(x), math.isinf(x), math.isfinite(x),
            math.fabs(x), math.copysign(1.0, x), math.degrees(x), math.radians(x))

def main():
    values = (0.0, -0.0, 1.5, -2.5, 1e300, -1e-300, INF, -INF, NAN)
    for rep in range(20):
        res = [ops(a, b) for a in values for b in values]
    print(res)
    print([repr(x) for x in (-0.0 * 1, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, 0.0 / -5.0, -0.0 // 1.0, -0.0 % 1.0)])
    for x in (0.0, -0.5, 2.5, -3.99, 1e18, -9.2e18):
        print(conv(x))
    for x in (INF, -INF, NAN, 1e19):
        try:
            print(conv(x))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
    for i, f in ((2**53, 2.0**53), (2**53 + 1, 2.0**53), (-2**63, -2.0**63), (3, 3.0000000000000004), (1, NAN), (5, INF)):
        print(cmp_int(i, f))
    print(extremes(1.0, NAN, 0.5), extremes(NAN, 1.0, 0.5), extremes(-0.0, 0.0, 0.0), extremes(3, 1, 2))
    for x in (0.0, -0.0, 2.25, 1e308, 7):
        print(trig(x))
    for x in (-1.0, -INF, INF, NAN):
        try:
            print(trig(x))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    for f, args in ((math.exp, (1.0,)), (math.exp, (1000.0,)), (math.log, (0.0,)), (math.log, (2.0,)), (math.log, (-1,)),
                    (math.atan2, (1.0, -0.0)), (math.fmod, (5.5, 2.0)), (math.fmod, (INF, 2.0)), (math.sin, (INF,)),
                    (math.pow, (2.0, 0.5))):
        try:
            print(f(*args))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    print(2.0 ** 0.5, (-8.0) ** 2, 0.0 ** 0, INF ** -1)
    for base, e in ((2.0, 1024.0), (0.0, -1.0), (-8.0, 1.0 / 3)):
        try:
            print(base ** e)
        except (OverflowError, ZeroDivisionError) as err:
            print(type(err).__name__, err)

main()
