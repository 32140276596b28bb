# int(), float(), complex(), round(), format() and operators on objects implementing the number protocols
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Intable:
    def __int__(self): return 7
class Truncable:
    def __trunc__(self): return Idx(9)
class BadInt:
    def __int__(self): return "x"
class Floaty:
    def __float__(self): return 2.5
class Complexy:
    def __complex__(self): return 1 + 2j
class Rounder:
    def __round__(self, n=None): return ("rounded", n)

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("int(Idx)", lambda: int(Idx(3)))
attempt("int(Intable)", lambda: int(Intable()))
attempt("int(Truncable)", lambda: int(Truncable()))
attempt("int(BadInt)", lambda: int(BadInt()))
attempt("int(Idx, 16)", lambda: int(Idx(3), 16))
attempt("int('ff', Idx)", lambda: int("ff", Idx(16)))
attempt("float(Floaty)", lambda: float(Floaty()))
attempt("float(Idx)", lambda: float(Idx(2**53 + 1)))
attempt("complex(Complexy)", lambda: complex(Complexy()))
attempt("complex(Floaty, Idx)", lambda: complex(Floaty(), Idx(4)))
attempt("round(Rounder)", lambda: round(Rounder()))
attempt("round(Rounder, 2)", lambda: round(Rounder(), 2))
attempt("'ab' * Idx", lambda: "ab" * Idx(3))
attempt("'abc'[Idx]", lambda: "abc"[Idx(1)])
attempt("'abc'[Idx:]", lambda: "abc"[Idx(1):])
attempt("'%d' % Floaty", lambda: "%d" % Floaty())
attempt("'%x' % Idx", lambda: "%x" % Idx(255))
attempt("'%c' % Idx", lambda: "%c" % Idx(65))
attempt("'%f' % Idx", lambda: "%f" % Idx(2))
attempt("'%f' % Floaty", lambda: "%f" % Floaty())
attempt("hex(Idx)", lambda: hex(Idx(255)))
attempt("pow(2, Idx)", lambda: 2 ** Idx(3))
attempt("1 + Floaty", lambda: 1 + Floaty())
attempt("'ab'.center(Idx)", lambda: "ab".center(Idx(6), "*"))

class Money(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec or ".2f")
    def __repr__(self):
        return "Money(" + super().__repr__() + ")"
m = Money(3.14159)
print(f"{m}", f"{m:.1f}", format(m), str(m), repr(m), m + 1, type(m + 1).__name__, -m, round(m, 2), type(round(m, 2)).__name__)

class Celsius(int):
    def __add__(self, other):
        return Celsius(int(self) + int(other))
    def __str__(self):
        return f"{int(self)}°C"
c = Celsius(20)
print(c, c + 5, type(c + 5).__name__, 5 + c, type(5 + c).__name__, c * 2, c == 20, hash(c) == hash(20), f"{c:>6}", "%s|%d" % (c, c), sorted([Celsius(3), 1, 2.5]))

class Name(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().title())
    def greet(self):
        return "Hello, " + self
n = Name("  ada lovelace ")
print(n, repr(n), len(n), n.greet(), n.upper(), type(n.upper()).__name__, n == "Ada Lovelace", n in {"Ada Lovelace"}, n[:3], "{:>15}|".format(n), n.split(), f"{n!r}")
print(isinstance(True, int), True + True, True & False, type(True & False).__name__, True | 2, ~True, -True, True / 2, True ** 10, divmod(True, 2), repr(True), str(False), int(True), float(True), f"{True}", f"{True:d}", f"{True:>5}")
print(bool.__new__(bool, [1]), bool(), bool(0.0), bool(0j), bool(""), bool("0"))
