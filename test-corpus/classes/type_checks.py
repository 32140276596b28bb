# Checks type(), isinstance, issubclass with tuples and builtins, type(x).__name__, __class__, and type().
class Animal:
    pass
class Dog(Animal):
    pass
class Cat(Animal):
    pass
d = Dog()
print(type(d).__name__, type(d) is Dog, type(d) == Animal, isinstance(d, Animal), isinstance(d, Cat))
print(isinstance(d, (Cat, Dog)), isinstance(d, (int, str)), isinstance(d, ()))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(Dog, (Cat, object)))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(Dog, type))
values = [0, 1.5, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), slice(1), len, Dog, type, object()]
print([type(v).__name__ for v in values])
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance(1.0, (int, float)))
print(type(type).__name__, type(object).__name__, type(int).__name__, type(None).__name__)
print(int.__mro__, bool.__mro__)
print(Dog.__bases__, Animal.__bases__, object.__bases__)
print(Dog.__mro__)
print([c.__name__ for c in Dog.__mro__])
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
for bad in [lambda: isinstance(d, "Dog"), lambda: issubclass(d, Dog), lambda: issubclass(Dog, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
Dynamic = type("Dynamic", (Animal,), {"sound": "beep", "speak": lambda self: self.sound * 2})
dy = Dynamic()
print(Dynamic.__name__, dy.speak(), isinstance(dy, Animal), [c.__name__ for c in Dynamic.__mro__])
print(type(1) is int, type(1) == type(2), type("") is str, type(d)() is not d)
print(d.__class__.__name__, d.__class__.__bases__[0].__name__)
print(callable(Dog), callable(d), isinstance(print, object), type(print).__name__)
