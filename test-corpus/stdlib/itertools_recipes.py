# itertools: every function, and recipes from the documentation built on them.
import itertools as it
import operator

print(list(it.islice(it.count(10, 3), 4)), list(it.islice(it.count(1.5, 0.5), 3)), repr(it.count(5)), repr(it.count(1, 2)))
print(list(it.islice(it.cycle("abc"), 7)), list(it.repeat("x", 3)), repr(it.repeat(1, 2)), list(map(pow, range(4), it.repeat(2))))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.chain("ab", (1, 2), [None])), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")], [k for k, g in it.groupby([1, 1, 2, 3, 3])])
print([(k, len(list(g))) for k, g in it.groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda s: s[0])])
print(list(it.islice("ABCDEFG", 2)), list(it.islice("ABCDEFG", 2, 4)), list(it.islice("ABCDEFG", 2, None)), list(it.islice("ABCDEFG", 0, None, 2)))
print(list(it.pairwise("ABCDE")), list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b, c = it.tee(range(4), 3)
print(list(a), list(b), next(c), list(c))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest([1, 2], [3])))
print(list(it.product("AB", "xy")), list(it.product(range(2), repeat=3))[:4], len(list(it.product("abc", repeat=2))))
print(list(it.permutations("ABC", 2)), len(list(it.permutations(range(4)))), list(it.permutations([])))
print(list(it.combinations("ABCD", 2)), list(it.combinations(range(4), 3)), list(it.combinations("AB", 3)))
print(list(it.combinations_with_replacement("ABC", 2)), list(it.combinations_with_replacement([], 2)))

def take(n, iterable):
    return list(it.islice(iterable, n))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))

def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in it.filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def sliding_window(iterable, n):
    from collections import deque
    window = deque(it.islice(iterable, n - 1), maxlen=n)
    for x in iterable:
        window.append(x)
        yield tuple(window)

def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)

print(take(3, it.count()), list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])), list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(sliding_window(iter("ABCDEFG"), 4)), [list(p) for p in partition(lambda x: x % 2, range(10))])
print(sum(it.starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))), list(it.accumulate(it.repeat(1, 5))))
try:
    it.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    list(it.permutations("abc", -1))
except ValueError as e:
    print("ValueError:", e)
print(type(it.chain()).__name__, type(it.groupby([])).__name__, isinstance(it.count(), it.count))
