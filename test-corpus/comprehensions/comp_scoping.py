# Checks comprehension scoping: loop variables do not leak, outer names are read, first iterable evaluated outside.
x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)], y)
i = "module i"
print({i: i for i in range(2)}, {i for i in range(2)}, i)
print(list(i for i in range(2)), i)
def f():
    n = 5
    return [n * k for k in range(3)]
print(f())
def g():
    items = [1, 2, 3]
    return [[a * b for b in items] for a in items]
print(g())
def h():
    funcs = [lambda: k for k in range(3)]
    return [fn() for fn in funcs]
print(h())
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    limit = 2
    try:
        filtered = [v for v in values if v < limit]
    except NameError as e:
        filtered = "NameError: " + str(e)
print(C.doubled, C.filtered)
def walrus_scope():
    data = [4, 7, 1]
    found = [last := d for d in data if d > 2]
    return found, last
print(walrus_scope())
total = 0
def accumulate():
    global total
    [total := total + v for v in range(5)]
    return total
print(accumulate(), total)
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print("NameError:", e)
print([x for x in "ab"], x)
