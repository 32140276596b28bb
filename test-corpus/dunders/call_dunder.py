# Checks __call__: callable instances with state, arguments, callable(), and objects used as functions.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5.calls, callable(add5), callable(Adder))
print(list(map(Adder(100), [1, 2, 3])), sorted([3, 1, 2], key=Adder(-10)))
class Compose:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, x):
        for fn in reversed(self.fns):
            x = fn(x)
        return x
print(Compose(str, abs, Adder(-10))(3), Compose()(7))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print(callable(NotCallable()), callable(lambda: 0), callable(len), callable("str"))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(25), len(fact.cache), type(fact).__name__)
class Counter:
    count = 0
    def __call__(self):
        Counter.count += 1
        return Counter.count
c = Counter()
print(c(), c(), Counter()(), Counter.count)
