# Nested loops entered at the outer loop's header: baseline code hands the frame back there for the native OSR entry, which finishes the loop, deoptimizes in it, or raises in it.

def outer_native(n):
    total = 0
    i = 0
    while True:
        j = 0
        for j in range(40):
            total += (i * j) % 7
        i += 1
        if i >= n:
            break
    return total


def outer_deopts(n):
    total = 0
    for i in range(n):
        for j in range(30):
            total += j
        if i == n - 10:
            total = total * 1.5  # int to float: native code leaves mid-loop
    return total


def outer_raises(n):
    total = 0
    k = 0
    for i in range(n):
        for j in range(30):
            total += j
        k = 100 // (n - 1 - i) if i < n - 1 else 100 // 0
    return total + k


class Box:
    def __init__(self, v):
        self.v = v


def outer_objects(n):
    boxes = [Box(i) for i in range(8)]
    total = 0
    while True:
        for b in boxes:
            if b.v > 100:
                break
            total += b.v
        n -= 1
        if n == 0:
            return total


print(outer_native(3000))
print(outer_deopts(3000))
try:
    print(outer_raises(3000))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(outer_objects(5000))
