# Checks closure patterns: memoization, function factories with state, generators over closures, cells.
def memoize(fn):
    cache = {}
    calls = [0]
    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = fn(n)
        return cache[n]
    wrapper.stats = lambda: (len(cache), calls[0])
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.stats())
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size
push, pop, size = make_stack()
push(1)
push(2)
print(size(), pop(), size())
def running_average():
    total = 0
    count = 0
    def add(value):
        nonlocal total, count
        total += value
        count += 1
        return total / count
    return add
avg = running_average()
print([avg(v) for v in [10, 20, 30, 40]])
def make_accumulators(n):
    return [lambda x, k=k: x + k for k in range(n)]
print([f(100) for f in make_accumulators(3)])
def bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient funds"
        balance -= amount
        return balance
    return deposit, withdraw
dep, wd = bank(100)
print(dep(50), wd(30), wd(500), dep(0))
def outer():
    value = "first"
    def reader():
        return value
    results = [reader()]
    value = "second"
    results.append(reader())
    return results
print(outer())
def counter_gen():
    count = 0
    def tick():
        nonlocal count
        count += 1
        return count
    while True:
        yield tick()
g = counter_gen()
print(next(g), next(g), next(g))
