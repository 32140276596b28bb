# Uncaught exception raised while handling another: "During handling of the above exception, another exception occurred".
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
def risky():
    return [1, 2, 3][10]
def handler():
    try:
        risky()
    except IndexError:
        print("handling IndexError")
        log = None
        log.append("failed")
handler()
