# Generators: pipelines of generator functions and generator expressions, yield from,
# send(), an infinite generator cut with a counter, and iterator protocol classes.


def naturals(start):
    n = start
    while True:
        yield n
        n += 1


def take(count, iterable):
    for i, value in enumerate(iterable):
        if i >= count:
            return
        yield value


def primes():
    found = []
    for n in naturals(2):
        is_prime = True
        for p in found:
            if p * p > n:
                break
            if n % p == 0:
                is_prime = False
                break
        if is_prime:
            found.append(n)
            yield n


def chunks(iterable, size):
    chunk = []
    for value in iterable:
        chunk.append(value)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current


prime_list = list(take(40000, primes()))
chunk_sums = [sum(c) for c in chunks(prime_list, 100)]
squares = sum(x * x for x in range(2000000) if x % 3 != 0)
nested = [[i, [i + 1, [i + 2, i + 3]]] for i in range(200000)]
flat_total = sum(flatten(nested))
averager = running_average()
next(averager)
last = None
for v in take(1000000, naturals(1)):
    last = averager.send(v % 1000)
countdown = sum(Countdown(1000000))
print("primes", prime_list[-1], len(chunk_sums), chunk_sums[:2])
print("squares", squares)
print("flatten", flat_total)
print("average %.6f" % last)
print("countdown", countdown)
print("checksum", (prime_list[-1] + sum(chunk_sums) + squares + flat_total + countdown) % 1000000007)
