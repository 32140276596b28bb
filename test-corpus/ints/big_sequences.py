# Checks big-int arithmetic in loops: Fibonacci, Collatz, gcd, integer square root and binomials.
a, b = 0, 1
for i in range(1, 301):
    a, b = b, a + b
    if i in (10, 50, 92, 93, 100, 200, 300):
        print("fib", i, a)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 16)])
print(collatz(2 ** 100 + 1), collatz(27))
def gcd(x, y):
    while y:
        x, y = y, x % y
    return x
print(gcd(2 ** 100, 6 ** 40), gcd(-12, 18), gcd(0, 9))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
for n in [0, 1, 15, 16, 17, 10 ** 40, 2 ** 127 - 1]:
    r = isqrt(n)
    print("isqrt", n, r, r * r <= n < (r + 1) ** 2)
def binom(n, k):
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result
print([binom(10, k) for k in range(11)])
print(binom(200, 100))
total = 0
for k in range(64):
    total += 1 << k
print(total, total == 2 ** 64 - 1, total + 1)
acc = 1
for i in range(25):
    acc = acc * 1000 + i
print(acc)
print(acc % 999, acc // 10 ** 60)
neg = -1
for _ in range(5):
    neg *= -(10 ** 9 + 7)
print(neg, neg % 1000, neg // 10 ** 40)
