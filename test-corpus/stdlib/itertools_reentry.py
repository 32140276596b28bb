# tee and pairwise when the source's __next__ re-enters them or another thread reads meanwhile
import threading
from itertools import pairwise, tee

a, b = tee('abc')
c, d = tee(a)
print(a is c, list(c), list(d), list(b))


class Reenter:
    def __init__(self, limit):
        self.count = 0
        self.limit = limit
        self.target = None

    def __iter__(self):
        return self

    def __next__(self):
        self.count += 1
        if self.count > self.limit:
            raise StopIteration
        if self.count == 2 and self.target is not None:
            try:
                print("inner", next(self.target))
            except Exception as e:
                print("inner", type(e).__name__, e)
        return [self.count]


src = Reenter(4)
it = pairwise(src)
src.target = it
print(list(it))

src = Reenter(4)
t1, t2 = tee(src)
src.target = t2
print(list(t1), list(t2))

start, finish = threading.Event(), threading.Event()


class Blocks:
    def __iter__(self):
        return self

    def __next__(self):
        start.set()
        finish.wait()
        return 1


x, y = tee(Blocks())
worker = threading.Thread(target=next, args=[x])
worker.start()
start.wait()
try:
    next(y)
except RuntimeError as e:
    print("RuntimeError", e)
finally:
    finish.set()
    worker.join()
