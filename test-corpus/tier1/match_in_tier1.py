# Checks match statements in functions hot enough for the baseline tier: every pattern kind in a loop, captures, guards, and errors raised from compiled code.
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class NoArgs:
    pass

def classify(v):
    match v:
        case 0 | 1:
            return 1
        case int(n) if n < 0:
            return -n
        case [a, b, *rest]:
            return a + b + len(rest)
        case (a,):
            return a
        case {"w": w, **others}:
            return w + len(others)
        case Vec(0, y):
            return y
        case Vec(x, y=y):
            return x * y
        case str() as s:
            return len(s)
        case None:
            return 100
        case _:
            return 7

values = [0, 1, -5, [1, 2], [1, 2, 3, 4], (9,), {"w": 3}, {"w": 1, "z": 2}, Vec(0, 4), Vec(2, 3), "hello", None, 2.5]
total = 0
for i in range(3000):
    for v in values:
        total += classify(v)
print(total)
print([classify(v) for v in values])

def unpack_all(pairs):
    out = []
    for p in pairs:
        match p:
            case (k, v) if k != "skip":
                out.append(k)
            case _:
                pass
    return out
for i in range(200):
    result = unpack_all([("a", 1), ("skip", 2), ("b", 3), [("c", 4)]])
print(result)

def bad(v):
    match v:
        case NoArgs(x):
            return x
    return None
count = 0
for i in range(2000):
    try:
        bad(NoArgs() if i % 500 == 499 else i)
    except TypeError as e:
        count += 1
        message = str(e)
print(count, message)
