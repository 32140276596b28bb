# Checks arbitrary-precision ints: big powers, factorials, growth across the 64-bit boundary.
print(2 ** 100)
print(2 ** 63, 2 ** 63 - 1, -2 ** 63, 2 ** 64)
print(3 ** 200)
print(-(7 ** 77))
print((-3) ** 41)
print(10 ** 50 + 1)
big = 9223372036854775807
print(big + 1, big * 2, big * big)
print(-big - 1, -big - 2, (-big - 1) * -1)
print(type(big + 1).__name__, big + 1 - 1 == big)
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(f // 2 ** 30, f % 1000007)
x = 1
for i in range(70):
    x = x * 3 + 1
print(x)
print(x.bit_length(), len(str(x)))
print(2 ** 1000 % 1000000007)
print(pow(2, 1000) == 2 ** 1000)
print(12345678901234567890 * 98765432109876543210)
print(123456789012345678901234567890 // 987654321, 123456789012345678901234567890 % 987654321)
print(-123456789012345678901234567890 // 987654321, -123456789012345678901234567890 % 987654321)
print(2 ** 200 - 2 ** 199 == 2 ** 199)
print(abs(-2 ** 100), -(-2 ** 100))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
print(max(2 ** 70, 2 ** 69 * 3), min(-2 ** 70, 5))
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 1.8e19, 2 ** 64 < 1.9e19)
print(10 ** 20 / 10 ** 10, 2 ** 100 / 2 ** 99)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(12345))
print(int(2 ** 53 + 1.0), float(2 ** 53 + 1))
n = 1
for _ in range(10):
    n = n * n + 1
print(len(str(n)), n % 10 ** 12)
