# Checks int() conversions: bases, prefixes, underscores, whitespace, signs, floats and errors.
print(int("42"), int("-42"), int("+7"), int("  12  "), int("\t-3\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("-0x1A", 16))
print(int("777", 8), int("0o777", 8), int("101", 2), int("0b101", 2))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("99", 0), int("0", 0))
print(int("z", 36), int("Zz", 36), int("10", 36), int("10", 3))
print(int("1_000_000"), int("0x_ff", 16), int("0b_1010", 0))
print(int(3.99), int(-3.99), int(0.5), int(-0.5), int(1e20), int(True))
print(int("123456789012345678901234567890"), int("-" + "9" * 40))
print(int(), int(0), int("0000"), int("00", 0))
print(int("١٢٣"))
for text, base in [("abc", 10), ("12.5", 10), ("", 10), ("1 2", 10), ("0x10", 10),
                   ("8", 8), ("2", 2), ("_1", 10), ("1__0", 10), ("1_", 10), ("010", 0),
                   ("-", 10), ("   ", 10)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError:", e)
for bad_base in [1, 37, -1]:
    try:
        int("10", bad_base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError:", e)
class HasInt:
    def __int__(self):
        return 77
class HasIndex:
    def __index__(self):
        return 5
print(int(HasInt()), int(HasIndex()))
print(int("  0b1111  ", 0), int("-0o10", 0), int("+0x10", 0))
