# Checks rich comparison dunders, reflection (a < b falls back to b > a), defaults for ==/!=, and errors.
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "Ver" + repr(self.parts)
    def __eq__(self, other):
        print("eq", self, other)
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        print("lt", self, other)
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.parts)
a, b = Ver(1, 2), Ver(1, 10)
print(a < b)
print(b > a)
print(a == Ver(1, 2))
print(a != b)
print(a <= Ver(1, 2))
print(a >= b)
print(a == 5)
print(a != "x")
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
print(max([Ver(3), Ver(10), Ver(2)]))
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, p1 is p1)
try:
    p1 < p2
except TypeError as e:
    print("TypeError:", e)
class Always:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return "ne result"
print(Always() == 1, 1 == Always(), Always() != 1, [Always()] == [2], Always() in [1, 2])
class GtOnly:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v
print(GtOnly(1) < GtOnly(2))
print(GtOnly(5) > GtOnly(2))
try:
    GtOnly(1) <= GtOnly(2)
except TypeError as e:
    print("TypeError:", e)
