# Checks function objects: __name__, __qualname__, __doc__, __module__, custom attributes, functions as values.
def outer():
    def inner():
        pass
    return inner
class K:
    def method(self):
        pass
    class Nested:
        def deep(self):
            pass
print(outer.__name__, outer.__qualname__, outer().__qualname__)
print(K.method.__name__, K.method.__qualname__, K.Nested.deep.__qualname__)
print((lambda: 0).__qualname__, outer.__module__)
def documented(x):
    """First line.

    More text."""
    return x
print(repr(documented.__doc__))
print(documented.__doc__.splitlines()[0])
def annotated(a: int, b: "text" = "x") -> list:
    return [a, b]
print(annotated.__annotations__)
documented.custom = 42
documented.tags = ["a"]
print(documented.custom, documented.tags, sorted(k for k in vars(documented)))
def apply(fn, *args):
    return fn(*args)
print(apply(len, "four"), apply(max, 3, 9), apply(documented, "id"))
table = [abs, str, repr, len]
print([fn(-3) if fn is not len else fn("x") for fn in table])
print(type(len).__name__, type(documented).__name__, type(K().method).__name__, type(K.method).__name__)
print(callable(documented), callable(3), callable(K), callable(K()), callable(print))
bound = K().method
print(bound.__name__, bound.__self__.__class__.__name__, bound.__func__ is K.method)
def counter():
    counter.n = getattr(counter, "n", 0) + 1
    return counter.n
print(counter(), counter(), counter())
try:
    documented.missing
except AttributeError as e:
    print("AttributeError:", e)
print(documented.__code__.co_name, documented.__code__.co_argcount)
print(str(len), repr(abs), print.__name__)
