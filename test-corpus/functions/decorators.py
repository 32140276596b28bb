# Checks decorators: plain, with arguments, stacked order, preserving metadata by hand, class decorators.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("return", fn.__name__, result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b=1):
    "Adds two numbers."
    return a + b
print(add(2, b=3))
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
def repeat(times):
    print("repeat factory", times)
    def deco(fn):
        print("decorating", fn.__name__)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def greet(name):
    return "hi " + name
print(greet("bob"))
def tag(label):
    def deco(fn):
        print("applying", label)
        def wrapper():
            return "<" + label + ">" + fn() + "</" + label + ">"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "word"
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one():
    return 1
@register
def two():
    return 2
print(registry, one(), two())
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(90))
def add_method(cls):
    cls.describe = lambda self: "I am " + type(self).__name__
    return cls
@add_method
class Thing:
    pass
print(Thing().describe())
decorate_with = [trace][0]
@decorate_with
def sub(a, b):
    return a - b
sub(5, 3)
