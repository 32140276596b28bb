# Checks float() parsing and conversions from strings, ints and objects, with error messages.
for s in ["1", "1.", ".5", "-.5", "+1.5", "1e3", "1E-3", "  3.25\n", "1_000.5", "0x10" if False else "16",
          "1.7976931348623157e308", "1.8e308", "4.9e-324", "2e-324", "000123.4500", "-0", "1e+2",
          "١٢٣.٥"]:
    print(repr(s), float(s))
for s in ["", " ", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "abc", "0x10", "1,5", "- 1", "inf inity"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(float(10), float(-3), float(2 ** 80), float(True), float(), float(3.5))
for bad in [None, [1.0], {}, "1" * 0 + "x"]:
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 9
print(float(F()), float(I()))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (0.5).hex(), (3.0).hex(), (0.1).hex())
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (0.1).as_integer_ratio())
print((-2.0).as_integer_ratio(), (1e20).as_integer_ratio())
print(int("12") + float("0.5"), str(float("12")), repr(float("  7  ")))
print(float("1" + "0" * 30), float("0." + "0" * 30 + "1"))
print(float("12345678901234567890"), float("0.1000000000000000055511151231257827"))
