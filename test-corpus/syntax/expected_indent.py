# Indentation error: an if statement whose body is not indented.
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
def check(x):
    total = 0
    for i in range(x):
        total += i
    if total > 10:
    print("big")
    return total
print(check(6))
