# Division by zero and signed floor division / modulo, in hot native code and after deopt.

def fdiv(a, b):
    return a // b

def fmod(a, b):
    return a % b

def tdiv(a, b):
    return a / b

def safe(f, a, b):
    try:
        return f(a, b)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)

def table():
    out = []
    for a in (7, -7, 0, 9223372036854775807, -9223372036854775807 - 1):
        for b in (2, -2, 3, -3, 1, -1):
            out.append((fdiv(a, b), fmod(a, b)))
    return out

def ftable():
    out = []
    for a in (7.5, -7.5, 0.0, -0.0, 1e308, float("inf"), float("nan")):
        for b in (2.0, -2.0, 0.5, -0.25, float("inf"), float("-inf")):
            out.append((fdiv(a, b), fmod(a, b), tdiv(a, b)))
    return out

def mixed():
    return [fdiv(7, 2.0), fmod(-7, 2.0), fdiv(7.0, -2), fmod(7.0, -2), tdiv(1, 3), tdiv(2**53, 3), tdiv(2**60, 3), tdiv(-7, 2)]

def hot(n):
    s = 0
    for i in range(1, n):
        s += (i * 7919) // (i % 13 - 6 if i % 13 != 6 else 1) + (i * 31) % (i % 17 - 8 if i % 17 != 8 else 5)
    return s

for rep in range(30):
    t = table()
print(t)
print(ftable())
print(mixed())
print(hot(5000))
for f in (fdiv, fmod, tdiv):
    print(safe(f, 5, 0), safe(f, 5.0, 0.0), safe(f, 0, 0), safe(f, -1.5, 0))

def divide_all(values, d):
    total = 0
    for v in values:
        total += v // d
    return total

def crash(n):
    k = 0
    for i in range(n):
        k += 100 // (n - 1 - i)
    return k

try:
    print(crash(10))
except ZeroDivisionError as e:
    print("caught", e)
print(crash(1) if False else "skip")
crash(3)
