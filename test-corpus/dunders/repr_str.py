# Checks __repr__ and __str__: which builtins use which, fallback of str to repr, containers, and format().
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, str(b), repr(b), f"{b}", f"{b!r}", f"{b!s}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(r, str(r), repr(r), [r], (r,), {r: r})
print(s, str(s), [b, r], {"k": b})
print(repr(s).startswith("<__main__.StrOnly object at "), str(s))
class WithFormat:
    def __format__(self, spec):
        return f"formatted[{spec}]"
    def __str__(self):
        return "plain str"
w = WithFormat()
print(format(w), format(w, "x>5"), f"{w:abc}", "{:spec}".format(w), str(w), f"{w!s:>12}")
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def __repr__(self):
        if not self.kids:
            return f"Tree({self.v!r})"
        return f"Tree({self.v!r}, {self.kids!r})"
print(Tree("root", [Tree(1), Tree("x", [Tree(None)])]))
print(repr(Tree("q'uote")), ascii(Tree("é")))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        return format(str(self), spec)
m = Money(12345)
print(m, repr(m), [m], f"[{m:>10}]", f"[{m:<10}]", print(m) is None)
