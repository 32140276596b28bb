# Indentation error: a dedent to a column that matches no enclosing block.
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
def compute(values):
    result = 0
    for v in values:
        if v > 0:
            result += v
      result -= 1
    return result
print(compute([1, 2, 3]))
