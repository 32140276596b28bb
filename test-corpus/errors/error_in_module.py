# Uncaught exception raised inside an imported module: the traceback crosses files and names the module's class.
# Warm-up: ordinary work before the failure, so the error comes after real output.
class Tally:
    def __init__(self):
        self.counts = {}
    def add(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1
        return self
tally = Tally().add("x").add("y").add("x")
print("warm-up", tally.counts, max(tally.counts, key=tally.counts.get))
print("warm-up", [n * n for n in range(6) if n % 2], f"{2 ** 10:,}")
# Warm-up: ordinary work before the failure, so the error comes after real output.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print("warm-up", [fib(i) for i in range(12)])
pairs = list(zip("abc", range(3)))
print("warm-up", pairs, dict(pairs), "-".join(k for k, _ in pairs))
import _faulty
print("calling into _faulty")
result = _faulty.process([1, 2, 3])
print("first result", result)
_faulty.process([4, -1])
