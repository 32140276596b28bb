# Checks reflected dunders (__radd__ etc.), NotImplemented fallback order, and subclass-first dispatch.
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __add__(self, other):
        print("Num.__add__", other)
        if isinstance(other, (int, Num)):
            return Num(self.v + (other.v if isinstance(other, Num) else other))
        return NotImplemented
    def __radd__(self, other):
        print("Num.__radd__", other)
        if isinstance(other, int):
            return Num(other + self.v)
        return NotImplemented
    def __rsub__(self, other):
        return Num(other - self.v)
    def __rmul__(self, other):
        return Num(other * self.v)
    def __rtruediv__(self, other):
        return Num(other / self.v)
    def __rfloordiv__(self, other):
        return Num(other // self.v)
    def __rmod__(self, other):
        return Num(other % self.v)
    def __rpow__(self, other):
        return Num(other ** self.v)
    def __rmatmul__(self, other):
        return "rmatmul"
    def __rand__(self, other):
        return "rand"
    def __ror__(self, other):
        return "ror"
    def __rxor__(self, other):
        return "rxor"
    def __rlshift__(self, other):
        return "rlshift"
    def __rrshift__(self, other):
        return "rrshift"
n = Num(5)
print(n + 1)
print(1 + n)
print(n + n)
print(10 - n, 3 * n, 10 / n, 17 // n, 17 % n, 2 ** n)
print([1] @ n if False else "skip", 1 & n, 1 | n, 1 ^ n, 1 << n, 1 >> n)
print(sum([Num(1), Num(2), Num(3)]))
try:
    "s" + n
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__"
print(Base() + Sub(), Sub() + Base(), Base() + Base())
class Left:
    def __add__(self, other):
        return NotImplemented
class Right:
    def __radd__(self, other):
        return "Right.__radd__ with " + type(other).__name__
print(Left() + Right())
try:
    Right() + Left()
except TypeError as e:
    print("TypeError:", e)
print(1 + 2.5, (1).__add__(2.5), (2.5).__radd__(1), (1).__radd__(2))
