# Checks __enter__/__exit__: call order, the as-value, exception arguments, suppression, nesting, and re-raise.
class Tracer:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with Tracer("a") as value:
    print("body sees", value)
print("after a")
with Tracer("b", suppress=True):
    print("raising in b")
    raise ValueError("swallowed")
    print("never printed")
print("after b")
try:
    with Tracer("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
with Tracer("outer") as o, Tracer("inner") as i:
    print("nested body", o, i)
with Tracer("x"), Tracer("y", suppress=True):
    1 / 0
print("after x/y")
def early_return():
    with Tracer("ret"):
        return "returned value"
print(early_return())
for n in range(3):
    with Tracer("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class Resource:
    def __init__(self):
        self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, *exc):
        self.open = False
r = Resource()
with r as same:
    print("inside", r.open, same is r)
print("outside", r.open)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
