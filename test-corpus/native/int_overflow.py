# Ints that leave 64 bits in the middle of hot native loops continue as big ints.

def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + 1
    return x

def add_until(limit, step):
    total = 9223372036854775000
    i = 0
    while i < limit:
        total += step
        i += 1
    return total

def negate(values):
    return -values

def shifts(a, n):
    return a << n

def power(b, e):
    return b ** e

def main():
    for k in range(60):
        grow(30)
    print(grow(30), grow(41), grow(45), grow(100))
    print(add_until(10, 100), add_until(1000, 1000000))
    print(negate(5), negate(-9223372036854775807 - 1))
    print(shifts(1, 62), shifts(1, 63), shifts(3, 70), shifts(-1, 63))
    print(power(2, 10), power(2, 62), power(2, 63), power(3, 40), power(7, 0), power(-2, 63))
    print(power(2, -2), power(0, 0))
    acc = 0
    for i in range(2000):
        acc += grow(i % 50)
    print(acc)
    print(abs(-9223372036854775807 - 1), max(9223372036854775807, 1) + 1)
    x = 4611686018427387904
    for i in range(4):
        x = x + x
        print(i, x, type(x).__name__)

main()
