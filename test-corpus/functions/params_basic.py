# Checks positional and keyword arguments, defaults, default evaluation time, and return values.
def describe(name, age, city="unknown"):
    return f"{name} ({age}) from {city}"
print(describe("Ann", 30))
print(describe("Bob", 25, "Paris"))
print(describe(age=40, name="Cy"))
print(describe("Di", city="Rome", age=22))
def no_return():
    x = 1
print(no_return(), no_return() is None)
def early(n):
    if n < 0:
        return "negative"
    if n == 0:
        return
    return n * 2
print(early(-1), early(0), early(5))
def multi():
    return 1, "two", [3]
print(multi())
counter = 0
def default_time(value=counter):
    return value
counter = 10
print(default_time(), default_time(5))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
def nested_default(a, b=2 * 3, c=len("abc")):
    return a + b + c
print(nested_default(1), nested_default(1, 1), nested_default(1, c=0))
def recursive_default(n, acc=None):
    acc = [] if acc is None else acc
    if n:
        acc.append(n)
        return recursive_default(n - 1, acc)
    return acc
print(recursive_default(4))
print(describe.__name__, describe.__defaults__, describe.__code__.co_argcount, describe.__code__.co_varnames)
def documented():
    "This function has a docstring."
    return documented.__doc__
print(documented(), no_return.__doc__)
def shadow(print=print):
    print("shadowed print works")
shadow()
f = describe
print(f("Eve", 1), f is describe, callable(f), type(f).__name__)
