# Checks calling patterns: higher-order functions, callbacks, returning functions, recursion via names, dispatch.
def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
times3 = make_multiplier(3)
print(times3(7), make_multiplier("ab")(3), make_multiplier(2)(make_multiplier(5)(1)))
def dispatch(op, *args):
    handlers = {
        "sum": lambda *a: sum(a),
        "max": max,
        "join": lambda *a: "-".join(map(str, a)),
    }
    handler = handlers.get(op)
    if handler is None:
        return "unknown op " + op
    return handler(*args)
print(dispatch("sum", 1, 2, 3), dispatch("max", 4, 9, 2), dispatch("join", 1, "a"), dispatch("nope"))
def on_event(callbacks, value):
    return [cb(value) for cb in callbacks]
print(on_event([abs, str, lambda v: v * v], -4))
def pipeline(*fns):
    def run(x):
        for fn in fns:
            x = fn(x)
        return x
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))
def fold(fn, seq, init):
    acc = init
    for item in seq:
        acc = fn(acc, item)
    return acc
print(fold(lambda a, b: a + b, range(10), 0), fold(lambda a, b: a * b, range(1, 10), 1), fold(max, [3, 8, 1], 0))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def tree_sum(node):
    if isinstance(node, int):
        return node
    return sum(tree_sum(child) for child in node)
print(tree_sum([1, [2, 3], [[4], 5], []]))
def call_with_everything(fn):
    return fn(1, 2, *[3, 4], x=5, **{"y": 6})
print(call_with_everything(lambda *a, **k: (a, sorted(k.items()))))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(lambda a, b: a + b, "abc", "xyz")))
