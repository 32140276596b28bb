# Checks in-place dunders (__iadd__ and friends), fallback to __add__, and mutation vs rebinding.
class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("__add__")
        return Acc(self.items + list(other))
    def __isub__(self, other):
        print("__isub__")
        self.items = [x for x in self.items if x not in other]
        return self
    def __imul__(self, k):
        print("__imul__")
        self.items *= k
        return self
    def __repr__(self):
        return f"Acc({self.items})"
a = Acc([1])
alias = a
a += [2, 3]
print(a, alias, a is alias)
a -= [2]
print(a)
a *= 2
print(a, a is alias)
b = a + [9]
print(b, b is a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("OnlyAdd.__add__")
        return OnlyAdd(self.v + other)
o = OnlyAdd(1)
before = o
o += 5
print(o.v, before.v, o is before)
class Bad:
    def __iadd__(self, other):
        return NotImplemented
x = Bad()
try:
    x += 1
except TypeError as e:
    print("TypeError:", e)
class Ops:
    def __init__(self):
        self.log = []
    def __ifloordiv__(self, o):
        self.log.append("ifloordiv")
        return self
    def __itruediv__(self, o):
        self.log.append("itruediv")
        return self
    def __imod__(self, o):
        self.log.append("imod")
        return self
    def __ipow__(self, o):
        self.log.append("ipow")
        return self
    def __iand__(self, o):
        self.log.append("iand")
        return self
    def __ior__(self, o):
        self.log.append("ior")
        return self
    def __ixor__(self, o):
        self.log.append("ixor")
        return self
    def __ilshift__(self, o):
        self.log.append("ilshift")
        return self
    def __irshift__(self, o):
        self.log.append("irshift")
        return self
    def __imatmul__(self, o):
        self.log.append("imatmul")
        return self
p = Ops()
p //= 1; p /= 1; p %= 1; p **= 1; p &= 1; p |= 1; p ^= 1; p <<= 1; p >>= 1; p @= 1
print(p.log)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
l = [1]
l2 = l
l += [2]
print(l, l2)
