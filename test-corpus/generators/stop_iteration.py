# Checks how generator return values travel through StopIteration and how StopIteration inside generators becomes RuntimeError.
def g():
    yield 1
    return "the value"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value, "args:", e.args)
def no_return():
    yield 1
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def return_none():
    yield 1
    return None
it = return_none()
next(it)
try:
    next(it)
except StopIteration as e:
    print("explicit None value:", e.value, e.args)
def leaky():
    yield 1
    raise StopIteration("leaked")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def next_inside():
    it = iter([])
    yield next(it)
try:
    list(next_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
def tuple_return():
    yield
    return (1, 2)
t = tuple_return()
next(t)
try:
    next(t)
except StopIteration as e:
    print(e.value, e.args)
class Manual:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("manual stop")
print(list(Manual()))
try:
    next(Manual())
except StopIteration as e:
    print("StopIteration:", e, e.value)
e = StopIteration(1, 2)
print(e.value, e.args, str(e))
