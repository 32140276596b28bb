# Loops native code runs: while, for over ranges with every step, nesting, break, continue, else.

def ranges():
    out = []
    for args in ((5,), (2, 9), (9, 2, -2), (0, 20, 7), (-5, 5, 3), (10, 0), (0, 10, -1),
                 (9223372036854775800, 9223372036854775807, 3), (-9223372036854775807 - 1, -9223372036854775800, 4)):
        s = 0
        n = 0
        for i in range(*args):
            s += i
            n += 1
        out.append((s, n))
    return out

def nested(n):
    total = 0
    for i in range(n):
        for j in range(i):
            if (i + j) % 5 == 0:
                continue
            if j > 40:
                break
            total += i * j
        else:
            total += 1
    return total

def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

def search(limit):
    i = 2
    while True:
        if i * i > limit:
            return i
        i += 1

def zero_step():
    for i in range(1, 10, 0):
        pass

print(ranges())
print(nested(120))
print(max(collatz(i) for i in range(1, 3000)))
print(search(1000000))
try:
    zero_step()
except ValueError as e:
    print("ValueError", e)
