# Checks that unbounded recursion raises RecursionError (a RuntimeError) with CPython's message, and recovery after it.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError), type(e).__name__)
def forever_method_depth():
    class Loop:
        def go(self):
            return self.go()
    try:
        Loop().go()
    except RecursionError as e:
        return str(e)
print("method:", forever_method_depth())
class Recursive:
    def __repr__(self):
        return repr(self)
try:
    repr(Recursive())
except RecursionError as e:
    print("repr:", type(e).__name__)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
def safe_depth(n):
    if n == 0:
        return "ok"
    return safe_depth(n - 1)
print("after recovery:", safe_depth(500))
caught = 0
for _ in range(3):
    try:
        forever(0)
    except RecursionError:
        caught += 1
print("caught", caught, "times")
def with_finally(n, log):
    try:
        return with_finally(n + 1, log)
    finally:
        if n == 0:
            log.append("outermost finally ran")
log = []
try:
    with_finally(0, log)
except RecursionError:
    print("RecursionError with finally blocks:", log)
