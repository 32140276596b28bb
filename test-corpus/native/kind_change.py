# Variables and arguments whose kind changes: int to float mid-loop, bool, None, other types.

def accumulate(n):
    x = 0
    for i in range(n):
        if i == n // 2:
            x = x + 0.5
        x = x + 1
    return x

def scale(v, f):
    return v * f

def pick(flag, a, b):
    if flag:
        return a
    return b

def maybe(n):
    r = None
    for i in range(n):
        if i % 3 == 0:
            r = i
    return r

def count_true(n):
    c = 0
    for i in range(n):
        c += (i % 2 == 0)
    return c

def logic(a, b):
    return (a and b, a or b, not a, a < b < 10, -a, +b, ~a)

def main():
    for i in range(50):
        accumulate(10)
    print(accumulate(10), accumulate(11), accumulate(1))
    print([scale(3, 4) for _ in range(3)], scale(3, 0.5), scale(2.5, 2), scale(True, 3), scale("ab", 3), scale(2**70, 2))
    print(pick(True, 1, 2.0), pick(False, 1, 2.0), pick(0, None, 5), pick(1, [1], 2))
    print(maybe(10), maybe(0), maybe(1))
    print(count_true(101), count_true(0))
    for a, b in ((1, 2), (0, 5), (3, 0), (True, False), (2.5, 0.0), (None, 1)):
        try:
            print(logic(a, b))
        except TypeError as e:
            print("TypeError", e)
    total = 0
    for i in range(3000):
        total += scale(i, 2) if i < 2500 else scale(i, 0.5)
    print(total)

main()
