# Containers: sets of ints and strings, membership tests, union, intersection and
# difference, set comprehensions and a sieve built by removing multiples from a set.


def sieve_set(limit):
    candidates = set(range(2, limit))
    for p in range(2, int(limit ** 0.5) + 1):
        if p in candidates:
            candidates.difference_update(range(p * p, limit, p))
    return candidates


def string_sets(n):
    seen = set()
    repeats = 0
    for i in range(n):
        word = "w" + str((i * 7919) % 20011)
        if word in seen:
            repeats += 1
        else:
            seen.add(word)
    return seen, repeats


def set_algebra(rounds):
    total = 0
    for r in range(rounds):
        a = {x for x in range(r, r + 300, 2)}
        b = {x for x in range(r, r + 300, 3)}
        total += len(a | b) + len(a & b) * 2 + len(a - b) * 3 + len(a ^ b) * 5
        total += sum(1 for x in range(r, r + 50) if x in a and x not in b)
    return total


primes = sieve_set(3000000)
words, repeats = string_sets(1800000)
algebra = set_algebra(12000)
print("primes", len(primes), max(primes), sorted(primes)[:5])
print("words", len(words), repeats, sorted(words)[:3])
print("algebra", algebra)
print("checksum", (sum(primes) + len(words) * 7 + repeats + algebra) % 1000000007)
