# Syntax error: an if statement without its colon; nothing runs, CPython reports "expected ':'".
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
print("this line never runs because the file does not compile")
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0
        return "zero"
    return "positive"
for value in [-1, 0, 1]:
    print(classify(value))
