# Checks staticmethod and classmethod: calls via class and instance, alternate constructors, subclass cls.
class Temperature:
    unit = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def is_valid(degrees):
        return degrees >= -273.15
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"
    def __repr__(self):
        return f"{type(self).__name__}({self.degrees})"
print(Temperature.from_fahrenheit(212), Temperature.from_fahrenheit(32))
print(Temperature.is_valid(-300), Temperature(5).is_valid(0), Temperature.describe(), Temperature(1).describe())
class Kelvin(Temperature):
    unit = "K"
print(Kelvin.from_fahrenheit(50), Kelvin.describe(), type(Kelvin.from_fahrenheit(0)).__name__)
sm = Temperature.__dict__["is_valid"]
cm = Temperature.__dict__["describe"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(10), cm.__func__(Kelvin))
print(type(Temperature.is_valid).__name__, type(Temperature.describe).__name__, Temperature.describe.__self__ is Temperature)
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)
    @staticmethod
    def helper(a, b):
        return a * b
print(Registry.register("a"), Registry().register("b"), Registry.items, Registry.helper(6, 7))
def plain(x):
    return x + 1
class Holder:
    f = staticmethod(plain)
    g = classmethod(lambda cls, v: cls.__name__ + str(v))
print(Holder.f(1), Holder().f(2), Holder.g(3), Holder().g(4))
class Factory:
    count = 0
    def __init__(self, value):
        self.value = value
    @classmethod
    def make(cls, value):
        cls.count += 1
        return cls(value)
class SubFactory(Factory):
    pass
Factory.make(1)
SubFactory.make(2)
SubFactory.make(3)
print(Factory.count, SubFactory.count, SubFactory.make(9).value)
