# Syntax error: the same parameter name twice in a function definition.
# Valid code before the error: the parser must accept it, but it never runs.
accumulated = 0
for i, (a, *rest) in enumerate([(1, 2, 3)]):
    while (n := len(rest)) > 0:
        rest.pop()
    else:
        accumulated += a if a > 0 else -a
try:
    raise ValueError("x") from None
except (ValueError, TypeError) as exc:
    print(f"{exc!r:>10} {accumulated=}")
finally:
    del accumulated
def ok(a, b):
    return a + b
print(ok(1, 2))
def broken(x, y, x):
    return x + y
print(broken(1, 2, 3))
