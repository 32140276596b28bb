# Uncaught IndexError inside a method called from another method of a class.
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
class Queue:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def peek_at(self, i):
        return self.items[i]
    def third(self):
        return self.peek_at(2)
q = Queue()
q.push("a")
q.push("b")
print("first:", q.peek_at(0))
print("third:", q.third())
