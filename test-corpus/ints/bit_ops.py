# Checks bitwise operators and shifts on small, negative and big ints, plus bit_length/bit_count.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(bin(a & b), bin(a | b), bin(a ^ b), bin(~a))
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10, -12 | -10)
print(1 << 0, 1 << 10, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 70, -5 << 3, 255 >> 4, -255 >> 4, -1 >> 100, 5 >> 100)
print((1 << 100) >> 98, (1 << 100) - 1 & 0xFF, ((1 << 100) | 1) & ((1 << 100) + 1))
print(2 ** 100 ^ 2 ** 99, -(2 ** 100) & 0xFFFF, -(2 ** 100) >> 90)
print(~(2 ** 100), ~-(2 ** 100))
for n in [0, 1, 2, 7, 8, 255, 256, -1, -256, 2 ** 64, -(2 ** 64)]:
    print(n, n.bit_length(), n.bit_count())
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -3
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 << 1.0
except TypeError as e:
    print("TypeError:", e)
print(True & 3, True | 2, False ^ True, True << 3)
x = 0
for i in range(0, 70, 7):
    x |= 1 << i
print(x, bin(x))
mask = (1 << 64) - 1
print(mask, hex(mask), (-1) & mask, (x * 12345) & mask)
print(0xDEADBEEF >> 16, hex(0xDEADBEEF & 0xFFFF), oct(0o777 ^ 0o70))
