# Syntax error: del applied to a function call.
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
cache = {"a": 1}
def get_cache():
    return cache
del cache["a"]
del get_cache()
print(cache)
