# Syntax error found by the symbol table: a name assigned before its nonlocal declaration (checked before the module-level rule).
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
def outer():
    total = 0
    def inner():
        total = 1
        nonlocal total
        return total
    return inner()
print(outer())
