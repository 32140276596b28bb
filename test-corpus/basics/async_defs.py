# Checks async/await syntax compiles and that a coroutine can be driven by hand with send(None), without asyncio.
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("awaiting", self.value)
        yield "suspended"
        return self.value * 10
async def add(a, b):
    first = await Ready(a)
    second = await Ready(b)
    return first + second
async def never_called(items, lock):
    async with lock:
        async for item in items:
            await item
    return [x async for x in items]
async def agen():
    yield 1
print(type(add).__name__, add.__name__, callable(never_called), type(agen).__name__)
coro = add(1, 2)
print(type(coro).__name__)
print(coro.send(None))
print(coro.send(None))
try:
    coro.send(None)
except StopIteration as stop:
    print("coroutine returned", stop.value)
unused = add(5, 6)
unused.close()
print("closed an unstarted coroutine")
try:
    unused.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
