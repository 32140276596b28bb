# Arbitrary-precision integers: digits of pi by a spigot over big ints, factorials and
# their digit sums, Fibonacci numbers with hundreds of digits and modular powers.


def pi_digits(count):
    # Gibbons' unbounded spigot, written out with plain integer state
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return digits


def factorial_digit_sum(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return sum(int(c) for c in str(f)), len(str(f))


def big_fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


digits = pi_digits(5500)
fact_sum = fact_len = 0
for n in range(600, 1400, 50):  # below 1600! the decimal string stays under 3.11's 4300-digit limit
    digit_sum, length = factorial_digit_sum(n)
    fact_sum += digit_sum
    fact_len += length
fib = big_fibonacci(20000)
power = pow(3, 100000, 10 ** 40 + 7)
print("pi", "".join(str(d) for d in digits[:30]), sum(digits))
print("factorial", fact_sum, fact_len)
print("fibonacci", len(str(fib)), fib % 1000000007)
print("power", power)
print("checksum", (sum(digits) + fact_sum + fib % 1000000007 + power) % 1000000007)
