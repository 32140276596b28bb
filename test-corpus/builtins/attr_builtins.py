# Checks getattr, setattr, hasattr, delattr, vars, dir (filtered), callable, id identity, and hash basics.
class Box:
    kind = "box"
    def __init__(self):
        self.size = 3
    def open(self):
        return "opened"
b = Box()
print(getattr(b, "size"), getattr(b, "kind"), getattr(b, "color", "none"), getattr(b, "open")())
setattr(b, "color", "red")
print(b.color, hasattr(b, "color"), hasattr(b, "weight"), hasattr(Box, "open"))
delattr(b, "color")
print(hasattr(b, "color"), vars(b), sorted(vars(Box).keys() - {"__dict__", "__weakref__", "__module__", "__doc__"}))
try:
    getattr(b, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, "kind")
except AttributeError as e:
    print("AttributeError:", e)
print([n for n in dir(b) if not n.startswith("_")], [n for n in dir(Box) if not n.startswith("_")])
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""), "__len__" in dir([]))
print(callable(b), callable(b.open), callable(Box), callable(getattr), callable(None), callable(lambda: 0))
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]), x is y, type(id(x)).__name__)
a = b
print(id(a) == id(b), id(None) == id(None))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")), type(hash("x")).__name__)
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 10), hash(2 ** 61 - 1), hash(2 ** 61), hash(0.5), hash(1.5), hash(-0.5))
print(hash(float("inf")), hash(float("-inf")), hash(True), hash(False))
for unhashable in [[], {}, set()]:
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
g = {"name": "global"}
print(vars()["__name__"], "Box" in vars(), sorted(k for k in vars(Box) if not k.startswith("__")))
class NoDict:
    __slots__ = ()
try:
    vars(NoDict())
except TypeError as e:
    print("TypeError:", e)
