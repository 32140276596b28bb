# Global functions and constants rebound, and builtins shadowed and restored, under running loops.
import builtins


def scale(x):
    return x * 2


LIMIT = 10


def work(rounds):
    global LIMIT
    total = 0
    for i in range(rounds):
        total += scale(i) + LIMIT
        if i == 40:
            LIMIT = 1000
        if i == 80:
            rebind()
    return total


def rebind():
    global scale

    def scale(x):
        return -x


print("work", work(120))
print("scale now", scale(5))


def lengths(items, rounds):
    global len
    out = []
    for r in range(rounds):
        out.append(len(items))
        if r == 30:
            len = lambda x: 42                 # a global shadows the builtin
        if r == 60:
            del len                            # the builtin again
    return out


res = lengths([1, 2, 3], 90)
print(res[29:33], res[59:63], res[-1])


def absolute(values, rounds):
    out = 0
    for r in range(rounds):
        out += abs(values[r % len(values)])
        if r == 50:
            builtins.abs = lambda x: 0         # the builtins module itself changes
    return out


saved = builtins.abs
print("abs", absolute([-3, 4, -5], 100))
builtins.abs = saved
print("abs restored", abs(-9))

counter = 0
for i in range(300):                           # module-level loop: runs in tier 1 after OSR
    counter += i % 7
    if i == 150:
        def scale(x):
            return x + 1
    counter += scale(1)
print("module loop", counter)


def make_adder(n):
    def add(x):
        return x + n
    return add


adders = [make_adder(k) for k in range(5)]
acc = 0
for rounds in range(60):
    for a in adders:                           # one call site, many closures of one code object
        acc = a(acc) % 1000003
print("closures", acc)
