# Checks properties with inheritance: overriding, extending a parent's property, and super() in properties.
class Base:
    def __init__(self):
        self._name = "base"
    @property
    def name(self):
        return self._name
    @name.setter
    def name(self, v):
        self._name = v.strip()
    @property
    def kind(self):
        return "Base kind"
class Child(Base):
    @property
    def kind(self):
        return "Child kind, parent said: " + super().kind
    @Base.name.setter
    def name(self, v):
        print("Child setter")
        Base.name.fset(self, v.upper())
c = Child()
print(c.name, c.kind)
c.name = "  new name  "
print(repr(c.name))
b = Base()
b.name = "  plain  "
print(repr(b.name), Base.kind.fget(c))
class Shape:
    @property
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{type(self).__name__} area={self.area}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    @property
    def area(self):
        return self.s ** 2
print(Sq(3).describe())
try:
    Shape().describe()
except NotImplementedError:
    print("NotImplementedError from Shape.area")
class Cached:
    counter = 0
    @property
    def token(self):
        Cached.counter += 1
        return f"token{Cached.counter}"
x = Cached()
print(x.token, x.token, Cached.counter)
class Celsius:
    def __init__(self, v):
        self.v = v
    celsius = property(lambda self: self.v)
    kelvin = property(lambda self: self.v + 273.15)
print(Celsius(25).celsius, Celsius(25).kelvin, isinstance(Celsius.kelvin, property))
