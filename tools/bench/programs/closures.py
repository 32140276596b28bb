# Closures: counters and accumulators that capture variables, nonlocal updates,
# function composition, partial application written by hand, lambdas in sorting and
# decorators that wrap functions.


def make_counter(step):
    count = 0

    def increment():
        nonlocal count
        count += step
        return count
    return increment


def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x
    return composed


def partial(function, *bound):
    def call(*rest):
        return function(*(bound + rest))
    return call


def memoize(function):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = function(n)
        return cache[n]
    return wrapper


def counting(function):
    calls = [0]

    def wrapper(*args):
        calls[0] += 1
        return function(*args)
    wrapper.calls = calls
    return wrapper


@memoize
def partitions(n):
    # number of ways to write n as a sum of positive integers (Euler's recurrence)
    if n < 0:
        return 0
    if n == 0:
        return 1
    total = 0
    k = 1
    while True:
        g1 = k * (3 * k - 1) // 2
        if g1 > n:
            break
        g2 = k * (3 * k + 1) // 2
        sign = 1 if k % 2 else -1
        total += sign * (partitions(n - g1) + partitions(n - g2))
        k += 1
    return total


@counting
def add3(a, b, c):
    return a + b + c


counters = [make_counter(s) for s in range(1, 6)]
for i in range(900000):
    counters[i % 5]()
counts = [c() for c in counters]
pipeline = compose(lambda x: x + 1, lambda x: x * 3, lambda x: x - 7, abs)
piped = sum(pipeline(i) for i in range(-1000000, 1000000))
adder = partial(add3, 10, 20)
added = sum(adder(i) for i in range(2000000))
words = ["w%d" % ((i * 7) % 1000) for i in range(200000)]
ordered = sorted(words, key=lambda w: (len(w), w[::-1]))
p = 0
for n in range(600):
    p = partitions(n)  # bottom-up keeps the memoized recursion shallow
print("counters", counts)
print("piped", piped)
print("added", added, add3.calls[0])
print("ordered", ordered[:3], ordered[-2:])
print("partitions", p)
print("checksum", (sum(counts) + piped + added + p) % 1000000007)
