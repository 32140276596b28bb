# functools.update_wrapper/wraps over builtin functions copy their name and docstring (max and min have
# CPython's signature lines)
import functools


def wrapper():
    pass


functools.update_wrapper(wrapper, max)
print(wrapper.__name__, wrapper.__qualname__, wrapper.__doc__.splitlines()[0], wrapper.__annotations__)


@functools.wraps(min)
def wrapped(*args):
    return min(*args)


print(wrapped.__name__, wrapped.__doc__.splitlines()[:2], wrapped(3, 1, 2), wrapped.__wrapped__ is min)
