"""pyjit demo: a little of everything the interpreter runs today."""


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


if __name__ == "__main__":
    print("fib(25) =", fib(25))
    print("2**100 =", 2 ** 100)
    gen = primes()
    print("primes:", [next(gen) for _ in range(10)])
    print("vectors:", sum([Vector(i, -i) for i in range(5)], Vector(0, 0)))
    words = "the quick brown fox jumps over the lazy dog".split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    print("most common:", max(counts, key=counts.get), "x", max(counts.values()))
    print(f"{3.14159:.2f} {255:#x} {'centered':^12}|")
