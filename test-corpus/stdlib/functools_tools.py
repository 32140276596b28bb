# functools: reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, cached_property, partialmethod.
import functools
from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key, cached_property
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)

square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
print(square(7), cube_mod(4), square.func is power, square.args, square.keywords, repr(partial(int, base=2))[:30])
p2 = partial(partial(max, 1), 5)
print(p2(3), p2.args, p2.func is max)

calls = []
@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n
print([slow(i) for i in [1, 2, 1, 3, 1, 2]], calls, slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow.__wrapped__(4), slow.__name__)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)

@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info().currsize)

@lru_cache(typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return ("logged", func(*args, **kwargs))
    return wrapper

@logged
def greet(name):
    """Say hello."""
    return "hello " + name
print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__("x"))

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)
    def __eq__(self, other):
        return self.key == other.key
    def __lt__(self, other):
        return self.key < other.key
    def __repr__(self):
        return "V%d.%d" % self.key
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), Version(1, 0) <= Version(1, 0), Version(2, 0) > Version(1, 9), Version(1, 0) >= Version(1, 1))

def compare_len(a, b):
    return len(a) - len(b) or (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa"], key=cmp_to_key(compare_len)), cmp_to_key(compare_len)("ab") < cmp_to_key(compare_len)("abc"))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)

print(functools.reduce(lambda acc, kv: acc + kv[1], {"a": 1, "b": 2}.items(), 0))
pm = functools.partialmethod
class Cell:
    def set_state(self, state):
        self.state = state
    alive = pm(set_state, True)
cell = Cell(); cell.alive(); print(cell.state)
