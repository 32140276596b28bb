# Checks generator expressions inside functions and classes: first iterable evaluated eagerly, others lazily.
def make():
    data = [1, 2, 3]
    g = (x * 2 for x in data)
    data = [100]
    return list(g)
print(make())
def lazy_inner():
    outer = [1, 2]
    inner = [10]
    g = ((a, b) for a in outer for b in inner)
    inner = [20, 30]
    return list(g)
print(lazy_inner())
try:
    g = (x for x in undefined_iterable)
except NameError as e:
    print("NameError at creation:", e)
g = (undefined_func(x) for x in [1])
print("created lazily")
try:
    next(g)
except NameError as e:
    print("NameError at next:", e)
class K:
    base = [1, 2, 3]
    gen_list = list(v for v in base)
print(K.gen_list)
def consume_twice():
    g = (i for i in range(3))
    return sum(g), sum(g)
print(consume_twice())
print(list(zip((i for i in range(3)), (c for c in "abcdef"))))
counter = [0]
def tick(v):
    counter[0] += 1
    return v
g = (tick(v) for v in range(10))
first_three = [next(g) for _ in range(3)]
print(first_three, counter[0])
print(max((len(w), w) for w in ["aa", "b", "cccc", "dd"]))
print(sorted((p for p in [(2, "b"), (1, "a")]), reverse=True))
print(tuple(x for x in range(10) if x % 2 if x > 4))
