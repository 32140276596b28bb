# Checks property-like behaviour built from staticmethod/classmethod/property objects created by calls.
class Typed:
    def __init__(self):
        self._items = []
    def _get_count(self):
        return len(self._items)
    count = property(_get_count)
    def add(self, x):
        self._items.append(x)
        return self
    @classmethod
    def build(cls, *xs):
        obj = cls()
        for x in xs:
            obj.add(x)
        return obj
    @staticmethod
    def kinds():
        return ["int", "str"]
t = Typed.build(1, 2, 3)
print(t.count, Typed.kinds(), t.kinds(), type(Typed.__dict__["count"]).__name__)
prop = Typed.__dict__["count"]
print(prop.fget(t), prop.fset, prop.fdel, prop.__get__(t, Typed))
print(prop.__get__(None, Typed) is prop)
def getter(self):
    return "got " + self.label
class Late:
    def __init__(self, label):
        self.label = label
Late.shown = property(getter)
print(Late("abc").shown)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Host:
    size = sm
    who = cm
print(Host.size("four"), Host().size([1]), Host.who(), Host().who())
class Ro:
    value = property(lambda self: 42)
r = Ro()
print(r.value, Ro.value.__class__.__name__)
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
p2 = Ro.value.setter(lambda self, v: print("setting", v))
Ro.value = p2
r.value = 7
print(r.value)
