# Generators and coroutines resumed from tier 1: send, throw and close at hot suspension points, yield from.


def counter(limit):
    total = 0
    i = 0
    while i < limit:
        try:
            received = yield i
        except ValueError as e:
            total += 1000
            received = None
            yield "caught %s" % e
        if received is not None:
            total += received
        i += 1
    return total


def drive(rounds):
    log = []
    for r in range(rounds):
        g = counter(6)
        log.append(next(g))
        log.append(g.send(10))
        log.append(g.throw(ValueError("x%d" % r)))
        log.append(next(g))
        try:
            while True:
                next(g)
        except StopIteration as stop:
            log.append(stop.value)
    return log[-5:], len(log)


print(drive(40))


def inner(n):
    for k in range(n):
        got = yield k
        if got == "stop":
            return "stopped at %d" % k
    return "ran out"


def outer(n):
    result = yield from inner(n)
    yield result


def delegate(rounds):
    out = []
    for r in range(rounds):
        g = outer(5)
        vals = [next(g), next(g)]
        vals.append(g.send("stop" if r % 2 else None))
        out.append(vals)
    return out[:2], len(out)


print(delegate(40))


def closing(rounds):
    closed = 0
    for r in range(rounds):
        def gen():
            nonlocal closed
            try:
                yield 1
                yield 2
            finally:
                closed += 1
        g = gen()
        next(g)
        g.close()
    return closed


print("closed", closing(40))


def pipeline(n):
    evens = (x for x in range(n) if x % 2 == 0)
    squares = (x * x for x in evens)
    return sum(squares)


print("pipeline", [pipeline(k) for k in range(30, 60, 10)])


async def add(a, b):
    return a + b


async def compute(n):
    total = 0
    for i in range(n):
        total += await add(i, 1)
    return total


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value


print("coroutine", [run(compute(k)) for k in range(0, 100, 25)])


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


g = fib()
vals = [next(g) for _ in range(90)]
print("fib", vals[-1])
