# Checks math error messages: domain and range errors, type errors, and integral-value requirements.
import math
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log10(-5)", lambda: math.log10(-5)),
    ("acos(2)", lambda: math.acos(2)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(10.0, 400)", lambda: math.pow(10.0, 400)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("factorial('3')", lambda: math.factorial("3")),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("gcd(1.5, 2)", lambda: math.gcd(1.5, 2)),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("ceil(nan)", lambda: math.ceil(math.nan)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("log(1, 1)", lambda: math.log(1, 1)),
    ("sqrt(inf)", lambda: math.sqrt(math.inf)),
    ("exp(-1000)", lambda: math.exp(-1000)),
    ("floor(None)", lambda: math.floor(None)),
    ("dist mismatch", lambda: math.dist((1, 2), (1,))),
]
for name, fn in cases:
    try:
        print(name, "->", fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, "->", type(e).__name__ + ":", e)
print(math.sqrt(True), math.floor(True), math.factorial(True), math.gcd(True, 4))
class Num:
    def __float__(self):
        return 2.25
    def __floor__(self):
        return "custom floor"
print(math.sqrt(Num()), math.floor(Num()))
