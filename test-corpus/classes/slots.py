# Checks __slots__: allowed attributes, AttributeError for others, no __dict__, inheritance with slots.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Q:
    __slots__ = ["a"]
q = Q()
try:
    print(q.a)
except AttributeError as e:
    print("AttributeError:", e)
q.a = "set"
print(q.a)
del q.a
try:
    del q.a
except AttributeError as e:
    print("AttributeError:", e)
class Child(P):
    pass
c = Child(3, 4)
c.extra = "child has a dict"
print(c.x, c.extra, hasattr(c, "__dict__"), vars(c))
class SlotChild(P):
    __slots__ = ("z",)
sc = SlotChild(5, 6)
sc.z = 7
print(sc.x, sc.y, sc.z, hasattr(sc, "__dict__"))
try:
    sc.w = 1
except AttributeError as e:
    print("AttributeError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, vars(wd))
print(type(P.x).__name__, sorted(n for n in P.__dict__ if not n.startswith("__")))
class Default:
    __slots__ = ("v",)
    kind = "class attribute still works"
print(Default.kind, Default().kind)
try:
    Default().kind = "x"
except AttributeError as e:
    print("AttributeError:", e)
