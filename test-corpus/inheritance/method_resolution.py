# Checks how attributes and methods resolve through multiple inheritance, including class attribute overrides.
class A:
    x = "A.x"
    def f(self):
        return "A.f"
    def g(self):
        return "A.g calls " + self.f()
class B(A):
    def f(self):
        return "B.f"
class C(A):
    x = "C.x"
    def f(self):
        return "C.f"
    def g(self):
        return "C.g"
class D(B, C):
    pass
d = D()
print([k.__name__ for k in D.__mro__])
print(d.x, d.f(), d.g())
print(A.g(d), C.g(d), B.f(d))
class E(C, B):
    pass
e = E()
print([k.__name__ for k in E.__mro__], e.x, e.f(), e.g())
def find(cls, name):
    for k in cls.__mro__:
        if name in vars(k):
            return k.__name__
    return None
for name in ["x", "f", "g", "h"]:
    print(name, find(D, name), find(E, name))
D.f = lambda self: "patched D.f"
print(d.f(), d.g())
del D.f
print(d.f())
class Counter:
    total = 0
    def inc(self):
        self.total += 1
        return self.total
cnt = Counter()
print(cnt.inc(), cnt.inc(), Counter.total, cnt.total)
