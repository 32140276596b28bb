# Pickling and copying iterators part-consumed: the builtin containers' iterators, enumerate/zip/map/filter
# and the itertools objects, as CPython 3.11 reduces them (__reduce__ values and the restored iterators).
import copy
import operator
import pickle
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
                       dropwhile, filterfalse, groupby, islice, permutations, product, repeat, starmap, takewhile,
                       zip_longest)


def below3(x):
    return x < 3


def odd(x):
    return x % 2


squares = iter(range(100))


def next_square():
    v = next(squares)
    return v * v


def show_reduce(it):
    r = it.__reduce__()
    # iterators inside the reduce value print with addresses: show their types instead
    def clean(x):
        if isinstance(x, tuple):
            return tuple(clean(y) for y in x)
        if isinstance(x, type):
            return x.__name__
        if hasattr(x, '__next__'):
            return '<%s>' % type(x).__name__
        if callable(x) and hasattr(x, '__name__') and not isinstance(x, type):
            return x.__name__
        return x
    return clean(r)


def roundtrip(it, take=1):
    for _ in range(take):
        next(it, None)
    out = []
    for proto in (0, 2, 4):
        out.append(list(islice(pickle.loads(pickle.dumps(it, proto)), 12)))
    out.append(list(islice(copy.deepcopy(it), 12)))
    out.append(list(islice(copy.copy(it), 12)))
    return out


containers = [[1, 2, 3], (4, 5, 6), "abc", "h\u00e9\U0001f600x", b"xyz", bytearray(b"pq"), range(3, 20, 4),
              range(10, -5, -3), {'a': 1, 'b': 2}, {7}]
for c in containers:
    it = iter(c)
    next(it)
    print(type(it).__name__, show_reduce(it), list(pickle.loads(pickle.dumps(it))))
    list(it)
    print("  exhausted:", show_reduce(it))

for it in [iter({'a': 1, 'b': 2}.items()), iter({'a': 1}.values()), reversed([1, 2, 3]), reversed(range(4)),
           enumerate("abc", 5), zip("ab", [1, 2, 3]), zip([1], [2], strict=True), map(operator.add, [1, 2], [3, 4]),
           filter(None, [0, 1, 2]), iter(next_square, 49)]:
    print(type(it).__name__, show_reduce(it), roundtrip(it))

for it in [count(5), count(2.5, 0.5), count(2 ** 70), cycle("abc"), repeat("x", 4), repeat(0),
           accumulate([1, 2, 3, 4]), accumulate([1, 2, 3], operator.mul, initial=10),
           chain("ab", "cd"), chain.from_iterable(["xy", "z"]), compress("abcdef", [1, 0, 1, 1]),
           dropwhile(below3, range(8)), takewhile(below3, range(8)),
           filterfalse(odd, range(9)), islice("abcdefgh", 1, 7, 2), islice(count(), 3),
           starmap(pow, [(2, 3), (3, 2), (4, 2)]), zip_longest("abc", "d", fillvalue="-"),
           product("ab", range(2)), product("xy", repeat=2), permutations("abc", 2), combinations(range(4), 2),
           combinations_with_replacement("ab", 3)]:
    print(type(it).__name__, show_reduce(it), roundtrip(it, 2))

# a cycle past its first pass, and accumulate with a running total of None
c = cycle("ab")
for _ in range(3):
    next(c)
print(show_reduce(c), list(islice(pickle.loads(pickle.dumps(c)), 5)))
a = accumulate([None, None, None], operator.is_)
next(a)
print(type(pickle.loads(pickle.dumps(a))).__name__, list(pickle.loads(pickle.dumps(a))))

# groupby and its groupers
g = groupby("aabbbc")
k, grp = next(g)
print(k, show_reduce(g), [(k, list(v)) for k, v in pickle.loads(pickle.dumps(g))])
print(list(pickle.loads(pickle.dumps(grp))))

# __setstate__ clamps indices as CPython's
p = product("ab", "cd")
p.__setstate__((5, -3))
print(list(p))
cmb = combinations("abcd", 2)
cmb.__setstate__((0, 9))
print(list(cmb))
it = iter([1, 2, 3])
it.__setstate__(-4)
print(list(it))
for bad in ([list("abc"), 0], (tuple("ab"), 0), (list("ab"), "x")):
    try:
        cycle("q").__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)

# keywords: refused by the builtin constructors and by subclasses without their own __init__
class MyChain(chain):
    pass
class MyMap(map):
    def __init__(self, *args, newarg=None):
        self.newarg = newarg
for make in (lambda: MyChain("ab", newarg=1), lambda: MyMap(str, [1], newarg=3)):
    try:
        m = make()
        print(type(m).__name__, m.newarg, list(m))
    except TypeError as e:
        print("TypeError", e)
