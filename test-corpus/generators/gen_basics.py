# Checks generator functions: lazy execution order, yield values, exhaustion, multiple generators, locals kept.
def numbers(n):
    print("start")
    for i in range(n):
        print("before yield", i)
        yield i
        print("after yield", i)
    print("end")
g = numbers(3)
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, "empty"))
def squares():
    i = 0
    while True:
        yield i * i
        i += 1
sq = squares()
print([next(sq) for _ in range(6)])
a, b = squares(), squares()
print(next(a), next(a), next(a), next(b))
def pairs(seq):
    it = iter(seq)
    for first in it:
        second = next(it, None)
        yield first, second
print(list(pairs("abcde")))
def fib(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b
print(list(fib(100)), sum(fib(1000)), max(fib(50)))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def countdown(n):
    while n > 0:
        yield n
        n -= 1
for x in countdown(3):
    print("countdown", x)
print(3 in countdown(5), 9 in countdown(5), sorted(countdown(4)))
def gen_with_return():
    yield 1
    return "finished"
    yield 2
print(list(gen_with_return()))
def early_stop():
    yield "a"
    if True:
        return
    yield "b"
print(list(early_stop()))
g2 = numbers(1)
print(g2.__next__(), iter(g2) is g2)
for _ in g2:
    pass
