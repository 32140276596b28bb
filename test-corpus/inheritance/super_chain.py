# Checks cooperative super() across a diamond: each __init__ and method runs once, in MRO order.
class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        self.log = ["Base"]
    def hello(self):
        return ["Base"]
class A(Base):
    def __init__(self, a=None, **kw):
        print("A.__init__ a =", a)
        super().__init__(**kw)
        self.log.append("A")
    def hello(self):
        return ["A"] + super().hello()
class B(Base):
    def __init__(self, b=None, **kw):
        print("B.__init__ b =", b)
        super().__init__(**kw)
        self.log.append("B")
    def hello(self):
        return ["B"] + super().hello()
class C(A, B):
    def __init__(self, **kw):
        print("C.__init__")
        super().__init__(**kw)
        self.log.append("C")
    def hello(self):
        return ["C"] + super().hello()
c = C(a=1, b=2)
print(c.log, c.hello(), [k.__name__ for k in C.__mro__])
class Explicit(A, B):
    def hello(self):
        return ["Explicit"] + super(A, self).hello()
print(Explicit(a=0).hello())
class Parent:
    def method(self):
        return "parent method"
    @classmethod
    def cm(cls):
        return "parent cm of " + cls.__name__
    @staticmethod
    def sm():
        return "parent sm"
class Child(Parent):
    def method(self):
        return "child + " + super().method()
    @classmethod
    def cm(cls):
        return "child + " + super().cm()
    @staticmethod
    def sm():
        return "child + " + super(Child, Child).sm()
print(Child().method(), Child.cm(), Child.sm())
sup = super(Child, Child())
print(sup.method(), type(sup).__name__)
class Attr(Parent):
    value = "attr"
class AttrChild(Attr):
    value = "child"
    def show(self):
        return super().value
print(AttrChild().show())
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
