# Checks CPython's TypeError messages for wrong calls: missing, extra, duplicate and bad keyword arguments.
def f(a, b):
    return a + b
def g(a, b=1, *, k):
    return a
def h(a, /, b):
    return a
def v(*args, k):
    return args
def m(x, y, z):
    return x
class C:
    def method(self, x):
        return x
    @staticmethod
    def smethod(x):
        return x
    @classmethod
    def cmethod(cls, x):
        return x
five, text, nothing = 5, "s", None
calls = [
    ("f()", lambda: f()),
    ("f(1)", lambda: f(1)),
    ("f(1, 2, 3)", lambda: f(1, 2, 3)),
    ("f(1, c=2)", lambda: f(1, c=2)),
    ("f(1, a=2)", lambda: f(1, a=2)),
    ("f(b=1)", lambda: f(b=1)),
    ("m()", lambda: m()),
    ("m(1)", lambda: m(1)),
    ("g(1)", lambda: g(1)),
    ("g(1, 2, 3)", lambda: g(1, 2, 3)),
    ("g(1, 2, 3, k=1)", lambda: g(1, 2, 3, k=1)),
    ("g(k=1)", lambda: g(k=1)),
    ("h(a=1, b=2)", lambda: h(a=1, b=2)),
    ("h(1)", lambda: h(1)),
    ("v(1, 2)", lambda: v(1, 2)),
    ("v(k=1, j=2)", lambda: v(k=1, j=2)),
    ("C().method()", lambda: C().method()),
    ("C().method(1, 2)", lambda: C().method(1, 2)),
    ("C.method(1)", lambda: C.method(1)),
    ("C().smethod()", lambda: C().smethod()),
    ("C.cmethod(1, 2)", lambda: C.cmethod(1, 2)),
    ("C(1)", lambda: C(1)),
    ("lambda", lambda: (lambda x: x)()),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len(1, 2)),
    ("len(5)", lambda: len(5)),
    ("abs(x=1)", lambda: abs(x=1)),
    ("f(*1)", lambda: f(*1)),
    ("f(**1)", lambda: f(**1)),
    ("five()", lambda: five()),
    ("text()", lambda: text()),
    ("nothing()", lambda: nothing()),
]
for text, fn in calls:
    try:
        fn()
        print(text, "-> no error")
    except TypeError as e:
        print(text, "->", e)
