# Instances whose attribute layouts differ, change, go to dict mode or change class, read by one site.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Reversed:
    def __init__(self, x, y):
        self.y = y
        self.x = x


def sum_x(points, rounds):
    total = 0
    for r in range(rounds):
        for p in points:
            total += p.x
    return total


pts = [Point(1, 2), Reversed(3, 4), Point(5, 6)]
print("two layouts", sum_x(pts, 50))
extra = Point(7, 8)
extra.z = 9                                     # a third shape of Point
pts.append(extra)
print("three layouts", sum_x(pts, 50))
d = Point(10, 11)
d.__dict__["x"] = 100                           # dict mode
pts.append(d)
print("dict mode", sum_x(pts, 50))
del extra.z
extra.x = -7
print("after delete", sum_x(pts, 50))


class A:
    kind = "a"

    def name(self):
        return "A" + self.kind


class B:
    kind = "b"

    def name(self):
        return "B" + self.kind


def names(objs, rounds):
    out = []
    for r in range(rounds):
        for o in objs:
            out.append(o.name())
        if r == 20:
            objs[0].__class__ = B               # __class__ assignment
        if r == 40:
            B.kind = "bee"
    return out


res = names([A(), A(), B()], 60)
print(res[:3], res[63:66], res[-3:])


class C1:
    v = 1


class C2:
    v = 2


class C3:
    v = 3


class C4:
    v = 4


class C5:
    v = 5


class C6:
    v = 6


def megamorphic(objs, rounds):
    s = 0
    for r in range(rounds):
        for o in objs:
            s += o.v                            # six kinds at one site
    return s


objs = [C1(), C2(), C3(), C4(), C5(), C6()]
print("megamorphic", megamorphic(objs, 40))
C3.v = 300
print("after change", megamorphic(objs, 10))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def slot_sum(items, rounds):
    s = 0
    for r in range(rounds):
        for it in items:
            it.a += 1
            s += it.a + it.b
    return s


print("slots", slot_sum([Slotted(1, 2), Slotted(3, 4)], 50))


class Base:
    def who(self):
        return "base"


class Other:
    def who(self):
        return "other"


class Derived(Base):
    pass


def whos(o, rounds):
    out = []
    for r in range(rounds):
        out.append(o.who())
        if r == 30:
            Derived.__bases__ = (Other,)        # the MRO changes
    return out


w = whos(Derived(), 60)
print(w[29:33])


class Account:
    rate = 1

    def __init__(self):
        self.balance = 0


def interest(accounts, rounds):
    for r in range(rounds):
        for a in accounts:
            a.balance += Account.rate
        Account.rate += 1                       # a class attribute mutated every round
    return [a.balance for a in accounts]


print("class counter", interest([Account(), Account()], 40))
