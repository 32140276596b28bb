# Checks @property getters, setters, deleters, validation in setters, and computed attributes.
class Circle:
    def __init__(self, radius):
        self.radius = radius
    @property
    def radius(self):
        print("get radius")
        return self._radius
    @radius.setter
    def radius(self, value):
        print("set radius", value)
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value
    @radius.deleter
    def radius(self):
        print("delete radius")
        del self._radius
    @property
    def area(self):
        return round(3.14159 * self._radius ** 2, 3)
c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.area, vars(c))
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
del c.radius
print(vars(c), hasattr(c, "_radius"))
try:
    c.radius
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.radius).__name__, Circle.radius.fget.__name__, Circle.area.fset)
class Temperature:
    def __init__(self):
        self._c = 0.0
    def get_f(self):
        return self._c * 9 / 5 + 32
    def set_f(self, f):
        self._c = (f - 32) * 5 / 9
    fahrenheit = property(get_f, set_f, doc="Degrees Fahrenheit")
t = Temperature()
print(t.fahrenheit)
t.fahrenheit = 212
print(t._c, t.fahrenheit, Temperature.fahrenheit.__doc__)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        if not hasattr(self, "_value"):
            self.computed += 1
            self._value = sum(range(1000))
        return self._value
lz = Lazy()
print(lz.value, lz.value, lz.computed)
