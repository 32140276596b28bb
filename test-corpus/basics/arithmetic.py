# Checks basic arithmetic operators, precedence and mixed int/float results.
print(1 + 2, 7 - 10, 6 * 7)
print(7 / 2, 8 / 2, -7 / 2)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 100 / 10 / 5)
print(1 + 2.0, 3 * 1.5, 10 - 0.5, 2 ** 0.5)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(True + True, True * 10, False - 1)
print(+5, -5, -(-5), +-+5)
print(abs(-3), abs(3.5), abs(-0.0))
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x /= 4
print(x)
x = 17
x //= 5
print(x)
x %= 2
print(x)
x = 3
x **= 4
print(x)
y = 0b1100
y &= 0b1010
print(y)
y |= 0b0001
print(y)
y ^= 0b1111
print(y)
y <<= 3
print(y)
y >>= 2
print(y)
print(1_000_000 + 1, 0x10 + 0o10 + 0b10)
print(1e3, 1.5e-3, 3.14, .5, 5.)
print(10 / 4 * 2, 10 // 4 * 2, 10 % 4 * 2)
print(divmod(17, 5), divmod(-17, 5))
print(round(7 / 3, 3))
