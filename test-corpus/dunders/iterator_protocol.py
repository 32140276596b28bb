# Checks __iter__/__next__: custom iterators, iterables returning fresh iterators, StopIteration, iter() errors.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c))
for x in Countdown(2):
    print("for", x)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("fresh iterator")
        return Countdown(self.n)
r = Range2(3)
print(list(r), sum(r), max(r), 2 in r)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
out = []
for v in Fib():
    if v > 100:
        break
    out.append(v)
print(out)
zipped = list(zip(Countdown(3), "abc", Fib()))
print(zipped, dict(zip("xy", Countdown(2))), list(enumerate(Countdown(2))))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
calls = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(calls), 0)))
a, b, c = Countdown(3)
print(a, b, c, [*Countdown(2)], tuple(Countdown(1)))
