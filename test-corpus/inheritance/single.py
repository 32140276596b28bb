# Checks single inheritance: overriding, extending with super(), attribute lookup through the chain.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area()}"
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        Shape.__init__(self, "triangle")
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
    def describe(self):
        return "TRIANGLE: " + super().describe()
for s in [Shape("blob"), Rect(2, 3), Square(4), Triangle(3, 5)]:
    print(s.describe())
sq = Square(2)
print(isinstance(sq, Rect), isinstance(sq, Shape), issubclass(Square, Shape), type(sq).__name__)
print([c.__name__ for c in Square.__mro__])
print(Square.sides, Square.area is Rect.area, Square.__bases__[0].__name__)
class Base:
    def greet(self):
        return "base greet"
    def call_greet(self):
        return self.greet()
class Derived(Base):
    def greet(self):
        return "derived greet"
print(Base().call_greet(), Derived().call_greet())
class NoInit(Rect):
    pass
print(NoInit(5, 6).area(), NoInit(1, 1).name)
class Abstract:
    def run(self):
        raise NotImplementedError("subclasses must implement run")
class Concrete(Abstract):
    def run(self):
        return "ran"
print(Concrete().run())
try:
    Abstract().run()
except NotImplementedError as e:
    print("NotImplementedError:", e)
