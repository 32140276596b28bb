# Checks chained generator pipelines, infinite generators with manual limits, and generator state.
def read_lines():
    data = "alpha 1\nbeta 22\n\n# comment\ngamma 333\ndelta x\n"
    for line in data.split("\n"):
        print("read", repr(line))
        yield line
def non_empty(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        name, value = line.split()
        if value.isdigit():
            yield name, int(value)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
pipeline = parse(non_empty(read_lines()))
print("pipeline built")
for name, value in pipeline:
    print("got", name, value)
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(15, primes())))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_sum(take(10, naturals()))))
g = naturals()
print(g.gi_running, type(g).__name__)
next(g)
print(next(g), next(g))
def interleave(*gens):
    gens = list(gens)
    while gens:
        for gen in list(gens):
            try:
                yield next(gen)
            except StopIteration:
                gens.remove(gen)
print(list(interleave(iter("abc"), iter([1, 2]), iter(["X"]))))
