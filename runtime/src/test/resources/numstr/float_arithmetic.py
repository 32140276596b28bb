# float arithmetic and repr edge cases
import math
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e16 + 1, 2**53, 2.0**53 + 1, 1e-5, 1e-4, 123.456, -0.0, 5e-324, 1.7976931348623157e308]
print(vals)
print([v * 3 for v in vals[:5]], [v // 0.1 for v in vals[:3]], [v % 0.3 for v in vals[:4]])
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), -7.5 // 2, -7.5 % 2, 7 % -0.0 if False else 0)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(1e300, -300), round(123.456, -1), round(5e-324, 400))
print(math.floor(-2.5), math.ceil(-2.5), int(-2.5), int(2.999999999999999), float(2**63), float(2**1023 * 2 - 1) if False else 1)
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (1e100).hex(), float.fromhex("-0x1.999999999999ap-4"), (3.0).is_integer(), (3.5).is_integer())
print(2.0 ** 0.5, (-8) ** (1/3), (-2.0) ** 2, 2.0 ** -1, 0.0 ** 0, 1.0 ** float("nan"), float("inf") ** 0, (-1.0) ** float("inf"))
print(1e308 * 10, -1e308 * 10, float("inf") - float("inf"), 1 / float("inf"), math.isnan(float("nan") * 0))
print(3 == 3.0, 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53, 10**400 > 1e308, -10**400 < -1e308, float("nan") == float("nan"), 1 < float("inf"), (1 + 2**-52) == 1.0000000000000002)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1e20) == hash(10**20), hash(2.0**70) == hash(2**70), {1.0: "a", 1: "b"}, {0.0, -0.0, 0})
for exc_case in ["1/0.0", "1.0//0", "1.0%0", "divmod(1.0, 0)", "0.0**-1", "10.0**400", "int(float('inf'))", "int(float('nan'))", "float('x')", "float(10**400)", "round(float('inf'))", "(1.5).as_integer_ratio() and float('nan').as_integer_ratio()", "float.fromhex('0x1p99999')"]:
    try:
        print(exc_case, eval(exc_case))
    except Exception as e:
        print(exc_case, "->", type(e).__name__, e)
print(f"{1/3:.20f} {2/3:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {1e-10:g} {123456789.0:g} {0.0001:g} {1e16:.16g} {12345.6789:,.2f} {-0.001:z.1f} {float('nan'):+f} {float('-inf'):010.2f}")
print(str(1e15), str(1e16), str(123456789012345.6), str(0.000123), repr(1.0), repr(100.0), repr(1e-7), 1e22, 1.5e-7, float(10**22))
