# Checks yield from: delegation to sub-generators and iterables, return values, and nested delegation.
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    return "outer result"
print(list(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def tree(depth, label="r"):
    yield label
    if depth > 0:
        yield from tree(depth - 1, label + "L")
        yield from tree(depth - 1, label + "R")
print(list(tree(2)))
def delegator():
    total = 0
    for part in [inner, inner]:
        total_part = yield from part()
        print("part done:", total_part)
    return total
def driver():
    r = yield from delegator()
    print("delegator returned", r)
print(list(driver()))
def gen_empty_return():
    return 5
    yield
def uses_empty():
    value = yield from gen_empty_return()
    yield value
print(list(uses_empty()))
def from_dict():
    yield from {"b": 1, "a": 2}
print(list(from_dict()))
def nested_returns(n):
    if n == 0:
        return 0
    yield n
    below = yield from nested_returns(n - 1)
    return below + n
def collect(n):
    total = yield from nested_returns(n)
    yield "sum=%d" % total
print(list(collect(4)))
