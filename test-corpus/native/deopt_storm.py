# Functions whose native code deoptimizes on most calls: compiled again (an OSR entry with the
# kinds of both frames), then left in the lower tier; the results stay the interpreter's.

def grow(x, n):
    for i in range(n):
        x = x * x + 1
    return x

def late_float(n):
    t = 0
    for i in range(n):
        if i == n - 1:
            t = t + 0.5
        t = t + i
    return t

def divides(a, b):
    return a // b

def long_loop(n, switch_at):
    t = 0
    for i in range(n):
        if i == switch_at:
            t = t * 1.0
        t = t + i % 7
    return t

total = 0
for k in range(4000):
    total += grow(k % 7 + 2, 7) % 1000
print(total)
s = 0.0
for k in range(4000):
    s += late_float(20)
print(s)
errors = 0
for k in range(4000):
    try:
        divides(k, k % 3)
    except ZeroDivisionError:
        errors += 1
print(errors)
print([long_loop(6000, j) for j in (10, 3000, 5999, 7000)])
