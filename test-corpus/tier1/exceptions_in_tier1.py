# Exceptions raised, caught and re-raised inside compiled loops, and a traceback that leaves them.


def parse_all(items, rounds):
    good = bad = 0
    for r in range(rounds):
        for s in items:
            try:
                good += int(s)
            except ValueError:
                bad += 1
            finally:
                good += 0
    return good, bad


print(parse_all(["1", "x", "3", ""], 40))


def nested(rounds):
    log = []
    for r in range(rounds):
        try:
            try:
                if r % 3 == 0:
                    raise KeyError(r)
                if r % 3 == 1:
                    raise IndexError(r)
            except KeyError as e:
                log.append("k%s" % e)
                raise
        except Exception as e:
            log.append(type(e).__name__)
    return log[:8], len(log)


print(nested(60))


def early_return(rounds):
    total = 0
    for r in range(rounds):
        try:
            if r == rounds - 1:
                return total
            total += r
        finally:
            total += 1
    return -1


print("early", early_return(50))


def depth(n):
    return 1 if n == 0 else 1 + depth(n - 1)


for i in range(30):
    d = depth(50)
print("depth", d)
try:
    depth(100000)
except RecursionError as e:
    print("recursion", type(e).__name__)


def gen(n):
    for i in range(n):
        yield i * i


def consume(rounds):
    s = 0
    for r in range(rounds):
        for v in gen(5):                        # generators stay in the interpreter
            s += v
    return s


print("gen", consume(50))


class Resource:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("in")
        return self

    def __exit__(self, t, v, tb):
        self.log.append("out" if t is None else "err")
        return t is ZeroDivisionError


def with_loop(rounds):
    log = []
    for r in range(rounds):
        with Resource(log):
            if r % 2:
                1 / 0
    return log[:4], len(log)


print(with_loop(40))


def divide(values):
    out = []
    for v in values:
        out.append(100 // v)
    return out


for i in range(30):
    divide([1, 2, 3])
print(divide([5, 4, 0]))
