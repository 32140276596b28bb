# Checks generator send(), close(), GeneratorExit with finally, and errors from sending to a new generator.
def accumulator():
    total = 0
    while True:
        value = yield total
        print("received", value)
        if value is None:
            continue
        total += value
acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(next(acc))
print(acc.send(-3))
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))
def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup runs")
g = with_cleanup()
print(next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
def catches_exit():
    try:
        yield "x"
    except GeneratorExit:
        print("GeneratorExit caught")
        raise
c = catches_exit()
next(c)
c.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def unstarted():
    print("never runs")
    yield
u = unstarted()
u.close()
print("closing an unstarted generator runs nothing")
def echo():
    received = []
    while len(received) < 3:
        item = yield len(received)
        received.append(item)
    return received
e = echo()
next(e)
e.send("a")
e.send("b")
try:
    e.send("c")
except StopIteration as stop:
    print("returned", stop.value)
def averager():
    count, total = 0, 0.0
    avg = None
    while True:
        x = yield avg
        count += 1
        total += x
        avg = total / count
av = averager()
next(av)
print([av.send(x) for x in [10, 20, 60]])
