# Checks generator.throw(): handling inside the generator, propagation, and finally blocks during throw.
def resilient():
    while True:
        try:
            x = yield "ready"
            print("got", x)
        except ValueError as e:
            print("handled ValueError:", e)
            yield "recovered"
g = resilient()
print(next(g))
print(g.send(1))
print(g.throw(ValueError("bad value")))
print(next(g))
def fragile():
    try:
        yield 1
        yield 2
    finally:
        print("fragile finally")
f = fragile()
next(f)
try:
    f.throw(KeyError("boom"))
except KeyError as e:
    print("propagated KeyError:", e)
print(list(f))
def unstarted():
    print("body")
    yield 1
u = unstarted()
try:
    u.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("RuntimeError:", e)
def delegating():
    try:
        yield from resilient()
    finally:
        print("delegating finally")
d = delegating()
print(next(d), d.throw(ValueError("through yield from")))
d.close()
def converter():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("converted") from None
c = converter()
next(c)
try:
    c.throw(ZeroDivisionError)
except ArithmeticError as e:
    print("ArithmeticError:", e, e.__suppress_context__, repr(e.__context__))
