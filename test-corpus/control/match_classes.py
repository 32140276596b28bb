# Checks class patterns: __match_args__, keyword sub-patterns, self-matching builtins, dataclass-style classes and inheritance.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

class Lazy:
    @property
    def value(self):
        return "computed"

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d on the plane at {x},{y}"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), radius=r):
            return f"circle at {x},{y} r={r}"
        case Lazy(value=v):
            return "lazy " + v
        case Point():
            return "some point"
        case _:
            return "not a shape"

for obj in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), Point3(1, 2, 0), Point3(1, 2, 3),
            Circle(Point(1, 1), 4), Lazy(), "point"]:
    print(type(obj).__name__, "->", where(obj))

# self-matching builtins take the whole subject as their one positional sub-pattern
def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case bytes(b) | bytearray(b):
            return f"bytes-like {b!r}"
        case list(l) | tuple(l):
            return f"list-like {l}"
        case dict(d):
            return f"dict {d}"
        case set(s) | frozenset(s):
            return f"set-like {sorted(s)}"
        case _:
            return "other"
for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [1], (2,), {"k": 1}, {3}, frozenset([4]), None]:
    print(builtin(v))

class MyInt(int):
    pass
match MyInt(7):
    case MyInt(n):
        print("subclass of int matches itself:", n, type(n).__name__)

# missing attributes make the pattern fail; keyword patterns look up any attribute
class Bare:
    pass
b = Bare()
b.color = "red"
match b:
    case Bare(size=s):
        print("size", s)
    case Bare(color=c):
        print("color", c)

# dataclass-style: __match_args__ listing the fields
class Item:
    __match_args__ = ("name", "price", "qty")
    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty

print(Item.__match_args__)
for item in [Item("pen", 1.5), Item("book", 12.0, 3), Item("gift", 0.0)]:
    match item:
        case Item(name, 0.0):
            print(name, "is free")
        case Item(name, price, qty) if qty > 1:
            print(name, "total", price * qty)
        case Item(name=n):
            print("just", n)

# isinstance with an ABC works for class patterns
import collections.abc
match [1, 2]:
    case collections.abc.Sized():
        print("sized")

# the class expression is evaluated only when the case is reached
def lookup(name):
    print("looking up", name)
    return Point
class NS:
    pass
ns = NS()
ns.P = Point
match Point(1, 1):
    case ns.P(1, 1):
        print("matched through a dotted name")
