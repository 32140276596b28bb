# Checks class definition, __init__, instance and class attributes, methods, and attribute lookup order.
class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.x, p.y, p.norm2(), p.moved(1, -1), p.dims, Point.dims)
print(Point.__name__, Point.__doc__, type(p).__name__, type(p) is Point, p.__class__ is Point)
p.dims = 3
print(p.dims, Point.dims, Point(0, 0).dims)
Point.dims = 4
print(p.dims, Point(0, 0).dims)
del p.dims
print(p.dims)
p.z = 10
print(sorted(vars(p).items()), p.__dict__ == vars(p))
print(Point.norm2(p), Point.moved(p, 0, 0))
m = p.norm2
p.x = 0
print(m())
class Empty:
    pass
e = Empty()
print(type(e).__name__, vars(e), isinstance(e, Empty), isinstance(e, object))
e.anything = "ok"
print(e.anything)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
c1, c2, c3 = Counter(), Counter(), Counter()
print(c1.id, c2.id, c3.id, Counter.instances, c1.instances)
class WithList:
    shared = []
    def __init__(self, name):
        self.own = []
        self.name = name
    def add(self, item):
        self.shared.append(item)
        self.own.append(item)
w1, w2 = WithList("a"), WithList("b")
w1.add(1)
w2.add(2)
print(w1.shared, w1.own, w2.own, WithList.shared)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    p.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point.missing
except AttributeError as err:
    print("AttributeError:", err)
print(Point, repr(Empty), str(int), [Point])
