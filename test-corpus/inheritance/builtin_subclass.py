# Checks subclassing builtins: list, dict, str, int with overridden methods and preserved behaviour.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [5], type(s + [5]).__name__)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hello")
print(u, u.shout(), u + " world", type(u + "x").__name__, len(u), u == "hello", repr(u))
class Money(int):
    def __str__(self):
        return f"${int(self)}"
    def __add__(self, other):
        return Money(int(self) + int(other))
m = Money(5) + Money(7)
print(m, repr(m), type(m).__name__, m * 2, type(m * 2).__name__, m > 10)
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
ld = LowerDict()
ld["KEY"] = 1
ld["Other"] = 2
print(ld, ld["key"], ld["OTHER"], len(ld), "key" in ld, dict(ld))
class Tracked(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.ops = 0
    def append(self, x):
        self.ops += 1
        super().append(x)
t = Tracked([1])
t.append(2)
t.append(3)
t.extend([4])
print(t, t.ops)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1], len(p), isinstance(p, tuple), p == (3, 4))
class MyError(ValueError):
    pass
try:
    raise MyError("custom")
except ValueError as e:
    print(type(e).__name__, e, [c.__name__ for c in type(e).__mro__])
