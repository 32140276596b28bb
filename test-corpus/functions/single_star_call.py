# f(*x) with one starred argument and nothing else positional: x is passed as it is when it is
# a tuple, else iterated into one (lists, tuple subclasses with their own __iter__, generators,
# strings, dicts, ranges, sets); a non-iterable raises CPython's TypeError naming the callee.
import traceback


def show(*args, **kw):
    return args, kw


def three(a, b, c):
    return a + b + c


class T(tuple):
    def __iter__(self):
        return iter(("overridden",))


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


t = (1, 2, 3)
print(show(*t), show(*[4, 5]), show(*"ab"), show(*{"k": 1, "j": 2}), show(*range(3)))
print(show(*T((7, 8))), show(*(x * x for x in range(4))), show(*Seq()), show(*()), show(*[]))
print(show(*t, **{"z": 1}), show(*[1], key=2), three(*t), three(*[1, 2, 3]), sorted(show(*{5, 6})[0]))
print(max(*[3, 9, 2]), "-".join(show(*"xyz")[0]), list(zip(*[(1, 2), (3, 4)])), str(*["s"]))
args = [1, 2]
r = show(*args)
args.append(3)
print(r, args)


def passthrough(*args):
    return show(*args)


print(passthrough(1, 2), passthrough(), passthrough(*t) == t, show(*t)[0] is t)
for bad in (5, None, 2.5):
    try:
        show(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    three(*[1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    len(*42)
except TypeError as e:
    print("TypeError", e)


class C:
    def method(self, *a):
        return a


c = C()
print(c.method(*t), C.method(*(c, 1)))
try:
    c.method(
        *1
    )
except TypeError:
    traceback.print_exc(limit=1, file=__import__("sys").stdout)


def gen():
    yield 1
    raise ValueError("from the iterable")


try:
    show(*gen())
except ValueError as e:
    print("ValueError", e)
