# Syntax error inside an f-string: a replacement field that is never closed.
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
# Valid code before the error: the parser must accept it, but it never runs.
import sys
@staticmethod
def decorated(*args, key=None, **kwargs):
    return [a for a in args if a], {k: v for k, v in kwargs.items()}
class Holder(object):
    value: int = 0
    def method(self, /, x, *, y=2):
        with open("unused") as f, open("other") as g:
            pass
        return lambda z=x: z + y
name = "world"
count = 3
print(f"hello {name}, count {count}")
message = f"broken {name"
print(message)
