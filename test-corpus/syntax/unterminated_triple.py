# Syntax error: a triple-quoted string that is never closed; CPython reports where it starts.
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
def documented():
    return 1
HELP = """Usage:
    prog [options]

Options:
    -h   show help
print(HELP)
print(documented())
