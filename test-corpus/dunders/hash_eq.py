# Checks __hash__ and __eq__ interplay: unhashable after defining __eq__, explicit __hash__, set/dict behaviour.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, Point(3, 3) in s)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], hash(Point(1, 2)) == hash(Point(1, 2)))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
class ConstHash:
    def __init__(self, tag):
        self.tag = tag
    def __hash__(self):
        print("hash", self.tag)
        return 42
    def __eq__(self, other):
        print("eq", self.tag, other.tag)
        return self.tag == other.tag
    def __repr__(self):
        return self.tag
bucket = {}
bucket[ConstHash("a")] = 1
bucket[ConstHash("b")] = 2
bucket[ConstHash("a")] = 3
print(bucket)
print(hash(ConstHash("z")))
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, {p: 1}[p])
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70), hash(2 ** 70))
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class Child(Point):
    def __eq__(self, other):
        return False
print(Child.__hash__ is None)
