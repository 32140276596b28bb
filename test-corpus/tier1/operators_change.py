# Operators on ints, floats, strings and classes at the same sites; dunders replaced mid-loop.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return "Money(%d)" % self.cents


def add_all(values, rounds):
    out = []
    for r in range(rounds):
        acc = 0
        for v in values:
            acc = acc + v
        out.append(acc)
        if r == 30:
            Money.__add__ = lambda self, other: Money(self.cents + other.cents + 1)
    return out


res = add_all([Money(1), Money(2), Money(3)], 60)
print(res[0], res[31], res[-1])
print("ints", add_all([1, 2, 3], 40)[-1], "floats", add_all([0.5, 0.25], 40)[-1])


def mixed(values, rounds):
    out = []
    for r in range(rounds):
        for a in values:
            for b in values:
                try:
                    out.append(a * b)
                except (TypeError, OverflowError) as e:
                    out.append(str(e))
    return out


m = mixed([2, 1.5, "ab", True, 10 ** 20], 30)
print(len(m), m[:12])


def overflow(rounds):
    x = 1
    for r in range(rounds):
        x = x * 3 + r                           # crosses into big integers inside the loop
    return x


print("big", overflow(100))


def compare_all(values, rounds):
    count = 0
    for r in range(rounds):
        for a in values:
            for b in values:
                if a < b:
                    count += 1
                if a == b:
                    count += 100
    return count


print("ints", compare_all([3, 1, 2], 30), "strs", compare_all(["b", "a", "c"], 30))
print("floats", compare_all([1.5, float("nan"), -2.0], 30))
print("money", compare_all([Money(5), Money(1)], 30))
Money.__lt__ = lambda self, other: self.cents > other.cents
print("money reversed", compare_all([Money(5), Money(1), Money(3)], 30))


class Vec:
    def __init__(self, x):
        self.x = x

    def __iadd__(self, other):
        self.x += other
        return self


def inplace(rounds):
    v = Vec(0)
    lst = []
    s = "s"
    for r in range(rounds):
        v += r
        lst += [r]
        s += "."
        if r == 25:
            del Vec.__iadd__
            Vec.__add__ = lambda self, other: Vec(self.x - other)
    return v.x, len(lst), len(s)


print("inplace", inplace(50))


def shifts(rounds):
    t = 0
    for r in range(rounds):
        t ^= (r << 3) | (r >> 1) & 0xFF
        t = t % 1000 // 1 - -r
    return t


print("shifts", shifts(100))
