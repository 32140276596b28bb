# operator.methodcaller/attrgetter/itemgetter pickle and copy as CPython's (keyword arguments through functools.partial)
import copy
import operator
import pickle


class A:
    def bar(self, f=42):
        return f

    def foo(self, *args, **kw):
        return args, sorted(kw.items())


for f in [operator.methodcaller('bar'), operator.methodcaller('foo', 1, 2), operator.methodcaller('bar', f=5),
          operator.methodcaller('foo', 3, x=1, y=2), operator.attrgetter('bar', '__class__.__name__'),
          operator.itemgetter(1, 0)]:
    r = f.__reduce__()
    print(repr(f), type(r[0]).__name__, r[1])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        g = pickle.loads(pickle.dumps(f, proto))
        assert repr(g) == repr(f), (g, f)
    g = copy.deepcopy(f)
    target = A() if not isinstance(f, operator.itemgetter) else "xyz"
    print(repr(g), g(target) == f(target), str(g(target))[:40])
