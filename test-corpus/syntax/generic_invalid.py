# Syntax error: a dangling binary operator at the end of an expression (plain "invalid syntax").
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
# Valid code before the error: the parser must accept it, but it never runs.
def gen(n):
    yield from range(n)
    return (yield)
squares = {x: x ** 2 for x in gen(3)}
matrix = [[c for c in row] for row in ("ab", "cd")]
flag = not (1 < 2 <= 3) or None is not False
text = """multi
line""" + 'single' + r"raw\n" + b"bytes".decode()
value = squares.get(1, ...)[::2] if flag else {*matrix[0], *"xy"}
assert isinstance(value, object), "message"
a = 1
b = 2
print(a + b)
c = a +
print(c)
