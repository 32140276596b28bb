# Uncaught NameError at module level for a name with no close match.
# Warm-up: ordinary work before the failure, so the error comes after real output.
def running_totals(xs):
    out, acc = [], 0
    for x in xs:
        acc += x
        out.append(acc)
    return out
print("warm-up", running_totals([3, 1, 4, 1, 5, 9, 2, 6]))
words = "the error below is expected".split()
print("warm-up", sorted(words, key=len), {w: len(w) for w in words[:2]})
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
values = [1, 2, 3]
print(sum(values))
print(undefined_helper_function(values))
