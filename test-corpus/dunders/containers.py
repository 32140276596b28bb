# Checks container dunders: __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__, __missing__-free lookup.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        print("getitem", key)
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} outside grid")
            return self.cells.get(key, ".")
        raise TypeError("grid indices must be (x, y) pairs")
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
print(len(g), bool(g))
g[0, 0] = "A"
g[2, 1] = "B"
print(g[0, 0], g[1, 1], "A" in g, "Z" in g, "Z" not in g)
del g[0, 0]
print("A" in g)
for bad in [(5, 5), "x"]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i
s = Seq(6)
print(s[2], s[-1], s[1:4], s[::2], s[::-1], list(s), 16 in s, 17 in s, list(reversed(s)))
print(sorted(s, reverse=True), sum(s), max(s), [x for x in s if x % 2])
a, b, *c = Seq(4)
print(a, b, c)
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "item%d" % i
print(list(OnlyGetitem()), "item1" in OnlyGetitem(), iter(OnlyGetitem()).__class__.__name__)
class Empty:
    def __len__(self):
        return 0
print(len(Empty()), bool(Empty()), not Empty())
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class FloatLen:
    def __len__(self):
        return 2.5
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
try:
    Empty()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Empty()[0] = 1
except TypeError as e:
    print("TypeError:", e)
