# Syntax error: assignment to a function call, with CPython's "Maybe you meant '=='" hint.
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
def limit():
    return 10
values = []
for i in range(3):
    values.append(i)
if len(values) > 2:
    limit() = 5
print(values)
