# abc: ABC, abstractmethod, abstract properties, register, __subclasshook__, isinstance/issubclass through ABCMeta.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import abc

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return "%s with area %s" % (self.name, self.area())

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"

class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), issubclass(Square, Shape), sorted(Shape.__abstractmethods__))

class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return any("quack" in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Mallard:
    def quack(self):
        return "quack"
print(isinstance(Mallard(), Duck), issubclass(int, Duck))

class Sized2(ABC):
    pass
Sized2.register(list)
print(isinstance([], Sized2), issubclass(list, Sized2), isinstance((), Sized2))
@Sized2.register
class Later:
    pass
print(issubclass(Later, Sized2), type(abc.get_cache_token()).__name__)

class Base(ABC):
    @staticmethod
    @abstractmethod
    def make():
        pass
    @classmethod
    @abstractmethod
    def build(cls):
        pass
class Impl(Base):
    @staticmethod
    def make():
        return "made"
    @classmethod
    def build(cls):
        return cls.__name__
print(Impl.make(), Impl.build(), Impl().make(), type(Shape).__name__, Shape.__module__)
print(abc.update_abstractmethods(Square) is Square)
