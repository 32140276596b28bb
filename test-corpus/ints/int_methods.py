# Checks int methods and conversions: to_bytes/from_bytes, as_integer_ratio, hex/oct/bin, str digits limit.
n = 1000
print(n.to_bytes(2, "big"), n.to_bytes(2, "little"), n.to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x03\xe8", "big"), int.from_bytes(b"\x03\xe8", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(bytes(range(1, 17)), "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).as_integer_ratio(), (-3).as_integer_ratio())
print(hex(255), hex(-255), hex(0), hex(2 ** 70))
print(oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(str(-0), str(10 ** 30), repr(-12), str(True + 0))
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print(abs(-10 ** 20), (7).__abs__(), (3).__neg__(), (3).__add__(4))
print((3).__truediv__(2), (3).__floordiv__(2), (3).__add__("x"))
print(int.__name__, type(10 ** 100).__name__, isinstance(10 ** 100, int))
print(sorted([10 ** 20, -5, 3, 2 ** 64, -(2 ** 65)]))
print(str(10 ** 4299)[:5], len(str(10 ** 4299)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(10 ** 5000)))
print(round(12345, -2), round(12350, -2), round(12250, -2), round(-12350, -2), round(7, 3))
print(max(range(10 ** 6)), 10 ** 18 + 10 ** 18)
print(int.bit_length(1023), int.bit_count(1023))
print(pow(3, 4), pow(3, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
