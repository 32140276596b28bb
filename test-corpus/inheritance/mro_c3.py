# Checks the C3 method resolution order for diamonds and complex hierarchies, printed by class names.
def mro(cls):
    return [c.__name__ for c in cls.__mro__]
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in [A, K1, K2, K3, Z]:
    print(cls.__name__, mro(cls))
class Top:
    def who(self):
        return "Top"
class Left(Top):
    def who(self):
        return "Left"
class Right(Top):
    def who(self):
        return "Right"
class Bottom(Left, Right):
    pass
class Bottom2(Right, Left):
    pass
print(mro(Bottom), Bottom().who())
print(mro(Bottom2), Bottom2().who())
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Wrong(O, A): pass
except TypeError as e:
    print("TypeError:", e)
class Fine(A, O): pass
print(mro(Fine))
print(Z.mro() == list(Z.__mro__), type(Z.__mro__).__name__)
class Mixin:
    def hello(self):
        return "mixin hello from " + type(self).__name__
class Thing(Mixin, K3):
    pass
print(mro(Thing), Thing().hello())
print(mro(bool), mro(object), mro(type))
